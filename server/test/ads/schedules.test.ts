// Personal schedules, compiled from real bookings and approved creatives and
// delivered over MQTT to simulated screens that fetch the media, acknowledge,
// and play them with the reference player: booked slots in loop order, fillers
// from the business area and the house, frequency caps, dayparts, merchant
// blocks, approval gating, only touched screens recompiled, and the ad after a
// payment chosen by the screen alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdPlayer, localHour, type AdPlay } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { bookingDay, createAdFleet, type AdFleet } from '../support/ad-fleet.js';
import { pngImage } from '../support/ad-media.js';
import { createAdvertiser, putMedia, uploadApprovedCreative } from '../support/ads-fixture.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;
let fleet: AdFleet;
let cola: { id: string; api: ApiClient };
let colaCreative: string;
let house: string;
let grocerPromo: string;

const HOUR_MS = 3_600_000;
const days = { startsOn: bookingDay(0), endsOn: bookingDay(3) };
const compile = () => t.hub.app.adSchedules.compiler.round();
const scheduleOf = async (deviceId: string) => {
  const response = await bank.get(`/api/devices/${deviceId}/ad-schedule`);
  expect(response.status).toBe(200);
  return response.body;
};
/** Creative ids per slot of the schedule's first hour (rotation entries). */
const firstHour = (schedule: any) =>
  schedule.layouts[schedule.hours[0].layout].slots.map((slot: { rotation: number[] }) => slot.rotation.map((i) => schedule.creatives[schedule.spots[i].creative].id));

async function approvedBooking(api: ApiClient, body: Record<string, unknown>) {
  const held = await api.post('/api/ad-bookings', { name: 'b', ...days, pricing: 'slot_day', priceFen: 100, ...body });
  expect(held.status).toBe(201);
  expect((await api.post(`/api/ad-bookings/${held.body.id}/submit`)).status).toBe(200);
  expect((await bank.post(`/api/ad-bookings/${held.body.id}/approve`)).body.state).toBe('approved');
  return held.body;
}

beforeAll(async () => {
  t = await TestHub.start({ HUB_AD_COMPILE_MS: '600000' });
  const root = await t.api.loginRoot();
  bank = (await root.createTenant('Schedule Bank')).admin;
  otherBank = (await root.createTenant('Schedule Other Bank')).admin;
  fleet = await createAdFleet(bank, 'sc');
  const advertiser = await createAdvertiser(bank, { name: 'Cola', category: 'beverage' });
  cola = { id: advertiser.id, api: bank.as(advertiser.token) };
  colaCreative = (await uploadApprovedCreative(bank, { name: 'cola', advertiserId: cola.id, media: { bytes: pngImage(64, 32, [200, 0, 0]), contentType: 'image/png' } })).id;
  house = (await uploadApprovedCreative(bank, { name: 'open an account', media: { bytes: pngImage(64, 32, [0, 0, 200]), contentType: 'image/png' } })).id;
  const promo = await bank.post('/api/creatives', { name: 'grocer weekly deals', promotedMerchantId: fleet.merchants.grocer, category: 'grocery', durationMs: 5000 });
  expect(promo.status).toBe(201);
  expect((await putMedia(bank, promo.body.id, pngImage(64, 32, [0, 200, 0]), 'image/png')).status).toBe(200);
  expect((await bank.post(`/api/creatives/${promo.body.id}/approve`, {})).status).toBe(200);
  grocerPromo = promo.body.id;
});
afterAll(async () => t?.stop());

describe('compilation', () => {
  it('puts booked slots first in the loop and fills unsold time with the area\'s cross-promotions and house ads', async () => {
    await approvedBooking(cola.api, { targeting: { businessAreas: ['武林广场'] }, slotsPerLoop: 2, creativeIds: [colaCreative] });
    const stats = await compile();
    expect(stats.screens).toBe(8);
    // Screens with the same bookings and area share one compiled body.
    expect(stats.distinct).toBeLessThan(8);

    const noodles = await scheduleOf(fleet.screens.noodles[0]!);
    expect(noodles.schedule.loopSeconds).toBe(60);
    expect(noodles.schedule.hours).toHaveLength(24);
    const slots = firstHour(noodles.schedule);
    expect(slots).toHaveLength(6);
    expect(slots[0]).toEqual([colaCreative]);
    expect(slots[1]).toEqual([colaCreative]);
    for (const filler of slots.slice(2)) expect(new Set(filler)).toEqual(new Set([grocerPromo, house]));
    // The grocer's own screens do not advertise the grocer to itself.
    const grocer = firstHour((await scheduleOf(fleet.screens.grocer[0]!)).schedule);
    expect(grocer[2]).toEqual([house]);
    // Another area: no booking, no cross-promotion of the grocer.
    const cafe = firstHour((await scheduleOf(fleet.screens.cafe[0]!)).schedule);
    expect(cafe.every((slot: string[]) => slot.length === 1 && slot[0] === house)).toBe(true);
  });

  it('honours frequency caps and dayparts when the screen plays the schedule', async () => {
    const now = Date.now();
    const hourNow = localHour(now, 'Asia/Shanghai');
    const daypart = [(hourNow + 2) % 24, (hourNow + 3) % 24];
    const capped = (await uploadApprovedCreative(bank, { name: 'capped', advertiserId: cola.id })).id;
    await approvedBooking(cola.api, { targeting: { merchantIds: [fleet.merchants.remote] }, slotsPerLoop: 2, maxPlaysPerHour: 7, hours: daypart, creativeIds: [capped] });
    await compile();
    const { schedule } = await scheduleOf(fleet.screens.remote[0]!);
    const player = new AdPlayer(schedule);
    const plays = player.loopPlaysBetween(schedule.validFromMs, schedule.validUntilMs);
    const byHour = new Map<number, AdPlay[]>();
    for (const play of plays.filter((p) => p.creativeId === capped)) {
      const hour = Math.floor(play.startedAtMs / HOUR_MS);
      byHour.set(hour, [...(byHour.get(hour) ?? []), play]);
    }
    // Only in the booked local hours, at most 7 an hour there, and spread over the hour rather than spent at once.
    expect(byHour.size).toBe(2);
    for (const hourPlays of byHour.values()) {
      expect(daypart).toContain(localHour(hourPlays[0]!.startedAtMs, 'Asia/Shanghai'));
      expect(hourPlays).toHaveLength(7);
      expect(hourPlays.at(-1)!.startedAtMs - hourPlays[0]!.startedAtMs).toBeGreaterThan(40 * 60_000);
      expect(hourPlays.every((p) => p.bookingId !== '')).toBe(true);
    }
    // The slots it leaves go to fillers, never empty.
    expect(plays.length).toBe(24 * 60 * 6);
  });

  it('recompiles only the screens a change touches, and leaves out a category the merchant blocks', async () => {
    expect((await compile()).screens).toBe(0);
    expect((await bank.put(`/api/merchants/${fleet.merchants.noodles}/ad-blocks`, { categories: ['beverage'] })).status).toBe(200);
    const stats = await compile();
    expect(stats.screens).toBe(fleet.screens.noodles.length);
    const blocked = await scheduleOf(fleet.screens.noodles[0]!);
    expect(blocked.schedule.creatives.map((c: { id: string }) => c.id)).not.toContain(colaCreative);
    expect((await scheduleOf(fleet.screens.grocer[0]!)).schedule.creatives.map((c: { id: string }) => c.id)).toContain(colaCreative);
    await bank.put(`/api/merchants/${fleet.merchants.noodles}/ad-blocks`, { categories: [] });
    await compile();
  });

  it('plays no creative before an operator approves it', async () => {
    const created = await cola.api.post('/api/creatives', { name: 'pending one' });
    expect((await putMedia(cola.api, created.body.id, pngImage(40, 40), 'image/png')).status).toBe(200);
    const booking = await approvedBooking(cola.api, { targeting: { merchantIds: [fleet.merchants.cafe] }, creativeIds: [created.body.id] });
    expect((await compile()).screens).toBe(fleet.screens.cafe.length);
    const before = await scheduleOf(fleet.screens.cafe[0]!);
    expect(before.schedule.creatives.map((c: { id: string }) => c.id)).not.toContain(created.body.id);
    expect((await bank.post(`/api/creatives/${created.body.id}/approve`, {})).status).toBe(200);
    expect((await compile()).screens).toBe(fleet.screens.cafe.length);
    const after = await scheduleOf(fleet.screens.cafe[0]!);
    expect(firstHour(after.schedule)[0]).toEqual([created.body.id]);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.schedule.spots.find((s: { bookingId: string }) => s.bookingId === booking.id)).toBeDefined();
  });

  it('shows another tenant nothing', async () => {
    expect((await otherBank.get(`/api/devices/${fleet.screens.noodles[0]}/ad-schedule`)).status).toBe(404);
  });
});

describe('delivery', () => {
  let screen: ScreenClient;

  it('sends the schedule on Hello; the screen fetches the creatives once, checks their hashes and acknowledges', async () => {
    const device = fleet.devices.get(fleet.screens.noodles[1]!)!;
    screen = t.screen(device, { ads: {} });
    const received = new Promise((resolve) => screen.once('adSchedule', resolve));
    await screen.connect();
    await received;
    await screen.ads!.settled();
    const expected = await scheduleOf(device.id);
    await expect.poll(async () => (await scheduleOf(device.id)).ackedVersion).toBe(expected.version);
    expect((await scheduleOf(device.id)).missingCreativeIds).toEqual([]);
    expect(screen.ads!.cache.size).toBe(expected.schedule.creatives.length);
    const fetched = screen.ads!.fetches;

    // A change: the new version is pushed to the connected screen; media it has is not fetched again.
    const next = new Promise((resolve) => screen.once('adSchedule', resolve));
    await bank.put('/api/ad-settings/loop', { loopSeconds: 30, slotSeconds: 10 });
    await compile();
    await next;
    await screen.ads!.settled();
    const now = await scheduleOf(device.id);
    expect(now.schedule.loopSeconds).toBe(30);
    await expect.poll(async () => (await scheduleOf(device.id)).ackedVersion).toBe(now.version);
    expect(screen.ads!.fetches).toBe(fetched);
    await bank.put('/api/ad-settings/loop', { loopSeconds: 60, slotSeconds: 10 });
    await compile();
  });

  it('does not serve a creative that is not approved, even by its id and hash', async () => {
    const schedule = (await scheduleOf(fleet.screens.noodles[1]!)).schedule;
    const url = new URL(schedule.creatives[0].url);
    const forged = `${url.origin}/api/ad-media/${colaCreative}/${'0'.repeat(64)}${url.search}`;
    expect((await fetch(forged)).status).toBeGreaterThanOrEqual(400);
  });
});
