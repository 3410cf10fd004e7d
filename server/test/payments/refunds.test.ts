// Refunds through the API against the local Alipay gateway: partial and full,
// idempotent by refundNo, never more than was paid (also under concurrent
// requests), and an unanswered refund retried until the acquirer confirms it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient } from '@screenhub/simulator';
import { refundedFen } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { alipayScene } from '../support/payment-scene.js';
import { eventually, type TestHub } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let t: TestHub;
let fixture: Awaited<ReturnType<typeof alipayScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;
let n = 0;

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Refund Bank', hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '300', HUB_PAY_POLL_INTERVAL_MS: '100' } });
  ({ t, fixture, admin, screen } = scene);
});
afterAll(async () => scene?.stop());

/** A succeeded payment of `amountFen`; returns its transaction id and order number. */
/** A paid order; `orderNo` is the number the acquirer knows it by. */
async function paid(amountFen: number, suffix = '10'): Promise<{ id: string; orderNo: string }> {
  const orderNo = `RF${Date.now()}${n++}`;
  await screen.pay({ orderNo, amountFen, authCode: `2800000000${String(n).padStart(6, '0')}${suffix}` });
  const list = await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`);
  return { id: list.body[0].id, orderNo: list.body[0].acquirerOrderNo };
}
const trade = (orderNo: string) => fixture.gateway.trade(fixture.credentials.appId, orderNo)!;

describe('refunds', () => {
  it('refunds part, then the rest; the payment ends refunded', async () => {
    const { id, orderNo } = await paid(1000);
    const first = await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 300, reason: 'one cup short' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ state: 'succeeded', amountFen: 300 });
    expect((await admin.get(`/api/transactions/${id}`)).body).toMatchObject({ state: 'succeeded', refundedFen: 300 });

    const rest = await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 700 });
    expect(rest.body.state).toBe('succeeded');
    const tx = (await admin.get(`/api/transactions/${id}`)).body;
    expect(tx).toMatchObject({ state: 'refunded', refundedFen: 1000 });
    expect(tx.refunds.map((r: { amountFen: number }) => r.amountFen)).toEqual([300, 700]);
    expect(refundedFen(trade(orderNo))).toBe(1000);
  });

  it('is idempotent by refundNo: a repeat returns the same refund and moves no more money', async () => {
    const { id, orderNo } = await paid(500);
    const first = await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 200, refundNo: 'ticket-42' });
    const again = await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 200, refundNo: 'ticket-42' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(refundedFen(trade(orderNo))).toBe(200);
    expect((await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 300, refundNo: 'ticket-42' })).status).toBe(409);
  });

  it('refuses more than is left, and payments that did not succeed', async () => {
    const { id } = await paid(400);
    const tooMuch = await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 401 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.detail).toContain('400');
    const declined = await paid(400, '91');
    expect((await admin.post(`/api/transactions/${declined.id}/refunds`, { amountFen: 1 })).status).toBe(409);
    expect((await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 0 })).status).toBe(400);
    expect((await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 1.5 })).status).toBe(400);
  });

  it('lets only one of two concurrent refunds take the last fen', async () => {
    const { id, orderNo } = await paid(800);
    const responses = await Promise.all([1, 2, 3].map((i) => admin.post(`/api/transactions/${id}/refunds`, { amountFen: 800, refundNo: `race-${i}` })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(refundedFen(trade(orderNo))).toBe(800);
  });

  it('keeps viewers and other tenants out', async () => {
    const { id } = await paid(100);
    await admin.post('/api/operators', { email: 'viewer@refund-bank.test', role: 'viewer', password: 'viewer password 1' });
    const viewer = await t.api.login('viewer@refund-bank.test', 'viewer password 1');
    expect((await viewer.post(`/api/transactions/${id}/refunds`, { amountFen: 1 })).status).toBe(403);
    const other = (await (await t.api.loginRoot()).createTenant('Other Refund Bank')).admin;
    expect((await other.post(`/api/transactions/${id}/refunds`, { amountFen: 1 })).status).toBe(404);
  });

  it('retries a refund whose answer was lost, with the same key, until it is confirmed once', async () => {
    const { id, orderNo } = await paid(900);
    fixture.gateway.outage = true;
    const lost = await admin.post(`/api/transactions/${id}/refunds`, { amountFen: 900, refundNo: 'lost-answer' });
    expect(lost.body.state).toBe('unknown');
    fixture.gateway.outage = false;
    await eventually(async () => (await admin.get(`/api/transactions/${id}`)).body.state === 'refunded', 15_000, 100);
    expect(refundedFen(trade(orderNo))).toBe(900);
    const refunds = fixture.gateway.requests.filter((r) => r.method === 'alipay.trade.refund' && r.outTradeNo === orderNo);
    expect(refunds.length).toBeGreaterThanOrEqual(2);
  });
});

describe('daily summary', () => {
  it('adds up the merchant\'s day in fen, net of refunds', async () => {
    const merchantId = (await admin.get('/api/merchants')).body[0].id;
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const summary = await admin.get(`/api/merchants/${merchantId}/daily-summary?from=${day}&to=${day}`);
    expect(summary.status).toBe(200);
    const txs = (await admin.get('/api/transactions?range=[0,999]')).body as Array<{ state: string; amountFen: number; refundedFen: number }>;
    const succeeded = txs.filter((tx) => tx.state === 'succeeded' || tx.state === 'refunded');
    const gross = succeeded.reduce((sum, tx) => sum + tx.amountFen, 0);
    const refunded = txs.reduce((sum, tx) => sum + tx.refundedFen, 0);
    expect(summary.body).toEqual([
      { day, payments: txs.length, succeeded: succeeded.length, successRate: Math.round((succeeded.length / txs.length) * 10_000) / 10_000, grossFen: gross, refundedFen: refunded, netFen: gross - refunded },
    ]);
    expect(refunded).toBeGreaterThan(0);
    expect((await admin.get(`/api/merchants/${merchantId}/daily-summary?from=${day}&to=2020-01-01`)).status).toBe(400);
  });
});
