// Availability and booking over real HTTP and the real database: targeting,
// free slots, holds and their expiry, the lifecycle, the last-slot race with
// concurrent requests, merchant blocks, and tenants kept apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { bookingDay, createAdFleet, type AdFleet } from '../support/ad-fleet.js';
import { createAdvertiser, uploadApprovedCreative } from '../support/ads-fixture.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;
let fleet: AdFleet;
let cola: { id: string; token: string; api: ApiClient };
let tea: { id: string; token: string; api: ApiClient };
let colaCreative: string;

const days = { startsOn: bookingDay(1), endsOn: bookingDay(7) };
const booking = (extra: Record<string, unknown> = {}) => ({ name: 'spring', ...days, pricing: 'slot_day', priceFen: 150, ...extra });

beforeAll(async () => {
  t = await TestHub.start({ HUB_AD_HOLD_TTL_S: '2' });
  const root = await t.api.loginRoot();
  bank = (await root.createTenant('Ads Bank')).admin;
  otherBank = (await root.createTenant('Ads Other Bank')).admin;
  fleet = await createAdFleet(bank, 'bk');
  const c = await createAdvertiser(bank, { name: 'Cola', category: 'beverage' });
  cola = { ...c, api: bank.as(c.token) };
  const d = await createAdvertiser(bank, { name: 'Tea', category: 'beverage' });
  tea = { ...d, api: bank.as(d.token) };
  colaCreative = (await uploadApprovedCreative(bank, { advertiserId: cola.id, name: 'cola spot' })).id;
});
afterAll(async () => t?.stop());

describe('availability', () => {
  it('counts matching screens, free slots and expected plays over targeting', async () => {
    const all = await cola.api.post('/api/ad-availability', { ...days });
    expect(all.status).toBe(200);
    // 8 screens, 6 free slots each, 1 slot × 60 loops × 24 h × 7 days per screen.
    expect(all.body).toMatchObject({ matchingScreens: 8, availableScreens: 8, freeSlots: 48, expectedPlays: 8 * 60 * 24 * 7 });

    const area = await cola.api.post('/api/ad-availability', { ...days, targeting: { businessAreas: ['武林广场'] }, hours: [11, 12, 13], slotsPerLoop: 2, pricing: 'slot_day', priceFen: 100 });
    expect(area.body).toMatchObject({ matchingScreens: 5, availableScreens: 5, expectedPlays: 5 * 2 * 60 * 3 * 7, estimatedCostFen: 100 * 2 * 5 * 7 });
    const restaurants = await cola.api.post('/api/ad-availability', { ...days, targeting: { cities: ['杭州'], merchantCategories: ['5812', '5814'] } });
    expect(restaurants.body.matchingScreens).toBe(5);
    const tagged = await cola.api.post('/api/ad-availability', { ...days, targeting: { tags: ['entrance'], cities: ['上海'] } });
    expect(tagged.body.matchingScreens).toBe(1);
  });

  it('refuses questions that make no sense, with a reason', async () => {
    const backwards = await cola.api.post('/api/ad-availability', { startsOn: bookingDay(5), endsOn: bookingDay(1) });
    expect(backwards.status).toBe(400);
    expect(backwards.headers.get('content-type')).toContain('application/problem+json');
    expect(backwards.body.detail ?? backwards.body.title).toMatch(/before/);
    expect((await cola.api.post('/api/ad-availability', { startsOn: bookingDay(-3), endsOn: bookingDay(1) })).status).toBe(400);
    expect((await cola.api.post('/api/ad-availability', { ...days, slotsPerLoop: 7 })).status).toBe(400);
    expect((await cola.api.post('/api/ad-availability', { ...days, hours: [24] })).status).toBe(400);
    expect((await cola.api.post('/api/ad-availability', { ...days, targeting: { merchantCategories: ['58'] } })).status).toBe(400);
    expect((await bank.as('shk_00000000000000000000000000000000_' + 'x'.repeat(43)).post('/api/ad-availability', days)).status).toBe(401);
  });
});

describe('booking', () => {
  it('holds slots on the matching screens, which then have fewer free', async () => {
    const held = await cola.api.post('/api/ad-bookings', booking({ targeting: { businessAreas: ['湖滨'] }, slotsPerLoop: 4, creativeIds: [colaCreative] }));
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ state: 'held', screenCount: 2, slotsPerLoop: 4, advertiserId: cola.id, category: 'beverage' });
    expect(held.body.holdExpiresAt).not.toBeNull();
    const after = await tea.api.post('/api/ad-availability', { ...days, targeting: { businessAreas: ['湖滨'] }, slotsPerLoop: 3 });
    expect(after.body).toMatchObject({ matchingScreens: 2, availableScreens: 0, freeSlots: 4 });
    // Other hours are someone else's: a night booking does not overlap an evening one.
    const screens = await cola.api.get(`/api/ad-bookings/${held.body.id}/screens`);
    expect(screens.body.map((s: { id: string }) => s.id).sort()).toEqual([...fleet.screens.cafe].sort());
    // Submitted, approved by an operator (not by the advertiser), then cancelled: the slots come back.
    expect((await cola.api.post(`/api/ad-bookings/${held.body.id}/submit`)).body.state).toBe('pending_approval');
    expect((await cola.api.post(`/api/ad-bookings/${held.body.id}/approve`)).status).toBe(403);
    expect((await bank.post(`/api/ad-bookings/${held.body.id}/approve`)).body.state).toBe('approved');
    expect((await cola.api.post(`/api/ad-bookings/${held.body.id}/submit`)).status).toBe(409);
    expect((await cola.api.post(`/api/ad-bookings/${held.body.id}/cancel`, { reason: 'budget moved' })).body).toMatchObject({ state: 'cancelled', cancelReason: 'budget moved' });
    expect((await tea.api.post('/api/ad-availability', { ...days, targeting: { businessAreas: ['湖滨'] }, slotsPerLoop: 3 })).body.availableScreens).toBe(2);
  });

  it('counts dayparts: slots in other hours stay free', async () => {
    const lunch = await cola.api.post('/api/ad-bookings', booking({ targeting: { merchantIds: [fleet.merchants.remote] }, slotsPerLoop: 6, hours: [11, 12] }));
    expect(lunch.status).toBe(201);
    expect((await tea.api.post('/api/ad-availability', { ...days, targeting: { merchantIds: [fleet.merchants.remote] }, hours: [12, 13] })).body.availableScreens).toBe(0);
    expect((await tea.api.post('/api/ad-availability', { ...days, targeting: { merchantIds: [fleet.merchants.remote] }, hours: [13, 14] })).body.availableScreens).toBe(1);
    // Dates that do not overlap do not compete either.
    expect((await tea.api.post('/api/ad-availability', { startsOn: bookingDay(8), endsOn: bookingDay(9), targeting: { merchantIds: [fleet.merchants.remote] }, hours: [12] })).body.availableScreens).toBe(1);
    const full = await tea.api.post('/api/ad-bookings', booking({ targeting: { merchantIds: [fleet.merchants.remote] }, hours: [12] }));
    expect(full.status).toBe(409);
    expect(full.body.detail).toMatch(/no matching screen/);
    await cola.api.post(`/api/ad-bookings/${lunch.body.id}/cancel`);
  });

  it('lets only one of two advertisers racing for the last free slot win', async () => {
    const target = { storeIds: [] as string[], merchantIds: [fleet.merchants.grocer], tags: ['entrance'] };
    // Five of six slots taken; one left on the one matching screen.
    const five = await cola.api.post('/api/ad-bookings', booking({ targeting: target, slotsPerLoop: 5 }));
    expect(five.body.screenCount).toBe(1);
    for (let round = 0; round < 3; round++) {
      const racers = [cola.api, tea.api, cola.api, tea.api].map((api, i) => api.post('/api/ad-bookings', booking({ name: `race ${round}.${i}`, targeting: target })));
      const results = await Promise.all(racers);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      const winner = results.find((r) => r.status === 201)!;
      const { rows } = await t.hub.db.query<{ slots: number }>(
        `select sum(bs.slots)::int as slots from ad_booking_screens bs join ad_bookings b on b.id = bs.booking_id
          where bs.device_id = $1 and b.state in ('held', 'pending_approval', 'approved', 'live')`,
        [fleet.screens.grocer[0]],
      );
      expect(rows[0]!.slots).toBe(6);
      await bank.post(`/api/ad-bookings/${winner.body.id}/cancel`);
    }
    await cola.api.post(`/api/ad-bookings/${five.body.id}/cancel`);
  });

  it('releases the slots of a hold that lapsed', async () => {
    const held = await tea.api.post('/api/ad-bookings', booking({ targeting: { merchantIds: [fleet.merchants.remote] }, slotsPerLoop: 6 }));
    expect(held.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // The lapsed hold no longer counts, even before the lifecycle round marks it.
    expect((await cola.api.post('/api/ad-availability', { ...days, targeting: { merchantIds: [fleet.merchants.remote] } })).body.availableScreens).toBe(1);
    expect((await tea.api.post(`/api/ad-bookings/${held.body.id}/submit`)).status).toBe(409);
    await t.hub.app.adBooking.lifecycle.run();
    expect((await tea.api.get(`/api/ad-bookings/${held.body.id}`)).body).toMatchObject({ state: 'cancelled', cancelReason: expect.stringMatching(/hold expired/) });
  });

  it('never holds slots at a merchant that blocks the advertiser\'s category', async () => {
    await t.hub.db.query(`update merchants set ad_blocked_categories = '{beverage}' where id = $1`, [fleet.merchants.noodles]);
    const area = await tea.api.post('/api/ad-availability', { ...days, targeting: { businessAreas: ['武林广场'] } });
    expect(area.body.matchingScreens).toBe(2);
    const held = await tea.api.post('/api/ad-bookings', booking({ targeting: { businessAreas: ['武林广场'] } }));
    expect(held.body.screenCount).toBe(2);
    await tea.api.post(`/api/ad-bookings/${held.body.id}/cancel`);
    await t.hub.db.query(`update merchants set ad_blocked_categories = '{}' where id = $1`, [fleet.merchants.noodles]);
  });

  it('refuses creatives that are not the advertiser\'s, and submitting with none', async () => {
    const foreign = await tea.api.post('/api/ad-bookings', booking({ creativeIds: [colaCreative] }));
    expect(foreign.status).toBe(400);
    const held = await tea.api.post('/api/ad-bookings', booking({ targeting: { merchantIds: [fleet.merchants.remote] }, hours: [3] }));
    expect((await tea.api.post(`/api/ad-bookings/${held.body.id}/submit`)).status).toBe(400);
    await tea.api.post(`/api/ad-bookings/${held.body.id}/cancel`);
  });
});

describe('who sees what', () => {
  it('shows an advertiser only its own bookings, an operator all of the tenant, another tenant nothing', async () => {
    const mine = await cola.api.post('/api/ad-bookings', booking({ name: 'cola only', targeting: { cities: ['上海'] }, hours: [4] }));
    const colaList = await cola.api.get('/api/ad-bookings?range=[0,99]');
    expect(colaList.body.every((b: { advertiserId: string }) => b.advertiserId === cola.id)).toBe(true);
    expect((await tea.api.get(`/api/ad-bookings/${mine.body.id}`)).status).toBe(404);
    expect((await tea.api.post(`/api/ad-bookings/${mine.body.id}/cancel`)).status).toBe(404);
    expect((await tea.api.get(`/api/ad-bookings?filter=${encodeURIComponent(JSON.stringify({ advertiserId: cola.id }))}`)).status).toBe(403);
    const operatorList = await bank.get('/api/ad-bookings?range=[0,99]');
    expect(new Set(operatorList.body.map((b: { advertiserId: string }) => b.advertiserId))).toEqual(new Set([cola.id, tea.id]));

    expect((await otherBank.get('/api/ad-bookings')).body).toEqual([]);
    expect((await otherBank.get(`/api/ad-bookings/${mine.body.id}`)).status).toBe(404);
    expect((await otherBank.post(`/api/ad-bookings/${mine.body.id}/approve`)).status).toBe(404);
    // An operator of another tenant cannot book for this tenant's advertiser, nor see its screens.
    expect((await otherBank.post('/api/ad-bookings', booking({ advertiserId: cola.id }))).status).toBe(404);
    expect((await otherBank.post('/api/ad-availability', { ...days })).body.matchingScreens).toBe(0);
  });
});
