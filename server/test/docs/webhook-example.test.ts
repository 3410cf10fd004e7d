// The README's webhook receiver (simulator/examples/webhook-receiver.ts) as
// written: a real payment through a hub and the local Alipay gateway reaches
// it as payment.succeeded, once, and a body changed on the way is refused.
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookEvent } from '../../../simulator/examples/webhook-receiver.js';
import { alipayScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let receiver: ReturnType<typeof startWebhookReceiver>;
const events: WebhookEvent[] = [];
let secret = '';

beforeAll(async () => {
  scene = await alipayScene({
    tenant: 'Webhook Example Bank',
    // Development settings: the receiver is plain http on loopback.
    hubEnv: { HUB_WEBHOOK_INTERVAL_MS: '50', HUB_WEBHOOK_ALLOW_HTTP: 'true', HUB_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1' },
  });
  // The secret comes with the URL: find a free port, give the hub its URL, then listen there with the secret.
  const probe = startWebhookReceiver('00', 0, () => undefined);
  await once(probe, 'listening');
  const port = (probe.address() as AddressInfo).port;
  probe.close();
  const hook = await scene.admin.put(`/api/merchants/${scene.merchant.id}/webhook`, { url: `http://127.0.0.1:${port}/screenhub` });
  expect(hook.status).toBe(200);
  secret = hook.body.secret;
  receiver = startWebhookReceiver(secret, port, (event) => events.push(event));
  await once(receiver, 'listening');
});
afterAll(async () => {
  await scene?.stop();
  receiver?.close();
});

describe("the README's webhook receiver", () => {
  it('hears a payment once, signed', async () => {
    await scene.screen.pay({ orderNo: 'WEBHOOK-EXAMPLE-1', amountFen: 1250, authCode: '280000000000000188' });
    const event = await eventually(async () => events.find((e) => e.event === 'payment.succeeded'));
    expect(event.data).toMatchObject({ amountFen: 1250, orderNo: 'WEBHOOK-EXAMPLE-1' });
    expect(events.filter((e) => e.event === 'payment.succeeded')).toHaveLength(1);
  });

  it('refuses a body that is not what was signed', async () => {
    const port = (receiver.address() as AddressInfo).port;
    const t = Date.now();
    const v1 = createHmac('sha256', Buffer.from(secret, 'hex')).update(`${t}.{"event":"payment.succeeded"}`).digest('hex');
    const forged = await fetch(`http://127.0.0.1:${port}/screenhub`, {
      method: 'POST',
      headers: { 'x-screenhub-signature': `t=${t},v1=${v1}`, 'x-screenhub-delivery': 'forged' },
      body: '{"event":"payment.succeeded","data":{"amountFen":999999}}',
    });
    expect(forged.status).toBe(401);
  });
});
