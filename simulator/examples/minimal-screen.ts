// The shortest screen that takes a payment (README → For firmware teams):
// connect with the device's id and secret, say Hello, sign a PayRequest with
// the payment key, and act only on downlinks whose signature holds. A real
// screen adds heartbeats, reconnects with backoff and jitter, config,
// commands, OTA and ads (see /docs/asyncapi.json and the simulator's
// screen-client.ts, the reference screen).
import mqtt from 'mqtt';
import { checkDownlinkSignature, deriveDownlinkKey, Downlink, signPayRequest, Uplink, type PayResultBody } from '@screenhub/protocol';

export interface Credentials {
  /** e.g. mqtt://hub.example:1883 */
  url: string;
  deviceId: string;
  secret: string;
  /** base64url, from provisioning */
  paymentKey: string;
}

/** Pays `amountFen` with the scanned `authCode` and resolves with the hub's answer. */
export async function payOnce(c: Credentials, order: { orderNo: string; amountFen: number; authCode: string }): Promise<PayResultBody> {
  const client = await mqtt.connectAsync(c.url, { clientId: c.deviceId, username: c.deviceId, password: c.secret, clean: true, reconnectPeriod: 0 });
  const paymentKey = Buffer.from(c.paymentKey, 'base64url');
  const downlinkKey = deriveDownlinkKey(paymentKey);
  let messageId = 1;
  const send = (body: Record<string, unknown>) => client.publishAsync(`dev/${c.deviceId}/up`, Buffer.from(Uplink.encode({ messageId: messageId++, sentAtMs: Date.now(), ...body }).finish()), { qos: 1 });

  try {
    const answer = new Promise<PayResultBody>((resolve) => {
      client.on('message', (_topic, payload) => {
        const checked = checkDownlinkSignature(c.deviceId, payload, downlinkKey);
        if (!checked.ok) return; // not from the hub: never act on it
        const downlink = Downlink.decode(checked.body);
        if (downlink.welcome) void pay(Number(downlink.welcome.serverTimeMs));
        if (downlink.payResult?.orderNo === order.orderNo && downlink.payResult.status !== 5 /* RETRY_LATER: not an outcome */) resolve(downlink.payResult as PayResultBody);
      });
    });
    // Signed with the hub's clock from Welcome, so a screen with a wrong clock still pays.
    const pay = (hubNowMs: number) => {
      const fields = { orderNo: order.orderNo, amountFen: order.amountFen, currency: 'CNY', authCode: order.authCode, signedAtMs: hubNowMs };
      return send({ payRequest: { ...fields, subject: 'counter', signature: signPayRequest(c.deviceId, fields, paymentKey) } });
    };
    await client.subscribeAsync(`dev/${c.deviceId}/down`, { qos: 1 });
    await send({ hello: { firmwareVersion: '1.0.0', appVersion: '1.0.0', model: 'example' } });
    return await answer;
  } finally {
    await client.endAsync();
  }
}
