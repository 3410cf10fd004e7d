// A PayResult the hub did not sign makes no screen announce money. Another
// screen of the same tenant forges one for this screen's order, signed with
// its own downlink key (the best it can do: it knows no other), and it is put
// on this screen's down topic past the hub, in process through aedes, as a
// broker bug would. The screen refuses and counts it; the hub's own PayResult
// for the order, signed with this screen's key, is the one it acts on.
import { once } from 'node:events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deriveDownlinkKey, downlinkTopic, encodeDownlink, PayStatus, signDownlink } from '@screenhub/protocol';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Forgery Bank' });
});
afterAll(async () => scene?.stop());

const code = (suffix: string) => `28${String(Date.now()).slice(-12)}01${suffix}`;

it('refuses a PayResult signed with another screen\'s key, then acts on the hub\'s for the same order', async () => {
  const { t, screen, deviceId, admin } = scene;
  const attacker = await admin.createDevice();
  const orderNo = `ORD${Date.now()}`;
  const announced = screen.payResult(orderNo, 20_000);

  const forged = encodeDownlink({
    messageId: 1,
    sentAtMs: Date.now(),
    payResult: { orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 999_900, channel: 'alipay', speech: '支付宝收款9999.00元' },
  });
  const refused = once(screen, 'downlinkRefused');
  await new Promise<void>((resolve, reject) =>
    t.hub.app.mqtt.broker.aedes.publish(
      {
        cmd: 'publish',
        topic: downlinkTopic(deviceId),
        payload: signDownlink(deviceId, forged, deriveDownlinkKey(Buffer.from(attacker.paymentKey, 'base64url'))),
        qos: 1,
        retain: false,
        dup: false,
      },
      (err?: Error) => (err ? reject(err) : resolve()),
    ),
  );
  expect(await refused).toEqual(['bad_signature']);
  expect(screen.downlinksRefused).toEqual({ unsigned: 0, bad_signature: 1 });

  const result = await screen.pay({ orderNo, amountFen: 1250, authCode: code('10') });
  expect(result).toMatchObject({ orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1250, speech: '支付宝收款12.50元' });
  expect(await announced).toEqual(result);
  expect(scene.fixture.gateway.trade(scene.fixture.credentials.appId, (await scene.acquirerOrderNo(orderNo))!)).toMatchObject({ amountFen: 1250 });
});
