// Merchant webhooks: every final payment state and refund is POSTed to the
// merchant, signed with its secret, retried with backoff until the receiver
// answers 2xx (or the attempts run out), and logged per attempt.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient } from '@screenhub/simulator';
import { verifyWebhook } from '../../src/webhooks/webhook-signature.js';
import type { ApiClient } from '../support/api-client.js';
import { undocumentedDeliveries } from '../support/documented-webhooks.js';
import { alipayScene } from '../support/payment-scene.js';
import { eventually, type TestHub } from '../support/test-hub.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let t: TestHub;
let scene: Awaited<ReturnType<typeof alipayScene>>;
let admin: ApiClient;
let screen: ScreenClient;
let merchantId: string;
let secret: Buffer;
const received: Received[] = [];
/** Per delivery id: how many more times to answer 500 before 200. */
let failuresBeforeSuccess = 2;
let alwaysFail = false;
const failuresLeft = new Map<string, number>();
const receiver = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  received.push({ headers: req.headers, body });
  const id = String(req.headers['x-screenhub-delivery']);
  const left = failuresLeft.get(id) ?? failuresBeforeSuccess;
  failuresLeft.set(id, left - 1);
  res.writeHead(alwaysFail || left > 0 ? 500 : 204).end();
});

beforeAll(async () => {
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  scene = await alipayScene({
    tenant: 'Hook Bank',
    hubEnv: {
      HUB_WEBHOOK_INTERVAL_MS: '50',
      HUB_WEBHOOK_BACKOFF_BASE_MS: '50',
      HUB_WEBHOOK_MAX_ATTEMPTS: '4',
      HUB_ACQUIRER_TIMEOUT_MS: '500',
      // Development settings: the receiver is plain http on loopback.
      HUB_WEBHOOK_ALLOW_HTTP: 'true',
      HUB_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1',
    },
  });
  ({ t, admin, screen } = scene);
  merchantId = scene.merchant.id;
  const hook = await admin.put(`/api/merchants/${merchantId}/webhook`, { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/screenhub` });
  expect(hook.status).toBe(200);
  secret = Buffer.from(hook.body.secret, 'hex');
});
afterAll(async () => {
  await scene?.stop();
  receiver.close();
});

async function deliveriesFor(transactionId: string) {
  return ((await admin.get(`/api/merchants/${merchantId}/webhook-deliveries?range=[0,99]`)).body as Array<{ transactionId: string; event: string; state: string; attempts: number; lastStatus: number }>).filter(
    (d) => d.transactionId === transactionId,
  );
}

async function transactionId(orderNo: string): Promise<string> {
  return (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body[0].id;
}

describe('merchant webhooks', () => {
  it('delivers payment.succeeded, signed, after retrying a failing receiver', async () => {
    await screen.pay({ orderNo: 'HOOK1', amountFen: 1800, authCode: '280000000000000110' });
    const id = await transactionId('HOOK1');
    const [delivery] = await eventually(async () => {
      const list = await deliveriesFor(id);
      return list[0]?.state === 'delivered' ? list : undefined;
    });
    expect(delivery).toMatchObject({ event: 'payment.succeeded', attempts: 3, lastStatus: 204 });
    const attempts = received.filter((r) => JSON.parse(r.body).data.transactionId === id);
    expect(attempts).toHaveLength(3);
    const last = attempts.at(-1)!;
    expect(verifyWebhook(secret, String(last.headers['x-screenhub-signature']), last.body, Date.now())).toBe(true);
    expect(verifyWebhook(Buffer.alloc(32), String(last.headers['x-screenhub-signature']), last.body, Date.now())).toBe(false);
    expect(verifyWebhook(secret, String(last.headers['x-screenhub-signature']), last.body.replace('1800', '18000'), Date.now())).toBe(false);
    expect(JSON.parse(last.body)).toMatchObject({ event: 'payment.succeeded', data: { orderNo: 'HOOK1', amountFen: 1800, state: 'succeeded', channel: 'alipay' } });
    expect(last.body).not.toContain('2800000000000001');
  });

  it('delivers declines and refunds too', async () => {
    failuresBeforeSuccess = 0;
    await screen.pay({ orderNo: 'HOOK2', amountFen: 500, authCode: '280000000000000291' });
    await screen.pay({ orderNo: 'HOOK3', amountFen: 700, authCode: '280000000000000310' });
    const refunded = await transactionId('HOOK3');
    await admin.post(`/api/transactions/${refunded}/refunds`, { amountFen: 700 });
    const declined = await transactionId('HOOK2');
    await eventually(async () => (await deliveriesFor(declined)).some((d) => d.event === 'payment.failed' && d.state === 'delivered'));
    await eventually(async () => {
      const events = (await deliveriesFor(refunded)).filter((d) => d.state === 'delivered').map((d) => d.event);
      return events.includes('refund.succeeded') && events.includes('payment.succeeded');
    });
  });

  it('gives up after the last attempt and says so in the log', async () => {
    alwaysFail = true;
    await screen.pay({ orderNo: 'HOOK4', amountFen: 900, authCode: '280000000000000410' });
    const id = await transactionId('HOOK4');
    const [delivery] = await eventually(async () => {
      const list = await deliveriesFor(id);
      return list[0]?.state === 'failed' ? list : undefined;
    }, 10_000);
    expect(delivery).toMatchObject({ attempts: 4, lastStatus: 500 });
    alwaysFail = false;
  });

  it('sends each event as the OpenAPI document describes it: its headers and a body that holds to its schema', async () => {
    const events = new Set(received.map((r) => String(r.headers['x-screenhub-event'])));
    expect([...events]).toEqual(expect.arrayContaining(['payment.succeeded', 'payment.failed', 'refund.succeeded']));
    expect(await undocumentedDeliveries(admin, received)).toEqual([]);
  });

  it('keeps other tenants away from the webhook and its log', async () => {
    const other = (await (await t.api.loginRoot()).createTenant('Hook Rival')).admin;
    expect((await other.put(`/api/merchants/${merchantId}/webhook`, { url: 'http://127.0.0.1:9/steal' })).status).toBe(404);
    expect((await other.get(`/api/merchants/${merchantId}/webhook-deliveries`)).body).toEqual([]);
  });
});
