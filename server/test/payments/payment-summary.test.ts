// GET /api/transactions/summary (the console's dashboard): today's payments per
// channel with their success rate and amount, for the caller's tenant only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Summary Bank', hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '300', HUB_PAY_POLL_INTERVAL_MS: '100' } });
});
afterAll(async () => scene?.stop());

describe('payment summary', () => {
  it('counts payments since a moment per channel, succeeded and amount, tenant-scoped', async () => {
    const { admin, screen, t } = scene;
    const since = new Date(Date.now() - 1000).toISOString();
    await screen.pay({ orderNo: `SUM${Date.now()}1`, amountFen: 1250, authCode: '280000000000000010' });
    await screen.pay({ orderNo: `SUM${Date.now()}2`, amountFen: 750, authCode: '280000000000000020' });
    // Ends in 91 (gateway-behaviour.ts): the acquirer declines it.
    await screen.pay({ orderNo: `SUM${Date.now()}3`, amountFen: 999, authCode: '280000000000000091' });

    const summary = await admin.get(`/api/transactions/summary?since=${encodeURIComponent(since)}`);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ payments: 3, succeeded: 2, amountFen: 2000 });
    expect(summary.body.byChannel).toEqual([{ channel: 'alipay', payments: 3, succeeded: 2, successRate: 0.6667, amountFen: 2000 }]);

    const later = await admin.get(`/api/transactions/summary?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(later.body).toMatchObject({ payments: 0, amountFen: 0, byChannel: [] });

    const other = (await (await t.api.loginRoot()).createTenant('Summary Other Bank')).admin;
    expect((await other.get(`/api/transactions/summary?since=${encodeURIComponent(since)}`)).body).toMatchObject({ payments: 0, byChannel: [] });
    expect((await admin.get('/api/transactions/summary')).status).toBe(400);
  });
});
