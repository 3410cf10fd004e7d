// A payment that ends while its screen is away still reaches the screen. Screens
// use clean MQTT sessions, so nothing waits for them in the broker: the hub
// sends the outcome again when the screen comes back and says Hello (and, as
// before, when it asks again for the same order). A dynamic QR still open is
// shown again the same way. A screen away longer than that replay window (the
// tail of a restart storm) names the orders it gave up waiting on in its Hello,
// and is told their outcomes whatever their age.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import { alipayScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
const code = (suffix: string) => `28${String(Date.now()).slice(-12)}01${suffix}`;

beforeAll(async () => {
  // The buyer takes 800 ms to enter a password: long enough for the screen to drop away before the outcome.
  scene = await alipayScene({ tenant: 'Away Bank', behaviour: { passwordDelayMs: 800 }, hubEnv: { HUB_PAY_POLL_INTERVAL_MS: '100' } });
});
afterAll(async () => scene?.stop());

/** The same screen (same credentials) on a new connection: a clean session, as screens use by default. */
function sameScreenAgain(): ScreenClient {
  const { deviceId, secret, paymentKey } = scene.screen.options;
  return scene.t.screen({ id: deviceId, secret, paymentKey });
}

async function stateOf(orderNo: string): Promise<string | undefined> {
  const list = await scene.admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`);
  return (list.body as Array<{ state: string }>)[0]?.state;
}

describe('a payment result finished while the screen was away', () => {
  it('reaches the screen when it comes back and says Hello', async () => {
    const orderNo = `AWAY${Date.now()}`;
    const first = scene.screen;
    await first.publish({ payRequest: first.payRequest({ orderNo, amountFen: 880, authCode: code('92') }) });
    // Gone before the buyer has entered the password: the outcome has no connection to go to.
    first.kill();
    await eventually(async () => (await stateOf(orderNo)) === 'succeeded', 10_000);

    const back = sameScreenAgain();
    const result = back.payResult(orderNo, 10_000);
    await back.connect();
    expect(await result).toMatchObject({ orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 880 });
  });

  it('an order the Hello names as awaiting is told whatever its age; the same number named by another screen is not', async () => {
    const orderNo = `LONGAWAY${Date.now()}`;
    const screen = sameScreenAgain();
    await screen.connect();
    // The screen's wait runs out before the buyer has entered the password: it keeps the order as awaiting.
    await expect(screen.pay({ orderNo, amountFen: 1234, authCode: code('92') }, 300)).rejects.toThrow(/no PayResult/);
    screen.kill();
    await eventually(async () => (await stateOf(orderNo)) === 'succeeded', 10_000);
    // A day old: far outside the window in which every Hello is told its screen's recent payments.
    await scene.t.hub.db.query(`update transactions set created_at = now() - interval '1 day' where order_no = $1`, [orderNo]);

    // A second screen of the same merchant naming the same order number learns nothing of the first screen's money.
    const second = await scene.admin.createDevice();
    await scene.admin.put(`/api/devices/${second.id}`, { merchantId: scene.merchant.id });
    const other = scene.t.screen(second, { hello: { awaitingOrderNos: [orderNo] } });
    const toOther: unknown[] = [];
    other.on('downlink', (message) => message.payResult && toOther.push(message.payResult));

    // The same screen back (the same client: it remembers the order), its Hello naming the order.
    const late = new Promise((resolve) => screen.once('lateResult', resolve));
    await Promise.all([screen.connect(), other.connect()]);
    expect(await late).toMatchObject({ orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1234 });
    // Both Hellos went in the same batch; a moment more for anything sent to the other screen to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(toOther).toEqual([]);
    screen.kill();
    other.kill();
  });

  it('a dynamic QR still open is shown again when the screen comes back', async () => {
    const orderNo = `AWAYQR${Date.now()}`;
    const first = sameScreenAgain();
    await first.connect();
    const shown = await first.requestQr({ orderNo, amountFen: 1500 });
    first.kill();

    const back = sameScreenAgain();
    const codes: string[] = [];
    back.on('downlink', (message) => {
      if (message.qrCode?.orderNo === orderNo) codes.push(message.qrCode.content!);
    });
    await back.connect();
    await eventually(async () => codes.length > 0, 10_000);
    expect(codes).toEqual([shown.content]);
    back.kill();
  });
});
