// The real Alipay connector (alipay-sdk, RSA2 both ways) against the local
// Alipay gateway over HTTP: each documented result code and each way the
// network can leave the outcome unknown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayConnector } from '../../src/payments/connectors/alipay-connector.js';
import { rsaKeyPair, startAlipayGateway } from '../support/alipay-fixture.js';

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let connector: AlipayConnector;
let n = 0;
const order = () => `T${Date.now()}${n++}`;
// Auth codes: the last two digits pick the gateway's behaviour (see simulator's gateway-behaviour.ts).
const code = (suffix = '10') => `2812345678901234${suffix}`;

beforeAll(async () => {
  fixture = await startAlipayGateway({ passwordDelayMs: 300 });
  connector = new AlipayConnector(fixture.credentials, 500);
});
afterAll(async () => fixture?.gateway.close());

describe('alipay.trade.pay', () => {
  it('10000: succeeded, with Alipay\'s trade number and payment time', async () => {
    const orderNo = order();
    const outcome = await connector.pay({ orderNo, amountFen: 1250, authCode: code(), subject: 'noodles' });
    expect(outcome).toMatchObject({ kind: 'succeeded', acquirerTradeNo: expect.stringMatching(/^2026/) });
    expect(Math.abs((outcome as { paidAt: number }).paidAt - Date.now())).toBeLessThan(2000);
    expect(fixture.gateway.trade(fixture.credentials.appId, orderNo)).toMatchObject({ amountFen: 1250, status: 'TRADE_SUCCESS' });
  });

  it('40004: failed with the sub code', async () => {
    expect(await connector.pay({ orderNo: order(), amountFen: 100, authCode: code('91'), subject: 'x' })).toEqual({ kind: 'failed', reason: 'ACQ.BUYER_BALANCE_NOT_ENOUGH' });
  });

  it('10003: pending while the buyer enters a password, then query says succeeded', async () => {
    const orderNo = order();
    expect(await connector.pay({ orderNo, amountFen: 100, authCode: code('92'), subject: 'x' })).toMatchObject({ kind: 'pending' });
    expect(await connector.query(orderNo)).toMatchObject({ kind: 'pending' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await connector.query(orderNo)).toMatchObject({ kind: 'succeeded' });
  });

  it('a timeout is unknown, not failed; query finds the money and cancel refunds it', async () => {
    const orderNo = order();
    expect(await connector.pay({ orderNo, amountFen: 700, authCode: code('94'), subject: 'x' })).toMatchObject({ kind: 'unknown' });
    expect(await connector.query(orderNo)).toMatchObject({ kind: 'succeeded' });
    expect(await connector.cancel(orderNo)).toEqual({ kind: 'cancelled', refunded: true });
    expect(fixture.gateway.trade(fixture.credentials.appId, orderNo)).toMatchObject({ status: 'TRADE_CLOSED', refunded: true });
  });

  it('a 5xx and a dropped connection are unknown (urllib retries the dropped POST; Alipay\'s ACQ.TRADE_HAS_SUCCESS is no failure)', async () => {
    const refused = order();
    expect(await connector.pay({ orderNo: refused, amountFen: 1, authCode: code('95'), subject: 'x' })).toMatchObject({ kind: 'unknown' });
    expect(await connector.query(refused)).toEqual({ kind: 'not_found' });
    expect(await connector.cancel(refused)).toEqual({ kind: 'cancelled', refunded: false });
    expect(await connector.pay({ orderNo: order(), amountFen: 1, authCode: code('96'), subject: 'x' })).toMatchObject({ kind: 'unknown' });
  });

  it('a refused connection is a failure: the request never left', async () => {
    const closed = new AlipayConnector({ ...fixture.credentials, gateway: 'http://127.0.0.1:1/gateway.do' }, 500);
    expect(await closed.pay({ orderNo: order(), amountFen: 1, authCode: code(), subject: 'x' })).toEqual({ kind: 'failed', reason: 'acquirer_unreachable' });
  });

  it('the gateway refuses a request signed with the wrong key', async () => {
    const forger = new AlipayConnector({ ...fixture.credentials, privateKey: rsaKeyPair().privateKey }, 500);
    const orderNo = order();
    expect(await forger.pay({ orderNo, amountFen: 1, authCode: code(), subject: 'x' })).toEqual({ kind: 'failed', reason: 'isv.invalid-signature' });
    expect(fixture.gateway.trade(fixture.credentials.appId, orderNo)).toBeUndefined();
  });

  it('an answer that does not verify against Alipay\'s public key is unknown', async () => {
    const misled = new AlipayConnector({ ...fixture.credentials, alipayPublicKey: rsaKeyPair().publicKey }, 500);
    expect(await misled.pay({ orderNo: order(), amountFen: 3, authCode: code(), subject: 'x' })).toMatchObject({ kind: 'unknown' });
  });
});
