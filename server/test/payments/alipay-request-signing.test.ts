// The payment path signs Alipay requests itself (alipay-request-signing.ts, RSA off the event loop); what it sends must
// be exactly what alipay-sdk's sdkExecute sends: same parameters, same signature (RSA PKCS#1 v1.5 is deterministic).
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { AlipaySdk } from 'alipay-sdk';
import { describe, expect, it } from 'vitest';
import { alipayTimestamp, signedRequestBody } from '../../src/payments/connectors/alipay-request-signing.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const sdk = new AlipaySdk({ appId: '2021000000000001', privateKey, alipayPublicKey: publicKey, keyType: 'PKCS8', signType: 'RSA2' });
const app = { appId: '2021000000000001', privateKey: createPrivateKey(privateKey) };

const calls: Array<[string, Record<string, unknown>]> = [
  ['alipay.trade.pay', { outTradeNo: '0f3c9a2e5b7d4e1f8a6b2c9d0e4f7a1b', scene: 'bar_code', authCode: '281234567890123456', totalAmount: '12.50', subject: '码上收 · 柜台 3' }],
  ['alipay.trade.query', { outTradeNo: '0f3c9a2e5b7d4e1f8a6b2c9d0e4f7a1b' }],
  ['alipay.trade.cancel', { outTradeNo: '0f3c9a2e5b7d4e1f8a6b2c9d0e4f7a1b' }],
  ['alipay.trade.refund', { outTradeNo: 'a1', outRequestNo: 'r-1', refundAmount: '0.01', refundReason: 'wrong size & colour' }],
  ['alipay.trade.refund', { outTradeNo: 'a1', outRequestNo: 'r-2', refundAmount: '3.00', refundReason: undefined }],
  ['alipay.trade.precreate', { outTradeNo: 'b2', totalAmount: '999999.99', subject: 'A+B=C?' }],
];

describe('Alipay request signing', () => {
  for (const [method, bizContent] of calls) {
    it(`signs ${method} exactly as alipay-sdk does`, async () => {
      const expected = new URLSearchParams(sdk.sdkExecute(method, { bizContent }));
      const ours = new URLSearchParams(signedRequestBody(app, method, bizContent, expected.get('timestamp')!));
      expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(expected));
      expect(ours.get('sign')).toMatch(/^[A-Za-z0-9+/]{340,}={0,2}$/);
    });
  }

  it('writes the timestamp as the SDK does: local time, yyyy-MM-dd HH:mm:ss', () => {
    expect(alipayTimestamp(new Date(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02 03:04:05');
  });
});
