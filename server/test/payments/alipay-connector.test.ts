// What only the Alipay connector has: alipay-sdk's RSA2 signatures both ways
// (requests signed, answers verified), a dropped connection read as unknown,
// and the cancel rules of retry_flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcquirerTransport } from '../../src/payments/connectors/acquirer-transport.js';
import { AlipayConnector } from '../../src/payments/connectors/alipay-connector.js';
import { testTransport } from '../support/acquirer-tls.js';
import { rsaKeyPair, startAlipayGateway } from '../support/alipay-fixture.js';

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let transport: AcquirerTransport;
let connector: AlipayConnector;
let n = 0;
const order = () => `T${Date.now()}${n++}`;
// Auth codes: the last two digits pick the gateway's behaviour (see simulator's gateway-behaviour.ts).
const code = (suffix = '10') => `2812345678901234${suffix}`;

beforeAll(async () => {
  fixture = await startAlipayGateway({ passwordDelayMs: 300 });
  transport = testTransport();
  connector = new AlipayConnector(fixture.credentials, { timeoutMs: 500, transport });
});
afterAll(async () => {
  await transport?.close();
  await fixture?.gateway.close();
});

describe('alipay-specific behaviour (the shared cases are in acquirer-connector-contract.test.ts)', () => {
  it('a dropped connection after the payment is unknown, never failed', async () => {
    expect(await connector.pay({ orderNo: order(), amountFen: 1, authCode: code('96'), subject: 'x' })).toMatchObject({ kind: 'unknown' });
  });

  it('the gateway refuses a request signed with the wrong key', async () => {
    const forger = new AlipayConnector({ ...fixture.credentials, privateKey: rsaKeyPair().privateKey }, { timeoutMs: 500, transport });
    const orderNo = order();
    expect(await forger.pay({ orderNo, amountFen: 1, authCode: code(), subject: 'x' })).toEqual({ kind: 'failed', reason: 'isv.invalid-signature' });
    expect(fixture.gateway.trade(fixture.credentials.appId, orderNo)).toBeUndefined();
  });

  it('an answer that does not verify against Alipay\'s public key is unknown', async () => {
    const misled = new AlipayConnector({ ...fixture.credentials, alipayPublicKey: rsaKeyPair().publicKey }, { timeoutMs: 500, transport });
    expect(await misled.pay({ orderNo: order(), amountFen: 3, authCode: code(), subject: 'x' })).toMatchObject({ kind: 'unknown' });
  });

  it('cancel: retry_flag=N cannot succeed, so a person must look', async () => {
    const orderNo = order();
    expect(await connector.pay({ orderNo, amountFen: 5, authCode: code('97'), subject: 'x' })).toMatchObject({ kind: 'pending' });
    expect(await connector.cancel(orderNo)).toEqual({ kind: 'needs_attention', reason: 'ACQ.TRADE_STATUS_ERROR' });
  });

  it('cancel: retry_flag=Y is a retry Alipay asked for, until the cancel goes through', async () => {
    const orderNo = order();
    await connector.pay({ orderNo, amountFen: 5, authCode: code('98'), subject: 'x' });
    expect(await connector.cancel(orderNo)).toEqual({ kind: 'retry', reason: 'ACQ.SYSTEM_ERROR', answered: true });
    expect(await connector.cancel(orderNo)).toEqual({ kind: 'retry', reason: 'ACQ.SYSTEM_ERROR', answered: true });
    expect(await connector.cancel(orderNo)).toMatchObject({ kind: 'cancelled', refunded: false, echo: { orderNo } });
  });
});
