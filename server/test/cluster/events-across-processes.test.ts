// The operators' live stream hears the whole hub: two hub processes sharing
// PostgreSQL and Redis, a console's stream open on one, a screen connecting to
// and paying through the other. The stream gets the screen's online event and
// its payment, once each; another tenant's stream on the same process gets
// nothing of it. Needs a PostgreSQL server (TEST_DATABASE_URL) and Debian's
// redis-server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { BENCH_ADMIN, ScreenClient, startHubProcess, startRedisServer, type HubProcess } from '@screenhub/simulator';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { ApiClient } from '../support/api-client.js';
import { openEventStream } from '../support/event-stream-client.js';
import { createServerDatabase } from '../support/test-hub.js';

const serverUrl = process.env.TEST_DATABASE_URL;

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let database: { url: string; drop(): Promise<void> };
let redis: Awaited<ReturnType<typeof startRedisServer>>;
const hubs: HubProcess[] = [];
let screen: ScreenClient | undefined;

describe.skipIf(!serverUrl)('hub events across processes', () => {
  beforeAll(async () => {
    fixture = await startAlipayGateway();
    database = await createServerDatabase(serverUrl!);
    redis = await startRedisServer();
    const env = {
      DATABASE_URL: database.url,
      HUB_REDIS_URL: redis.url,
      HUB_JWT_SECRET: 'events-test-secret-events-test-secret-01',
      HUB_LOG_LEVEL: 'error',
      ...fixture.hubEnv,
    };
    // One after the other: the first creates the root tenant and its admin.
    hubs.push(await startHubProcess({ env }));
    hubs.push(await startHubProcess({ env }));
  }, 120_000);

  afterAll(async () => {
    screen?.kill();
    for (const hub of hubs) await hub.stop();
    redis?.stop();
    await database?.drop();
    await fixture?.gateway.close();
  });

  it("a stream on one process hears the other's screens and payments, for its own tenant only", async () => {
    const [a, b] = hubs as [HubProcess, HubProcess];
    const root = await new ApiClient(a.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const bank = (await root.createTenant('Relay Bank')).admin;
    const other = (await root.createTenant('Other Bank')).admin;
    const merchant = (await bank.post('/api/merchants', { name: 'Relay Noodles', acquirer: 'alipay', credentials: fixture.credentials })).body;
    const device = await bank.createDevice();
    await bank.put(`/api/devices/${device.id}`, { merchantId: merchant.id });

    // The consoles' streams on process B; the screen on process A.
    const stream = await openEventStream(b.httpUrl, bank.token!);
    const otherStream = await openEventStream(b.httpUrl, other.token!);
    const online = stream.next('device.online');
    const paid = stream.next('payment.succeeded');
    screen = new ScreenClient({ url: a.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, heartbeat: false });
    await screen.connect();
    expect((await online).data).toEqual({ deviceId: device.id });
    const result = await screen.pay({ orderNo: 'RELAY-1', amountFen: 1250, authCode: '280000000000000010' });
    expect(result.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect((await paid).data).toMatchObject({ deviceId: device.id, orderNo: 'RELAY-1', amountFen: 1250 });

    // Once each (B hears A's events through Redis, never twice), and nothing for the other tenant.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.events.filter((e) => e.type === 'device.online' && e.data.deviceId === device.id)).toHaveLength(1);
    expect(stream.events.filter((e) => e.type === 'payment.succeeded')).toHaveLength(1);
    expect(otherStream.events.filter((e) => e.data.deviceId === device.id)).toEqual([]);
    stream.close();
    otherStream.close();
  });
});
