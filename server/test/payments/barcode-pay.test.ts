// Barcode pay end to end: a screen over real MQTT, the hub, the real Alipay
// connector (alipay-sdk) and the local Alipay gateway over HTTP. Each test
// checks the screen's PayResult, the hub's transaction and the gateway's ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { alipayScene } from '../support/payment-scene.js';
import type { TestHub } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let t: TestHub;
let fixture: Awaited<ReturnType<typeof alipayScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;
let deviceId: string;
let n = 0;
const order = () => `ORD${Date.now()}${n++}`;
// The gateway reads the last two digits: 10 pays, 91 declines, 92 password then pays,
// 93 password never, 94 hangs after charging, 95 answers 500.
const code = (suffix: string) => `28${String(Date.now()).slice(-12)}01${suffix}`;

beforeAll(async () => {
  scene = await alipayScene({
    tenant: 'Pay Bank',
    behaviour: { passwordDelayMs: 300 },
    hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '400', HUB_PAY_POLL_INTERVAL_MS: '100', HUB_PAY_TIMEOUT_MS: '1500' },
  });
  ({ t, fixture, admin, screen, deviceId } = scene);
  // Credentials go in and never come back out.
  expect(JSON.stringify(scene.merchant)).not.toContain('PRIVATE KEY');
  expect((await admin.get(`/api/devices/${deviceId}`)).body.merchantId).toBe(scene.merchant.id);
});
afterAll(async () => scene?.stop());

async function transactionOf(orderNo: string) {
  const list = await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`);
  expect(list.body).toHaveLength(1);
  return (await admin.get(`/api/transactions/${list.body[0].id}`)).body;
}

const states = (tx: { events: Array<{ toState: string }> }) => tx.events.map((e) => e.toState);
/** The acquirer's trade for a screen's order: found by the number the hub gave the acquirer, never the screen's. */
async function tradeOf(orderNo: string) {
  return fixture.gateway.trade(fixture.credentials.appId, (await transactionOf(orderNo)).acquirerOrderNo);
}
const chargedFor = async (orderNo: string) => {
  const acquirerOrderNo = (await transactionOf(orderNo)).acquirerOrderNo;
  return fixture.gateway.charged().filter((tr) => tr.outTradeNo === acquirerOrderNo);
};

describe('barcode pay', () => {
  it('succeeds, and the screen is told what to say', async () => {
    const orderNo = order();
    const result = await screen.pay({ orderNo, amountFen: 1250, authCode: code('10'), subject: 'beef noodles' });
    expect(result).toMatchObject({ orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1250, channel: 'alipay', speech: '支付宝收款12.50元' });
    expect(result.paidAtMs).toBeGreaterThan(Date.now() - 10_000);
    const tx = await transactionOf(orderNo);
    expect(tx.acquirerOrderNo).toMatch(/^[0-9a-f]{32}$/);
    expect(tx).toMatchObject({ state: 'succeeded', amountFen: 1250, deviceId, acquirerTradeNo: (await tradeOf(orderNo))!.tradeNo });
    expect(states(tx)).toEqual(['received', 'sent', 'succeeded']);
    expect(await tradeOf(orderNo)).toMatchObject({ status: 'TRADE_SUCCESS', amountFen: 1250 });
  });

  it('lists payments by channel, creation time and amount, refusing a bad filter with a 400 naming it', async () => {
    const orderNo = order();
    await screen.pay({ orderNo, amountFen: 4321, authCode: code('10'), subject: 'filter me' });
    const list = async (filter: Record<string, unknown>) => admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`);
    const orders = async (filter: Record<string, unknown>) => ((await list(filter)).body as Array<{ orderNo: string }>).map((t) => t.orderNo);
    const minuteAgo = new Date(Date.now() - 60_000).toISOString();
    expect(await orders({ channel: 'alipay', minAmountFen: 4321, maxAmountFen: 4321, createdFrom: minuteAgo })).toEqual([orderNo]);
    expect(await orders({ channel: 'wechat', minAmountFen: 4321, maxAmountFen: 4321 })).toEqual([]);
    expect(await orders({ minAmountFen: 4322, createdFrom: minuteAgo })).not.toContain(orderNo);
    expect(await orders({ createdTo: minuteAgo, minAmountFen: 4321, maxAmountFen: 4321 })).toEqual([]);
    for (const bad of [{ channel: 'visa' }, { minAmountFen: -1 }, { minAmountFen: 1.5 }, { createdFrom: 'yesterday' }]) {
      const refused = await list(bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(refused.body.detail).toMatch(/^filter\//);
    }
  });

  it('reports a decline', async () => {
    const orderNo = order();
    const result = await screen.pay({ orderNo, amountFen: 990, authCode: code('91') });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'ACQ.BUYER_BALANCE_NOT_ENOUGH' });
    expect((await transactionOf(orderNo)).state).toBe('failed');
  });

  it('waits while the buyer enters a password, then succeeds', async () => {
    const orderNo = order();
    const result = await screen.pay({ orderNo, amountFen: 3300, authCode: code('92') });
    expect(result.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect(states(await transactionOf(orderNo))).toEqual(['received', 'sent', 'paying', 'succeeded']);
  });

  it('cancels when the buyer never confirms, and nothing is charged', async () => {
    const orderNo = order();
    const result = await screen.pay({ orderNo, amountFen: 4400, authCode: code('93') });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_CANCELLED, speech: '支付失败' });
    expect(states(await transactionOf(orderNo))).toEqual(['received', 'sent', 'paying', 'cancelling', 'cancelled']);
    expect(await tradeOf(orderNo)).toMatchObject({ status: 'TRADE_CLOSED', refunded: false });
  });

  it('resolves a timeout by query: the money moved, so it succeeded, once', async () => {
    const orderNo = order();
    const result = await screen.pay({ orderNo, amountFen: 5500, authCode: code('94') });
    expect(result.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect(states(await transactionOf(orderNo))).toEqual(['received', 'sent', 'unknown', 'succeeded']);
    expect(await chargedFor(orderNo)).toHaveLength(1);
  });

  it('cancels when the acquirer failed and has no trade', async () => {
    const orderNo = order();
    const result = await screen.pay({ orderNo, amountFen: 600, authCode: code('95') });
    expect(result.status).toBe(PayStatus.PAY_STATUS_CANCELLED);
    expect(states(await transactionOf(orderNo))).toEqual(['received', 'sent', 'unknown', 'cancelling', 'cancelled']);
    expect(await chargedFor(orderNo)).toEqual([]);
  });
});

describe('exactly once', () => {
  it('charges once for the same request delivered twice, and answers both', async () => {
    const orderNo = order();
    const request = screen.payRequest({ orderNo, amountFen: 2000, authCode: code('10') });
    const results: number[] = [];
    screen.on('downlink', (m) => m.payResult?.orderNo === orderNo && results.push(m.payResult.status!));
    const first = screen.payResult(orderNo);
    await screen.publish({ payRequest: request });
    await first;
    const second = screen.payResult(orderNo);
    await screen.publish({ payRequest: request });
    await second;
    expect(results).toEqual([PayStatus.PAY_STATUS_SUCCEEDED, PayStatus.PAY_STATUS_SUCCEEDED]);
    expect(await chargedFor(orderNo)).toHaveLength(1);
    expect(states(await transactionOf(orderNo))).toEqual(['received', 'sent', 'succeeded']);
  });

  it('refuses the same order number with another amount, leaving the first untouched', async () => {
    const orderNo = order();
    await screen.pay({ orderNo, amountFen: 100, authCode: code('10') });
    const reused = await screen.pay({ orderNo, amountFen: 99_900, authCode: code('10') });
    expect(reused).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'order_no_reused' });
    expect((await transactionOf(orderNo)).amountFen).toBe(100);
  });
});

describe('refused before any transaction', () => {
  it.each([
    ['a forged signature', (r: { signature: Uint8Array }) => ({ ...r, signature: Buffer.alloc(32, 7) }), 'bad_signature'],
    ['a tampered amount', (r: { amountFen: number }) => ({ ...r, amountFen: r.amountFen * 100 }), 'bad_signature'],
  ])('%s', async (_label, tamper, reason) => {
    const orderNo = order();
    const requestsBefore = fixture.gateway.requests.length;
    const result = screen.payResult(orderNo);
    await screen.publish({ payRequest: tamper(screen.payRequest({ orderNo, amountFen: 1500, authCode: code('10') }) as never) });
    expect(await result).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: reason });
    expect((await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body).toEqual([]);
    expect(fixture.gateway.requests.length).toBe(requestsBefore);
  });

  it('a replayed request from outside the time window', async () => {
    const orderNo = order();
    const requestsBefore = fixture.gateway.requests.length;
    const result = await screen.pay({ orderNo, amountFen: 1500, authCode: code('10'), signedAtMs: Date.now() - 10 * 60_000 });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'stale' });
    expect(fixture.gateway.requests.length).toBe(requestsBefore);
  });

  it('malformed requests: zero amount, foreign currency, junk auth code', async () => {
    for (const attempt of [
      { amountFen: 0, authCode: code('10') },
      { amountFen: 100, authCode: code('10'), currency: 'USD' },
      { amountFen: 100, authCode: 'not-a-code' },
    ]) {
      const orderNo = order();
      expect(await screen.pay({ orderNo, ...attempt })).toMatchObject({ failureReason: 'malformed' });
    }
    const metrics = (await t.api.get('/metrics')).body as string;
    expect(metrics).toMatch(/hub_pay_requests_refused_total\{reason="malformed"\} 3/);
  });

  it('a screen with no merchant', async () => {
    const device = await admin.createDevice();
    const lonely = t.screen(device, { paymentKey: device.paymentKey });
    await lonely.connect();
    expect(await lonely.pay({ orderNo: order(), amountFen: 100, authCode: code('10') })).toMatchObject({ failureReason: 'no_merchant' });
  });
});

describe('data hygiene', () => {
  it('never stores the auth code in full', async () => {
    const orderNo = order();
    const authCode = code('10');
    await screen.pay({ orderNo, amountFen: 700, authCode });
    const tx = await transactionOf(orderNo);
    expect(tx.authCodeMasked).toBe(`${authCode.slice(0, 6)}********${authCode.slice(-4)}`);
    const { rows } = await t.hub.db.query('select t.*, (select json_agg(e) from transaction_events e where e.transaction_id = t.id) as events from transactions t where order_no = $1', [orderNo]);
    expect(JSON.stringify(rows)).not.toContain(authCode);
  });

  it('keeps other tenants out of transactions', async () => {
    const other = (await (await t.api.loginRoot()).createTenant('Other Bank')).admin;
    expect((await other.get('/api/transactions')).body).toEqual([]);
    const mine = (await admin.get('/api/transactions?range=[0,0]')).body[0];
    expect((await other.get(`/api/transactions/${mine.id}`)).status).toBe(404);
    expect((await other.get(`/api/merchants/${mine.merchantId}`)).status).toBe(404);
    expect((await other.put(`/api/devices/${deviceId}`, { merchantId: mine.merchantId })).status).toBe(404);
    // Nor can it point its own screen at our merchant (and so at our acquirer account).
    const theirs = await other.createDevice();
    expect((await other.put(`/api/devices/${theirs.id}`, { merchantId: mine.merchantId })).status).toBe(404);
  });
});
