// What an acquirer says when it refuses a payment reaches operators as text:
// kept unchanged (no HTML escaping or stripping, that is the renderer's job)
// but bounded and on one line, and sent by the API as a JSON string. The
// acquirer here is a hostile WeChat Pay gateway answering FAIL with its own
// return_msg, which the real connector takes as the failure reason.
import https from 'node:https';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { testTls } from '@screenhub/simulator';
import { sceneWith } from '../support/payment-scene.js';

const HTML = '<img src=x onerror="alert(document.cookie)"><script>alert(1)</script>&amp; 余额不足';
const LONG = `${'<b>overflow</b>\n\u001b[31m'.repeat(400)}end`;
/** What the gateway answers per amount (the acquirer sees the hub's order numbers, not the screen's). */
const messages: Record<string, string> = { '101': HTML, '102': LONG };

const gateway = https.createServer({ cert: testTls().server.cert, key: testTls().server.key }, async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const totalFee = /<total_fee>([^<]*)<\/total_fee>/.exec(body)?.[1] ?? '';
  res.writeHead(200, { 'content-type': 'text/xml' }).end(`<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[${messages[totalFee] ?? 'FAIL'}]]></return_msg></xml>`);
});

let scene: Awaited<ReturnType<typeof sceneWith>>;

beforeAll(async () => {
  gateway.listen(0, '127.0.0.1');
  await once(gateway, 'listening');
  const url = `https://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  const credentials = { appId: 'wx0123456789abcdef', mchId: '1900000109', apiKey: 'k'.repeat(32), gateway: url };
  const hubEnv = { HUB_ACQUIRER_CA_FILE: testTls().caFile, HUB_WECHAT_GATEWAYS: url };
  scene = await sceneWith({ credentials, hubEnv, gateway: { close: async () => void gateway.close() } }, 'wechat', { tenant: 'Hostile Acquirer' });
});
afterAll(async () => scene?.stop());

async function transaction(orderNo: string) {
  const [row] = (await scene.admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body as Array<{ id: string }>;
  return scene.admin.get(`/api/transactions/${row!.id}`);
}

describe('acquirer error text', () => {
  it('comes back from the API unchanged, as a JSON string', async () => {
    expect(await scene.screen.pay({ orderNo: 'HTML1', amountFen: 101, authCode: '134567890123456710' })).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: HTML });
    const response = await transaction('HTML1');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body.failureReason).toBe(HTML);
    expect(response.body.state).toBe('failed');
  });

  it('is kept on one line and bounded', async () => {
    const result = await scene.screen.pay({ orderNo: 'LONG1', amountFen: 102, authCode: '134567890123456710' });
    const { failureReason } = (await transaction('LONG1')).body as { failureReason: string };
    expect([...failureReason].length).toBeLessThanOrEqual(200);
    expect(failureReason).toMatch(/^<b>overflow<\/b> {2}\[31m<b>overflow<\/b>/);
    expect(failureReason).toMatch(/…$/);
    expect(failureReason).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(result.failureReason).toBe(failureReason);
  });
});
