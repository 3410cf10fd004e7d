// The fixed part of a payment's CPU in the hub: signing the Alipay request
// (RSA-2048, SHA-256) and verifying Alipay's answer, measured alone in this
// process (CPU time from process.cpuUsage, so a busy machine slows the run
// but not the figures much). Compares the ways the hub could do it:
// - a PEM key parsed on every call (what alipay-sdk does with its config) or a KeyObject parsed once;
// - alipay-sdk's sdkExecute or alipay-request-signing.ts (same output, no per-call key conversions);
// - the signature on the event loop or on libuv's pool (crypto.sign's callback form), one at a time and 8 at once.
//
//   npm run bench:alipay-signing -- --signatures 3000
import { createPrivateKey, createPublicKey, createSign, createVerify, generateKeyPairSync, sign } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AlipaySdk } from 'alipay-sdk';
import { signedRequestBody } from '../src/payments/connectors/alipay-request-signing.js';

const { values: args } = parseArgs({ options: { signatures: { type: 'string', default: '3000' } } });
const count = Number(args.signatures);

const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const keyObject = createPrivateKey(privateKey);
const publicKeyObject = createPublicKey(publicKey);
const sdk = new AlipaySdk({ appId: '2021000000000001', privateKey, alipayPublicKey: publicKey, keyType: 'PKCS8', signType: 'RSA2' });
// As alipay-connector.ts does: the SDK's keys parsed once.
(sdk.config as unknown as { privateKey: unknown }).privateKey = keyObject;
const app = { appId: '2021000000000001', privateKey: keyObject };
const bizContent = { outTradeNo: '0f3c9a2e5b7d4e1f8a6b2c9d0e4f7a1b', scene: 'bar_code', authCode: '281234567890123456', totalAmount: '12.50', subject: 'Bench Mart' };
const answer = JSON.stringify({ code: '10000', msg: 'Success', out_trade_no: bizContent.outTradeNo, trade_no: '2026120322001400000000000001', total_amount: '12.50' });
const answerSign = createSign('RSA-SHA256').update(answer).sign(keyObject, 'base64');
const text = Buffer.from(`app_id=2021000000000001&biz_content=${JSON.stringify(bizContent)}&charset=utf-8&method=alipay.trade.pay&sign_type=RSA2&timestamp=2026-12-03 12:00:00&version=1.0`);

/** CPU µs per call of `work` (which may be async), `parallel` calls in flight at once, after a warm-up. */
async function measure(work: () => unknown, parallel = 1): Promise<number> {
  const run = async (n: number) => {
    let next = 0;
    await Promise.all(Array.from({ length: parallel }, async () => {
      while (next++ < n) await work();
    }));
  };
  await run(Math.min(200, count));
  const before = process.cpuUsage();
  await run(count);
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / count;
}

const onPool = () => new Promise<Buffer>((resolve, reject) => sign('sha256', text, keyObject, (err, s) => (err ? reject(err) : resolve(s))));
const rows: Array<[string, () => unknown, number?]> = [
  ['sign, PEM key parsed each time', () => createSign('RSA-SHA256').update(text).sign(privateKey, 'base64')],
  ['sign, KeyObject', () => createSign('RSA-SHA256').update(text).sign(keyObject, 'base64')],
  ['verify, PEM key parsed each time', () => createVerify('RSA-SHA256').update(answer).verify(publicKey, answerSign, 'base64')],
  ['verify, KeyObject', () => createVerify('RSA-SHA256').update(answer).verify(publicKeyObject, answerSign, 'base64')],
  ['request: alipay-sdk sdkExecute (KeyObject)', () => sdk.sdkExecute('alipay.trade.pay', { bizContent })],
  ['request: alipay-request-signing.ts', () => signedRequestBody(app, 'alipay.trade.pay', bizContent)],
  ['sign on libuv pool, 1 at a time', onPool, 1],
  ['sign on libuv pool, 8 at once', onPool, 8],
];
console.log(`Alipay signing: CPU µs per call, ${count} calls each (RSA-2048, SHA-256; ${process.versions.openssl})`);
for (const [label, work, parallel] of rows) console.log(`  ${label.padEnd(45)} ${(await measure(work, parallel)).toFixed(0).padStart(6)}`);
