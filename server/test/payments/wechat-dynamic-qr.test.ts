// Dynamic QR for a merchant on WeChat Pay, the same flow as Alipay's
// (dynamic-qr.test.ts): the hub asks WeChat for a code (unifiedorder,
// trade_type NATIVE) and sends its code_url down; the customer scans and pays
// at the gateway; the hub learns it by orderquery. An unscanned code expires
// and the order is closed with closeorder (not reverse), so a late scan cannot
// pay it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { wechatScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof wechatScene>>;
let fixture: Awaited<ReturnType<typeof wechatScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;

beforeAll(async () => {
  scene = await wechatScene({ tenant: 'WeChat QR Bank', hubEnv: { HUB_PAY_POLL_INTERVAL_MS: '50', HUB_QR_TIMEOUT_MS: '1000' } });
  ({ fixture, admin, screen } = scene);
});
afterAll(async () => scene?.stop());

async function transaction(orderNo: string) {
  const id = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body[0].id;
  return (await admin.get(`/api/transactions/${id}`)).body;
}

const calls = (path: string, acquirerNo: string) => fixture.gateway.requests.filter((r) => r.path === path && r.outTradeNo === acquirerNo).length;

describe('WeChat Pay dynamic QR', () => {
  it('shows a code, and succeeds when the customer scans and pays', async () => {
    const qr = await screen.requestQr({ orderNo: 'WQR1', amountFen: 2350 });
    expect(qr).toMatchObject({ orderNo: 'WQR1', amountFen: 2350, content: expect.stringMatching(/^weixin:\/\/wxpay\/bizpayurl\?pr=/) });
    const result = screen.payResult('WQR1');
    expect(fixture.gateway.scan(qr.content!)).toBe(true);
    expect(await result).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 2350, channel: 'wechat', speech: '微信收款23.50元' });
    const tx = await transaction('WQR1');
    expect(tx).toMatchObject({ mode: 'qr', state: 'succeeded', authCodeMasked: '' });
    expect(tx.events.map((e: { toState: string }) => e.toState)).toEqual(['received', 'sent', 'paying', 'succeeded']);
    expect(fixture.gateway.trades.get(tx.acquirerOrderNo)).toMatchObject({ state: 'SUCCESS', amountFen: 2350 });
  });

  it('expires an unscanned code and closes the order with closeorder, so a late scan cannot pay', async () => {
    const result = screen.payResult('WQR2');
    const qr = await screen.requestQr({ orderNo: 'WQR2', amountFen: 800 });
    expect(await result).toMatchObject({ status: PayStatus.PAY_STATUS_CANCELLED });
    expect(fixture.gateway.scan(qr.content!)).toBe(false);
    const acquirerNo = (await scene.acquirerOrderNo('WQR2'))!;
    expect(fixture.gateway.trades.get(acquirerNo)).toMatchObject({ state: 'CLOSED' });
    expect(fixture.gateway.charged().some((trade) => trade.outTradeNo === acquirerNo)).toBe(false);
    expect(calls('/pay/closeorder', acquirerNo)).toBe(1);
    expect(calls('/secapi/pay/reverse', acquirerNo)).toBe(0);
    expect(await transaction('WQR2')).toMatchObject({ mode: 'qr', state: 'cancelled' });
  });
});
