// The ad right after a payment is chosen by the screen from the rules in its
// schedule, with no round trip: real payments through the local Alipay gateway,
// a simulated screen that plays ads, two after_payment bookings on amount bands.
// Its proofs of play then reach the hub and count once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus, type AdPlay, type DecodedDownlink } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { bookingDay } from '../support/ad-fleet.js';
import { pngImage } from '../support/ad-media.js';
import { createAdvertiser, uploadApprovedCreative } from '../support/ads-fixture.js';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let admin: ApiClient;
let screen: ScreenClient;
let small: string;
let large: string;
let n = 0;
const order = () => `ADS${Date.now()}${n++}`;
const code = () => `28${String(Date.now()).slice(-12)}01${String(n).padStart(2, '0')}`;

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Triggered Ads Bank', hubEnv: { HUB_AD_COMPILE_MS: '600000', HUB_AD_PROOF_FLUSH_MS: '20' } });
  admin = scene.admin;
  // The scene's screen does not play ads; a second screen at the same merchant does.
  const device = await admin.createDevice();
  await admin.put(`/api/devices/${device.id}`, { merchantId: scene.merchant.id });
  const advertiser = await createAdvertiser(admin, { name: 'Milk Tea', category: 'beverage' });
  const api = admin.as(advertiser.token);
  small = (await uploadApprovedCreative(admin, { name: 'small basket', advertiserId: advertiser.id, media: { bytes: pngImage(30, 30, [1, 2, 3]), contentType: 'image/png' } })).id;
  large = (await uploadApprovedCreative(admin, { name: 'big spender', advertiserId: advertiser.id, media: { bytes: pngImage(30, 30, [3, 2, 1]), contentType: 'image/png' } })).id;
  for (const [creative, trigger] of [
    [small, { minAmountFen: 1, maxAmountFen: 2_000 }],
    [large, { minAmountFen: 10_000 }],
  ] as const) {
    const held = await api.post('/api/ad-bookings', {
      name: `after payment ${creative}`, placement: 'after_payment', trigger, startsOn: bookingDay(0), endsOn: bookingDay(2),
      creativeIds: [creative], pricing: 'cpm', priceFen: 3_000,
    });
    expect(held.status).toBe(201);
    await api.post(`/api/ad-bookings/${held.body.id}/submit`);
    expect((await admin.post(`/api/ad-bookings/${held.body.id}/approve`)).status).toBe(200);
  }
  await scene.t.hub.app.adSchedules.compiler.round();
  screen = scene.t.screen(device, { paymentKey: device.paymentKey, ads: { proofBatchSize: 2 } });
  const scheduled = new Promise((resolve) => screen.once('adSchedule', resolve));
  await screen.connect();
  await scheduled;
  await screen.ads!.settled();
});
afterAll(async () => scene?.stop());

describe('the ad after a payment', () => {
  it('is picked by the screen from its schedule by amount band, with nothing else from the hub', async () => {
    const picked: AdPlay[] = [];
    const downlinks: DecodedDownlink[] = [];
    screen.on('adPlay', (play) => picked.push(play));
    screen.on('downlink', (message) => downlinks.push(message));

    const first = await screen.pay({ orderNo: order(), amountFen: 1_250, authCode: code() });
    expect(first.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const second = await screen.pay({ orderNo: order(), amountFen: 15_800, authCode: code() });
    expect(second.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const between = await screen.pay({ orderNo: order(), amountFen: 5_000, authCode: code() });
    expect(between.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);

    expect(picked.map((p) => [p.creativeId, p.trigger])).toEqual([
      [small, 'payment'],
      [large, 'payment'],
    ]);
    // The only downlinks were the three payment results (and the acknowledgements of the proofs of play the screen sent).
    expect(downlinks.map((d) => d.body).filter((body) => body !== 'playProofsAck')).toEqual(['payResult', 'payResult', 'payResult']);
  });

  it('is proven to the hub, and a batch sent twice counts once', async () => {
    await screen.ads!.flushProofs();
    const batch = screen.ads!.sentBatches[0]!;
    await screen.publish({ playProofs: batch });
    await scene.t.hub.app.proofOfPlay.ingest.flush();
    await expect
      .poll(async () => (await scene.t.hub.db.query<{ n: number }>(`select count(*)::int as n from ad_plays where trigger = 'payment'`)).rows[0]!.n)
      .toBe(2);
  });
});
