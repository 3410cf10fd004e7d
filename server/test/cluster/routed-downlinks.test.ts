// Downlinks between hub processes go to the process that holds the screen, and
// only there: two hub processes sharing PostgreSQL and Redis, a screen on A, a
// command created through B's API reaches it once, relayed to A alone. A screen
// that moves from A to B (away, then back on B; or connecting to B while still
// held by A) gets its open commands on B. Needs a PostgreSQL server
// (TEST_DATABASE_URL) and Debian's redis-server.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_ADMIN, ScreenClient, startHubProcess, startRedisServer, type HubProcess } from '@screenhub/simulator';
import { ApiClient } from '../support/api-client.js';
import { createServerDatabase, eventually } from '../support/test-hub.js';

const serverUrl = process.env.TEST_DATABASE_URL;

let database: { url: string; drop(): Promise<void> };
let redis: Awaited<ReturnType<typeof startRedisServer>>;
const hubs: HubProcess[] = [];
const screens: ScreenClient[] = [];
let admin: ApiClient;

/** A metric's value on one hub process, summed over the series that match `labels`. */
async function metricOf(hub: HubProcess, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${hub.httpUrl}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) sum += Number(line.split(' ').at(-1));
  }
  return sum;
}

function screenOn(hub: HubProcess, device: { id: string; secret: string; paymentKey: string }, commands: string[]): ScreenClient {
  const screen = new ScreenClient({ url: hub.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, heartbeat: false, reconnect: false });
  screen.on('command', (c) => commands.push(c.commandId!));
  screen.on('error', () => undefined);
  screens.push(screen);
  return screen;
}

const announce = (deviceId: string, text: string) => admin.post(`/api/devices/${deviceId}/commands`, { type: 'play_test_announcement', text, ttlSeconds: 600 });
const commandState = async (id: string) => (await admin.get(`/api/commands/${id}`)).body.state as string;

describe.skipIf(!serverUrl)('downlinks across hub processes', () => {
  beforeAll(async () => {
    database = await createServerDatabase(serverUrl!);
    redis = await startRedisServer();
    const env = { DATABASE_URL: database.url, HUB_REDIS_URL: redis.url, HUB_JWT_SECRET: 'routed-test-secret-routed-test-secret-01', HUB_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'), HUB_LOG_LEVEL: 'error' };
    // One after the other: the first creates the root tenant and its admin.
    hubs.push(await startHubProcess({ env }));
    hubs.push(await startHubProcess({ env }));
    admin = await new ApiClient(hubs[0]!.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
  }, 120_000);

  afterEach(() => {
    for (const screen of screens.splice(0)) screen.kill();
  });

  afterAll(async () => {
    for (const hub of hubs) await hub.stop();
    redis?.stop();
    await database?.drop();
  });

  it('a command created through B reaches the screen on A once, relayed to A alone', async () => {
    const [a, b] = hubs as [HubProcess, HubProcess];
    const device = await admin.createDevice();
    const commands: string[] = [];
    await screenOn(a, device, commands).connect();
    const viaB = await new ApiClient(b.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const relayedBefore = await metricOf(a, 'hub_mqtt_cluster_messages_total', { type: 'downlink', direction: 'received' });
    const created = await viaB.post(`/api/devices/${device.id}/commands`, { type: 'play_test_announcement', text: '路由', ttlSeconds: 600 });
    expect(created.status).toBe(201);

    await eventually(async () => (await commandState(created.body.id)) === 'succeeded', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(commands).toEqual([created.body.id]);
    expect(await metricOf(a, 'hub_mqtt_cluster_messages_total', { type: 'downlink', direction: 'received' })).toBe(relayedBefore + 1);
    // B published nothing for the screen itself: what it sent went to A's channel.
    expect(await metricOf(b, 'hub_mqtt_cluster_messages_total', { type: 'downlink', direction: 'received' })).toBe(0);
  });

  it('a screen that moves from A to B gets its open commands on B', async () => {
    const [a, b] = hubs as [HubProcess, HubProcess];
    const device = await admin.createDevice();
    const commands: string[] = [];
    const onA = screenOn(a, device, commands);
    await onA.connect();
    onA.kill();
    await eventually(async () => (await admin.get(`/api/devices/${device.id}`)).body.online === false, 10_000);
    // Created while the screen is away: nothing to deliver it to, it stays open.
    const whileAway = (await announce(device.id, '离线时')).body.id as string;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await commandState(whileAway)).toBe('queued');

    const onB = screenOn(b, device, commands);
    await onB.connect();
    await eventually(async () => (await commandState(whileAway)) === 'succeeded', 10_000);
    expect(commands).toEqual([whileAway]);

    // Still connected to B, the screen connects to A too (a new connection after a network change): B's connection
    // closes (a takeover), and what is sent next reaches it on A, once.
    const onAAgain = screenOn(a, device, commands);
    await onAAgain.connect();
    await eventually(async () => !onB.connected, 10_000);
    const afterMove = (await announce(device.id, '迁移后')).body.id as string;
    await eventually(async () => (await commandState(afterMove)) === 'succeeded', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(commands).toEqual([whileAway, afterMove]);
  });
});
