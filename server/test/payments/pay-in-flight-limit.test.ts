// Bounded payments in flight: a hub process at its limit answers a new
// PayRequest RETRY_LATER without looking at it (no transaction, no acquirer
// call), and the screen sends the same request again until it is taken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;

beforeAll(async () => {
  scene = await alipayScene({
    tenant: 'Busy Bank',
    behaviour: { passwordDelayMs: 700 },
    hubEnv: { HUB_PAY_MAX_IN_FLIGHT: '1', HUB_PAY_POLL_INTERVAL_MS: '100', HUB_ACQUIRER_TIMEOUT_MS: '1000' },
  });
});
afterAll(async () => scene?.stop());

describe('payments in flight per process', () => {
  it('past the limit, a request is answered RETRY_LATER, sent again, and then taken', async () => {
    const { admin, t } = scene;
    const device = await admin.createDevice();
    await admin.put(`/api/devices/${device.id}`, { merchantId: scene.merchant.id });
    const second = t.screen(device, { paymentKey: device.paymentKey });
    await second.connect();

    // The first buyer takes 700 ms to enter a password, holding the only place.
    const slow = scene.screen.pay({ orderNo: 'SLOW', amountFen: 500, authCode: '280000000000001092' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const quick = await second.pay({ orderNo: 'QUICK', amountFen: 300, authCode: '280000000000002010' }, 10_000);

    expect((await slow).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect(quick.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect(second.paymentsRetried).toBeGreaterThan(0);
    const metrics = await (await fetch(`${t.hub.httpUrl}/metrics`)).text();
    expect(Number(/hub_pay_requests_refused_total\{reason="busy"\} (\d+)/.exec(metrics)?.[1])).toBe(second.paymentsRetried);
    // Refused requests left no trace: one transaction per order, and the acquirer saw each order once.
    const txs = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ merchantId: scene.merchant.id }))}`)).body;
    expect(txs.map((tx: { orderNo: string }) => tx.orderNo).sort()).toEqual(['QUICK', 'SLOW']);
    const quickNo = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ deviceId: device.id, orderNo: 'QUICK' }))}`)).body[0].acquirerOrderNo;
    expect(scene.fixture.gateway.requests.filter((r) => r.method === 'alipay.trade.pay' && r.outTradeNo === quickNo)).toHaveLength(1);
  });
});
