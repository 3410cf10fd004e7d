// Dynamic QR: the screen asks for a code, the hub gets one from Alipay
// (alipay.trade.precreate) and sends it down; the customer scans and pays at the
// gateway; the hub learns it by query and sends the PayResult. An unscanned code
// expires and the order is closed, so a late scan cannot pay it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { alipayScene } from '../support/payment-scene.js';
import { type TestHub } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let t: TestHub;
let fixture: Awaited<ReturnType<typeof alipayScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'QR Bank', hubEnv: { HUB_PAY_POLL_INTERVAL_MS: '50', HUB_QR_TIMEOUT_MS: '1000' } });
  ({ t, fixture, admin, screen } = scene);
});
afterAll(async () => scene?.stop());

async function transaction(orderNo: string) {
  const id = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body[0].id;
  return (await admin.get(`/api/transactions/${id}`)).body;
}

describe('dynamic QR', () => {
  it('shows a code, and succeeds when the customer scans and pays', async () => {
    const qr = await screen.requestQr({ orderNo: 'QR1', amountFen: 2350 });
    expect(qr).toMatchObject({ orderNo: 'QR1', amountFen: 2350, content: expect.stringMatching(/^https:\/\/qr\.alipay\.com\/bax/) });
    expect(qr.expiresAtMs).toBeGreaterThan(Date.now());
    const result = screen.payResult('QR1');
    expect(fixture.gateway.scan(qr.content!)).toBe(true);
    expect(await result).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 2350, speech: '支付宝收款23.50元' });
    const tx = await transaction('QR1');
    expect(tx).toMatchObject({ mode: 'qr', state: 'succeeded', authCodeMasked: '' });
    expect(tx.events.map((e: { toState: string }) => e.toState)).toEqual(['received', 'sent', 'paying', 'succeeded']);
  });

  it('shows the same code again when the screen asks again', async () => {
    const first = await screen.requestQr({ orderNo: 'QR2', amountFen: 500 });
    const again = await screen.requestQr({ orderNo: 'QR2', amountFen: 500 });
    expect(again.content).toBe(first.content);
    fixture.gateway.scan(first.content!);
    expect((await screen.payResult('QR2')).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const acquirerNo = await scene.acquirerOrderNo('QR2');
    expect(fixture.gateway.charged().filter((trade) => trade.outTradeNo === acquirerNo)).toHaveLength(1);
  });

  it('expires an unscanned code and closes the order, so a late scan cannot pay', async () => {
    const result = screen.payResult('QR3');
    const qr = await screen.requestQr({ orderNo: 'QR3', amountFen: 800 });
    expect(await result).toMatchObject({ status: PayStatus.PAY_STATUS_CANCELLED });
    expect(fixture.gateway.scan(qr.content!)).toBe(false);
    expect(fixture.gateway.trade(fixture.credentials.appId, (await scene.acquirerOrderNo('QR3'))!)).toMatchObject({ status: 'TRADE_CLOSED' });
  });

  it('refuses a forged request', async () => {
    const forged = screen.payResult('QR4');
    const signed = screen.payRequest({ orderNo: 'QR4', amountFen: 100, authCode: '' });
    const requestsBefore = fixture.gateway.requests.length;
    await screen.publish({ qrPayRequest: { ...signed, amountFen: 10_000 } });
    expect(await forged).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'bad_signature' });
    expect(await scene.acquirerOrderNo('QR4')).toBeUndefined();
    expect(fixture.gateway.requests.length).toBe(requestsBefore);
  });
});
