// The hub's road to acquirers never follows a redirect: a gateway (or whoever
// answers in its place) that redirects a signed call gets no second request
// anywhere, whichever HTTP client the connector uses (alipay-sdk's urllib
// would follow one on its own). The outcome is unknown, as for any answer the
// hub cannot read: the call did reach someone. And the extra CA file is
// checked when the hub starts.
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { testTls } from '@screenhub/simulator';
import { readAcquirerCaFile, type AcquirerTransport } from '../../src/payments/connectors/acquirer-transport.js';
import { AlipayConnector } from '../../src/payments/connectors/alipay-connector.js';
import { WechatConnector } from '../../src/payments/connectors/wechat-connector.js';
import { testTransport } from '../support/acquirer-tls.js';
import { clientCertificate } from '../support/wechat-fixture.js';
import { rsaKeyPair } from '../support/alipay-fixture.js';

let transport: AcquirerTransport;
let target: https.Server;
let redirector: https.Server;
let targetHits = 0;
let redirectorUrl = '';

async function listen(server: https.Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const { server } = testTls();
  target = https.createServer(server, (req, res) => {
    targetHits++;
    res.end('{}');
  });
  const targetUrl = await listen(target);
  redirector = https.createServer(server, (req, res) => {
    req.resume();
    // 307 and 308 keep the method and body: the signed POST itself would go to the new place.
    res.writeHead(307, { location: `${targetUrl}${req.url}` }).end();
  });
  redirectorUrl = await listen(redirector);
  transport = testTransport();
});
afterAll(async () => {
  await transport?.close();
  for (const server of [target, redirector]) {
    server?.closeAllConnections();
    server?.close();
  }
});

describe('redirects from an acquirer', () => {
  it('are refused by the transport itself', async () => {
    const answer = fetch(`${redirectorUrl}/anything`, { method: 'POST', body: 'x', dispatcher: transport.dispatcher() });
    await expect(answer).rejects.toMatchObject({ cause: { name: 'RedirectRefused', statusCode: 307 } });
    expect(targetHits).toBe(0);
  });

  it('are not followed by the Alipay connector (urllib would)', async () => {
    const keys = rsaKeyPair();
    const connector = new AlipayConnector({ appId: '2021000000000001', privateKey: keys.privateKey, alipayPublicKey: keys.publicKey, gateway: `${redirectorUrl}/gateway.do` }, { timeoutMs: 1000, transport });
    expect(await connector.pay({ orderNo: 'R1', amountFen: 1, authCode: '281234567890123410', subject: 'x' })).toMatchObject({ kind: 'unknown' });
    expect(await connector.refund({ orderNo: 'R1', refundNo: 'r', amountFen: 1, totalFen: 1, reason: '' })).toMatchObject({ kind: 'unknown' });
    expect(targetHits).toBe(0);
  });

  it('are not followed by the WeChat connector, with or without its client certificate', async () => {
    const credentials = { appId: 'wx0123456789abcdef', mchId: '1900000109', apiKey: 'k'.repeat(32), gateway: redirectorUrl, ...clientCertificate('merchant') };
    const connector = new WechatConnector(credentials, { timeoutMs: 1000, transport });
    expect(await connector.pay({ orderNo: 'R2', amountFen: 1, authCode: '134567890123456710', subject: 'x' })).toMatchObject({ kind: 'unknown' });
    expect(await connector.refund({ orderNo: 'R2', refundNo: 'r', amountFen: 1, totalFen: 1, reason: '' })).toMatchObject({ kind: 'unknown' });
    expect(targetHits).toBe(0);
  });
});

describe('HUB_ACQUIRER_CA_FILE', () => {
  it('reads a PEM bundle, and refuses a file without a certificate Node can parse, naming the variable', async () => {
    expect(await readAcquirerCaFile(testTls().caFile)).toContain('BEGIN CERTIFICATE');
    const dir = await mkdtemp(join(tmpdir(), 'screenhub-ca-'));
    try {
      await writeFile(join(dir, 'empty.pem'), 'not a certificate');
      await writeFile(join(dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
      await expect(readAcquirerCaFile(join(dir, 'empty.pem'))).rejects.toThrow(/HUB_ACQUIRER_CA_FILE: .* holds no PEM certificate/);
      await expect(readAcquirerCaFile(join(dir, 'broken.pem'))).rejects.toThrow(/HUB_ACQUIRER_CA_FILE: .* does not parse/);
      await expect(readAcquirerCaFile(join(dir, 'missing.pem'))).rejects.toThrow(/HUB_ACQUIRER_CA_FILE: cannot read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
