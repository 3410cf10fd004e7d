// Kill the hub (SIGKILL: no shutdown hooks, no final writes) while many
// payments are in flight, start it again on the same data, and check that every
// payment ends in exactly one final state that agrees with the acquirer's
// ledger: nothing charged twice, nothing charged without a "succeeded".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_ADMIN, ScreenClient, startHubProcess, type HubProcess } from '@screenhub/simulator';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { ApiClient } from '../support/api-client.js';
import { createServerDatabase, eventually } from '../support/test-hub.js';

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let hub: HubProcess;
let database: { url: string; drop(): Promise<void> } | undefined;
const screens: ScreenClient[] = [];

const env = () => ({
  HUB_ACQUIRER_TIMEOUT_MS: '1000',
  HUB_PAY_POLL_INTERVAL_MS: '200',
  HUB_PAY_TIMEOUT_MS: '4000',
  HUB_JWT_SECRET: 'crash-test-secret-crash-test-secret-0123',
  HUB_LOG_LEVEL: 'error',
  ...fixture.hubEnv,
  ...(database ? { DATABASE_URL: database.url } : {}),
});

beforeAll(async () => {
  fixture = await startAlipayGateway({ passwordDelayMs: 1500 });
  if (process.env.TEST_DATABASE_URL) database = await createServerDatabase(process.env.TEST_DATABASE_URL);
  hub = await startHubProcess({ env: env() });
}, 120_000);

afterAll(async () => {
  for (const screen of screens) screen.kill();
  await hub?.stop();
  await database?.drop();
  await fixture?.gateway.close();
});

describe('a hub killed with payments in flight', () => {
  it('finishes every payment after restart, in agreement with the acquirer', async () => {
    const admin = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const merchant = (await admin.post('/api/merchants', { name: 'Crash Diner', acquirer: 'alipay', credentials: fixture.credentials })).body;
    for (let i = 0; i < 5; i++) {
      const device = await admin.createDevice();
      await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
      const screen = new ScreenClient({ url: hub.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, reconnect: false, heartbeat: false });
      await screen.connect();
      screens.push(screen);
    }

    // 60 payments: instant ones, buyers who take 1.5 s, buyers who never confirm, and acquirer hangs.
    const suffixes = ['10', '92', '93', '94'];
    const orders: Array<{ orderNo: string; amountFen: number }> = [];
    for (let i = 0; i < 60; i++) {
      const screen = screens[i % screens.length]!;
      const orderNo = `CRASH${i}`;
      const amountFen = 100 + i;
      orders.push({ orderNo, amountFen });
      screen.pay({ orderNo, amountFen, authCode: `2800000000${String(i).padStart(4, '0')}01${suffixes[i % 4]}` }).catch(() => undefined);
    }
    // Kill once the acquirer has seen most of them, while the slow ones are still open.
    await eventually(async () => fixture.gateway.trades.size >= 40, 20_000, 10);
    await hub.kill();
    for (const screen of screens) screen.kill();
    const inFlightAtKill = [...fixture.gateway.trades.values()].filter((t) => t.status === 'WAIT_BUYER_PAY').length;
    expect(inFlightAtKill).toBeGreaterThan(0);

    hub = await startHubProcess({ env: env(), dataDir: hub.dataDir });
    const api = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    type Tx = { orderNo: string; acquirerOrderNo: string; amountFen: number; state: string; acquirerTradeNo: string | null };
    const all = async () => (await api.get<Tx[]>('/api/transactions?range=[0,999]')).body;
    const settled = await eventually(async () => {
      const txs = await all();
      return txs.every((tx) => ['succeeded', 'failed', 'cancelled'].includes(tx.state)) ? txs : undefined;
    }, 30_000, 200);

    // Exactly one transaction per order that reached the hub; none for orders it never stored.
    expect(new Set(settled.map((tx) => tx.orderNo)).size).toBe(settled.length);
    const charged = fixture.gateway.charged();
    for (const tx of settled) {
      const trade = fixture.gateway.trade(fixture.credentials.appId, tx.acquirerOrderNo);
      if (tx.state === 'succeeded') {
        expect(trade, tx.orderNo).toMatchObject({ status: 'TRADE_SUCCESS', refunded: false, amountFen: tx.amountFen });
      } else {
        expect(trade === undefined || trade.status === 'TRADE_CLOSED', `${tx.orderNo} ${tx.state} ${trade?.status}`).toBe(true);
      }
    }
    // Every charge the acquirer holds is a succeeded payment at the hub, once.
    for (const trade of charged) {
      expect(settled.filter((tx) => tx.acquirerOrderNo === trade.outTradeNo && tx.state === 'succeeded'), trade.outTradeNo).toHaveLength(1);
    }
    expect(settled.length).toBeGreaterThanOrEqual(40);
  }, 120_000);
});
