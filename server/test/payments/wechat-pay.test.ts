// Barcode pay through the hub for a merchant on WeChat Pay: the same flow as
// Alipay's, through the WeChat connector and the local WeChat Pay gateway
// (HTTPS; reverse and refund over mutual TLS with the merchant's API client
// certificate, which the hub stores sealed and never shows).
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
  scene = await wechatScene({
    tenant: 'WeChat Bank',
    behaviour: { passwordDelayMs: 300 },
    hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '400', HUB_PAY_POLL_INTERVAL_MS: '100', HUB_PAY_TIMEOUT_MS: '1500' },
  });
  ({ fixture, admin, screen } = scene);
  expect(JSON.stringify(scene.merchant)).not.toContain(fixture.credentials.apiKey);
  expect(JSON.stringify(scene.merchant)).not.toMatch(/BEGIN|apiClient/);
});
afterAll(async () => scene?.stop());

describe('WeChat Pay barcode pay', () => {
  it('succeeds and speaks in WeChat\'s name', async () => {
    const result = await screen.pay({ orderNo: 'WX1', amountFen: 880, authCode: '134567890123456710' });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, channel: 'wechat', speech: '微信收款8.80元' });
    expect(fixture.gateway.trades.get((await scene.acquirerOrderNo('WX1'))!)).toMatchObject({ state: 'SUCCESS', amountFen: 880 });
  });

  it('waits through USERPAYING, then succeeds', async () => {
    expect((await screen.pay({ orderNo: 'WX2', amountFen: 100, authCode: '134567890123456792' })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
  });

  it('reverses a buyer who never confirms (over mutual TLS)', async () => {
    expect((await screen.pay({ orderNo: 'WX3', amountFen: 100, authCode: '134567890123456793' })).status).toBe(PayStatus.PAY_STATUS_CANCELLED);
    expect(fixture.gateway.trades.get((await scene.acquirerOrderNo('WX3'))!)?.state).toBe('REVOKED');
  });

  it('reports a decline with WeChat\'s error code', async () => {
    expect(await screen.pay({ orderNo: 'WX4', amountFen: 100, authCode: '134567890123456791' })).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'NOTENOUGH' });
  });

  it('refunds part, then the rest, through the API: total_fee is the order\'s total each time', async () => {
    expect((await screen.pay({ orderNo: 'WX5', amountFen: 1000, authCode: '134567890123456710' })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const tx = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo: 'WX5' }))}`)).body[0];
    // The gateway refuses a refund whose total_fee is not the order's total (REFUND_FEE_MISMATCH): these going through shows it.
    const part = await admin.post(`/api/transactions/${tx.id}/refunds`, { amountFen: 300, reason: 'one cup short' });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ state: 'succeeded', amountFen: 300 });
    expect((await admin.get(`/api/transactions/${tx.id}`)).body).toMatchObject({ state: 'succeeded', refundedFen: 300 });
    const rest = await admin.post(`/api/transactions/${tx.id}/refunds`, { amountFen: 700 });
    expect(rest.body).toMatchObject({ state: 'succeeded', amountFen: 700 });
    expect((await admin.get(`/api/transactions/${tx.id}`)).body).toMatchObject({ state: 'refunded', refundedFen: 1000 });
    expect([...fixture.gateway.trades.get(tx.acquirerOrderNo)!.refunds.values()]).toEqual([300, 700]);
    expect((await admin.post(`/api/transactions/${tx.id}/refunds`, { amountFen: 1 })).status).toBe(409);
  });

  it('refuses a merchant with malformed WeChat credentials', async () => {
    const bad = await admin.post('/api/merchants', { name: 'x', acquirer: 'wechat', credentials: { ...fixture.credentials, apiKey: 'short' } });
    expect(bad.status).toBe(400);
  });
});
