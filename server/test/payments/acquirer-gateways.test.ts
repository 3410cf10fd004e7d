// Where a merchant may point the hub's acquirer calls: https only, and only a
// URL on the configured list of its acquirer (HUB_ALIPAY_GATEWAYS,
// HUB_WECHAT_GATEWAYS; the tests list their local gateways), checked when the
// merchant is created (400 naming the field) and again when its connector is
// built. And the WeChat API client certificate a merchant gives must come with
// its own key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { testTls } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { TestHub } from '../support/test-hub.js';
import { startWechatGateway } from '../support/wechat-fixture.js';

let t: TestHub;
let alipay: Awaited<ReturnType<typeof startAlipayGateway>>;
let wechat: Awaited<ReturnType<typeof startWechatGateway>>;
let admin: ApiClient;

beforeAll(async () => {
  [alipay, wechat] = await Promise.all([startAlipayGateway(), startWechatGateway()]);
  t = await TestHub.start({ ...alipay.hubEnv, ...wechat.hubEnv });
  admin = (await (await t.api.loginRoot()).createTenant('Gateway Bank')).admin;
});
afterAll(async () => {
  await t?.stop();
  await Promise.all([alipay?.gateway.close(), wechat?.gateway.close()]);
});

const createWechat = (credentials: Record<string, unknown>) => admin.post('/api/merchants', { name: 'Tea', acquirer: 'wechat', credentials: { ...wechat.credentials, ...credentials } });
const fieldOf = (response: { body: { errors?: Array<{ path: string }> } }) => response.body.errors?.[0]?.path;

describe('acquirer gateway URLs', () => {
  it.each([
    ['the local gateway over plain http', () => wechat.credentials.gateway!.replace('https:', 'http:')],
    ['a cloud metadata address', () => 'https://169.254.169.254/latest/meta-data'],
    ['an internal address', () => 'https://10.0.0.1'],
    ['file://', () => 'file:///etc/passwd'],
    ['gopher://', () => 'gopher://127.0.0.1:6379/_INFO'],
    ['ftp://', () => 'ftp://127.0.0.1/'],
    ['a URL with a user and password', () => 'https://user:secret@api.mch.weixin.qq.com'],
    ['a look-alike host (lists are not prefixes)', () => 'https://api.mch.weixin.qq.com.example.net'],
    ['a listed URL with a query', () => 'https://api.mch.weixin.qq.com/?next=http://10.0.0.1'],
  ])('refuses %s, naming credentials.gateway', async (_name, url) => {
    const refused = await createWechat({ gateway: url() });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(fieldOf(refused)).toBe('/credentials/gateway');
  });

  it('accepts a listed URL (trailing slash or not) and the acquirer\'s production default; lists are per acquirer', async () => {
    expect((await createWechat({})).status).toBe(201);
    expect((await createWechat({ gateway: `${wechat.credentials.gateway}/` })).status).toBe(201);
    expect((await createWechat({ gateway: undefined })).status).toBe(201);
    expect((await admin.post('/api/merchants', { name: 'Noodles', acquirer: 'alipay', credentials: alipay.credentials })).status).toBe(201);
    const crossed = await admin.post('/api/merchants', { name: 'Noodles', acquirer: 'alipay', credentials: { ...alipay.credentials, gateway: wechat.credentials.gateway } });
    expect(crossed.status).toBe(400);
    expect(fieldOf(crossed)).toBe('/credentials/gateway');
  });
});

describe('WeChat API client certificates', () => {
  const { merchantClient, strangerClient } = testTls();

  it.each([
    ['a certificate without its key', { apiClientCert: merchantClient.cert }, '/credentials/apiClientKey'],
    ['a key without its certificate', { apiClientKey: merchantClient.key }, '/credentials/apiClientCert'],
    ['another certificate\'s key', { apiClientCert: merchantClient.cert, apiClientKey: strangerClient.key }, '/credentials/apiClientKey'],
    ['something that is no certificate', { apiClientCert: 'x'.repeat(200), apiClientKey: merchantClient.key }, '/credentials/apiClientCert'],
  ])('refuses %s, naming the field', async (_name, credentials, field) => {
    const refused = await createWechat({ apiClientCert: undefined, apiClientKey: undefined, ...credentials });
    expect(refused.status).toBe(400);
    expect(fieldOf(refused)).toBe(field);
  });

  it('stores a certificate with its key, and never shows either', async () => {
    const created = await createWechat({ apiClientCert: merchantClient.cert, apiClientKey: merchantClient.key });
    expect(created.status).toBe(201);
    const shown = JSON.stringify([created.body, (await admin.get(`/api/merchants/${created.body.id}`)).body, (await admin.get('/api/merchants')).body]);
    expect(shown).not.toMatch(/BEGIN|apiClient/);
  });
});

// Last: it restarts the hub.
describe('a merchant stored before its gateway left the list', () => {
  it('has its payments refused, nothing sent', async () => {
    const merchant = (await admin.post('/api/merchants', { name: 'Soon unlisted', acquirer: 'alipay', credentials: alipay.credentials })).body;
    const device = await admin.createDevice();
    await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
    const screen = t.screen(device, { paymentKey: device.paymentKey });
    await screen.connect();
    expect((await screen.pay({ orderNo: 'GW1', amountFen: 100, authCode: '281234567890123410' })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);

    await t.restart({ alipayGateways: ['https://openapi.alipay.com/gateway.do'] });
    const again = t.screen(device, { paymentKey: device.paymentKey });
    await again.connect();
    const requestsBefore = alipay.gateway.requests.length;
    expect(await again.pay({ orderNo: 'GW2', amountFen: 100, authCode: '281234567890123410' })).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'gateway_not_allowed' });
    expect(alipay.gateway.requests.length).toBe(requestsBefore);
  });
});
