// What only the WeChat connector has (the shared cases are in
// acquirer-connector-contract.test.ts): reverse and refund go to /secapi over
// mutual TLS with the merchant's API client certificate, and the local gateway,
// like WeChat Pay, refuses them (CERT_ERROR) without one or with one another CA
// issued; a refund carries the order's total (total_fee) besides the part
// refunded, and any other total is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcquirerTransport } from '../../src/payments/connectors/acquirer-transport.js';
import { WechatConnector } from '../../src/payments/connectors/wechat-connector.js';
import { testTransport } from '../support/acquirer-tls.js';
import { clientCertificate, startWechatGateway } from '../support/wechat-fixture.js';

let fixture: Awaited<ReturnType<typeof startWechatGateway>>;
let transport: AcquirerTransport;
let withCertificate: WechatConnector;
let withoutCertificate: WechatConnector;
let withStrangersCertificate: WechatConnector;
let n = 0;
const order = () => `W${Date.now()}${n++}`;
// The last two digits pick the gateway's behaviour (gateway-behaviour.ts): 10 pays, 93 never confirms.
const code = (suffix: string) => `1345678901234567${suffix}`;
const reverses = (orderNo: string) => fixture.gateway.requests.filter((r) => r.path === '/secapi/pay/reverse' && r.outTradeNo === orderNo).length;

beforeAll(async () => {
  fixture = await startWechatGateway({}, { clientCertificate: 'none' });
  transport = testTransport();
  const options = { timeoutMs: 500, transport };
  withCertificate = new WechatConnector({ ...fixture.credentials, ...clientCertificate('merchant') }, options);
  withoutCertificate = new WechatConnector(fixture.credentials, options);
  withStrangersCertificate = new WechatConnector({ ...fixture.credentials, ...clientCertificate('stranger') }, options);
});
afterAll(async () => {
  await transport?.close();
  await fixture?.gateway.close();
});

describe('WeChat Pay /secapi over mutual TLS', () => {
  it('reverses and refunds with the merchant\'s API client certificate', async () => {
    const unconfirmed = order();
    expect(await withCertificate.pay({ orderNo: unconfirmed, amountFen: 100, authCode: code('93'), subject: 'x' })).toEqual({ kind: 'pending' });
    expect(await withCertificate.cancel(unconfirmed)).toMatchObject({ kind: 'cancelled', refunded: false });
    expect(fixture.gateway.trades.get(unconfirmed)?.state).toBe('REVOKED');

    const paid = order();
    await withCertificate.pay({ orderNo: paid, amountFen: 1000, authCode: code('10'), subject: 'x' });
    expect(await withCertificate.refund({ orderNo: paid, refundNo: 'part', amountFen: 300, totalFen: 1000, reason: '' })).toMatchObject({ kind: 'succeeded' });
    expect([...fixture.gateway.trades.get(paid)!.refunds.values()]).toEqual([300]);
  });

  it('without a certificate, WeChat refuses both with CERT_ERROR: nothing is reversed or refunded', async () => {
    const unconfirmed = order();
    // Outside /secapi no certificate is needed: the payment itself goes through.
    expect(await withoutCertificate.pay({ orderNo: unconfirmed, amountFen: 100, authCode: code('93'), subject: 'x' })).toEqual({ kind: 'pending' });
    expect(await withoutCertificate.cancel(unconfirmed)).toEqual({ kind: 'needs_attention', reason: 'CERT_ERROR' });
    expect(reverses(unconfirmed)).toBe(1);
    expect(fixture.gateway.trades.get(unconfirmed)?.state).toBe('USERPAYING');

    const paid = order();
    await withoutCertificate.pay({ orderNo: paid, amountFen: 500, authCode: code('10'), subject: 'x' });
    expect(await withoutCertificate.refund({ orderNo: paid, refundNo: 'r', amountFen: 500, totalFen: 500, reason: '' })).toEqual({ kind: 'failed', reason: 'CERT_ERROR' });
    expect(fixture.gateway.trades.get(paid)!.refunds.size).toBe(0);
  });

  it('a certificate another CA issued is refused the same way', async () => {
    const paid = order();
    await withStrangersCertificate.pay({ orderNo: paid, amountFen: 500, authCode: code('10'), subject: 'x' });
    expect(await withStrangersCertificate.refund({ orderNo: paid, refundNo: 'r', amountFen: 100, totalFen: 500, reason: '' })).toEqual({ kind: 'failed', reason: 'CERT_ERROR' });
    expect(await withStrangersCertificate.cancel(paid)).toEqual({ kind: 'needs_attention', reason: 'CERT_ERROR' });
    expect(fixture.gateway.trades.get(paid)).toMatchObject({ state: 'SUCCESS', refunds: new Map() });
  });
});

describe('WeChat Pay refunds: total_fee is the order\'s total', () => {
  it('refuses a refund whose total_fee is not the order\'s total, and more than is left', async () => {
    const paid = order();
    await withCertificate.pay({ orderNo: paid, amountFen: 1000, authCode: code('10'), subject: 'x' });
    // The mistake the connector used to make: the refunded part sent as the order's total.
    expect(await withCertificate.refund({ orderNo: paid, refundNo: 'a', amountFen: 400, totalFen: 400, reason: '' })).toEqual({ kind: 'failed', reason: 'REFUND_FEE_MISMATCH' });
    expect(await withCertificate.refund({ orderNo: paid, refundNo: 'a', amountFen: 400, totalFen: 1000, reason: '' })).toMatchObject({ kind: 'succeeded' });
    // The same refund number with another amount is another refund's business.
    expect(await withCertificate.refund({ orderNo: paid, refundNo: 'a', amountFen: 500, totalFen: 1000, reason: '' })).toEqual({ kind: 'failed', reason: 'REFUND_FEE_MISMATCH' });
    expect(await withCertificate.refund({ orderNo: paid, refundNo: 'b', amountFen: 601, totalFen: 1000, reason: '' })).toMatchObject({ kind: 'failed' });
    expect(await withCertificate.refund({ orderNo: paid, refundNo: 'b', amountFen: 600, totalFen: 1000, reason: '' })).toMatchObject({ kind: 'succeeded' });
    expect([...fixture.gateway.trades.get(paid)!.refunds.values()]).toEqual([400, 600]);
  });
});
