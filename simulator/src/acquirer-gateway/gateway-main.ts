// The local Alipay gateway (HTTPS, the test certificate) as its own process, for benchmarks:
//   tsx simulator/src/acquirer-gateway/gateway-main.ts --latency-ms 50 [--password-share 0.1]
// Prints one JSON line with its URL and the credentials a hub merchant needs,
// then serves until killed. GET /ledger returns its trades.
import { generateKeyPairSync } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AlipayGateway, newAlipayAppId } from './alipay-gateway.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '0' },
    'password-share': { type: 'string', default: '0' },
    'password-delay-ms': { type: 'string', default: '1500' },
    'decline-share': { type: 'string', default: '0' },
  },
});

const keys = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
const alipay = keys();
const app = keys();
const gateway = new AlipayGateway(alipay.privateKey, {
  latencyMs: Number(values['latency-ms']),
  passwordShare: Number(values['password-share']),
  passwordDelayMs: Number(values['password-delay-ms']),
  declineShare: Number(values['decline-share']),
});
const appId = newAlipayAppId();
gateway.registerApp({ appId, appPublicKey: app.publicKey });
const url = await gateway.listen(Number(values.port));
process.stdout.write(JSON.stringify({ url, credentials: { appId, privateKey: app.privateKey, alipayPublicKey: alipay.publicKey, gateway: url } }) + '\n');
process.on('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
