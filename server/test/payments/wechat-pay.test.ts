// Barcode pay through the hub for a merchant on WeChat Pay: the same flow as
// Alipay's, through the WeChat connector and the local WeChat Pay gateway.
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

  it('reverses a buyer who never confirms', async () => {
    expect((await screen.pay({ orderNo: 'WX3', amountFen: 100, authCode: '134567890123456793' })).status).toBe(PayStatus.PAY_STATUS_CANCELLED);
    expect(fixture.gateway.trades.get((await scene.acquirerOrderNo('WX3'))!)?.state).toBe('REVOKED');
  });

  it('reports a decline with WeChat\'s error code', async () => {
    expect(await screen.pay({ orderNo: 'WX4', amountFen: 100, authCode: '134567890123456791' })).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'NOTENOUGH' });
  });

  it('refuses a merchant with malformed WeChat credentials', async () => {
    const bad = await admin.post('/api/merchants', { name: 'x', acquirer: 'wechat', credentials: { ...fixture.credentials, apiKey: 'short' } });
    expect(bad.status).toBe(400);
  });
});
