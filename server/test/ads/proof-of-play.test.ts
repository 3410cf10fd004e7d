// Proof of play end to end: screens over real MQTT send PlayProofBatch
// uplinks, the hub checks and writes them in batches, and the reports read
// them back per booking, advertiser, screen, merchant and hour, as JSON and
// CSV, for operators and for advertisers' API keys, tenant by tenant.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient } from '@screenhub/simulator';
import { uplinkTopic } from '@screenhub/protocol';
import { AdRows, playProof } from '../support/ad-rows.js';
import type { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

const HOUR = 3_600_000;
let t: TestHub;
let rows: AdRows;
let bank: ApiClient;
let other: ApiClient;
let bankId: string;
let otherId: string;
const merchants: Record<'tea' | 'noodles', string> = { tea: '', noodles: '' };
const devices: Record<'tea' | 'noodles' | 'elsewhere', { id: string; secret: string; paymentKey: string }> = {} as never;
let tea: ScreenClient;
let noodles: ScreenClient;
let elsewhere: ScreenClient;
let cola: string; // advertiser
let mobile: string; // advertiser
let colaCreative: string;
let mobileCreative: string;
let colaBooking: string;
let mobileBooking: string;
let otherBooking: string;

async function counter(name: string, labels: Record<string, string>): Promise<number> {
  const metric = t.hub.app.metrics.getSingleMetric(name);
  const values = (await metric!.get()).values;
  return values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;
}
const records = async () => ({
  stored: await counter('hub_ad_play_records_total', { result: 'stored' }),
  duplicate: await counter('hub_ad_play_records_total', { result: 'duplicate' }),
  rejected: await counter('hub_ad_play_records_total', { result: 'rejected' }),
});
const flush = () => t.hub.app.proofOfPlay.ingest.flush();
const playsOfBatch = (deviceId: string, batchId: string) => rows.count('select count(*) as n from ad_plays where device_id = $1 and batch_id = $2', [deviceId, batchId]);
const send = (screen: ScreenClient, batchId: string, records: ReturnType<typeof playProof>[]) => screen.publish({ playProofs: { batchId, records } });
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await TestHub.start({ HUB_AD_PROOF_FLUSH_MS: '50' });
  rows = new AdRows(t);
  const root = await t.api.loginRoot();
  ({ admin: bank, tenantId: bankId } = await root.createTenant('Proof Bank'));
  ({ admin: other, tenantId: otherId } = await root.createTenant('Proof Other Bank'));
  merchants.tea = (await bank.createMerchant({ name: 'Tea House' })).id;
  merchants.noodles = (await bank.createMerchant({ name: 'Noodle Bar' })).id;
  devices.tea = await bank.createDevice({ id: 'pop-tea' });
  devices.noodles = await bank.createDevice({ id: 'pop-noodles' });
  devices.elsewhere = await other.createDevice({ id: 'pop-elsewhere' });
  await bank.put('/api/devices/pop-tea', { merchantId: merchants.tea });
  await bank.put('/api/devices/pop-noodles', { merchantId: merchants.noodles });
  tea = t.screen(devices.tea);
  noodles = t.screen(devices.noodles);
  elsewhere = t.screen(devices.elsewhere);
  await Promise.all([tea.connect(), noodles.connect(), elsewhere.connect()]);

  cola = await rows.advertiser(bankId, 'Fizz Cola');
  mobile = await rows.advertiser(bankId, 'Mobile Co', 'telecom');
  colaCreative = await rows.creative(bankId, cola, 'Cola summer');
  mobileCreative = await rows.creative(bankId, mobile, 'Mobile 5G');
  const dates = { startsOn: dayOffset(-3), endsOn: dayOffset(3) };
  colaBooking = (await rows.booking({ tenantId: bankId, advertiserId: cola, name: 'Cola loop', pricing: 'cpm', priceFen: 5000, deviceIds: ['pop-tea', 'pop-noodles'], ...dates })).id;
  mobileBooking = (await rows.booking({ tenantId: bankId, advertiserId: mobile, name: 'Mobile loop', pricing: 'slot_day', priceFen: 300, deviceIds: ['pop-tea'], ...dates })).id;
  const otherAdvertiser = await rows.advertiser(otherId, 'Other Cola');
  otherBooking = (await rows.booking({ tenantId: otherId, advertiserId: otherAdvertiser, name: 'Other loop', pricing: 'cpm', priceFen: 100, deviceIds: ['pop-elsewhere'], ...dates })).id;
});
afterAll(async () => t?.stop());

describe('ingest', () => {
  it("stores each play with the screen's merchant and the booking's advertiser", async () => {
    const before = await records();
    const now = Date.now();
    await send(tea, 'store-1', [
      playProof(colaCreative, colaBooking, now - 60_000),
      playProof(mobileCreative, mobileBooking, now - 50_000, { completed: false, durationMs: 4000 }),
      playProof(colaCreative, null, now - 40_000, { trigger: 2 }),
    ]);
    await flush();
    const { rows: stored } = await t.hub.db.query<{ merchant_id: string; advertiser_id: string | null; booking_id: string | null; completed: boolean; trigger: string; tenant_id: string }>(
      `select tenant_id, merchant_id, advertiser_id, booking_id, completed, trigger from ad_plays where device_id = 'pop-tea' and batch_id = 'store-1' order by started_at`,
    );
    expect(stored).toEqual([
      { tenant_id: bankId, merchant_id: merchants.tea, advertiser_id: cola, booking_id: colaBooking, completed: true, trigger: 'loop' },
      { tenant_id: bankId, merchant_id: merchants.tea, advertiser_id: mobile, booking_id: mobileBooking, completed: false, trigger: 'loop' },
      { tenant_id: bankId, merchant_id: merchants.tea, advertiser_id: null, booking_id: null, completed: true, trigger: 'payment' },
    ]);
    expect((await records()).stored - before.stored).toBe(3);
    // Start times to the millisecond.
    const { rows: times } = await t.hub.db.query<{ ms: string }>(`select (extract(epoch from started_at) * 1000)::bigint::text as ms from ad_plays where batch_id = 'store-1' order by started_at`);
    expect(times.map((r) => Number(r.ms))).toEqual([now - 60_000, now - 50_000, now - 40_000]);
  });

  it('counts a batch sent twice once: twice in a row, after a flush, and again after a reconnect', async () => {
    const before = await records();
    const batch = [playProof(colaCreative, colaBooking, Date.now() - 30_000), playProof(colaCreative, colaBooking, Date.now() - 20_000)];
    // QoS 1 redelivery before the first copy was written.
    await send(noodles, 'dup-1', batch);
    await send(noodles, 'dup-1', batch);
    await flush();
    await send(noodles, 'dup-1', batch);
    await flush();
    // The screen reconnects (a lost PUBACK) and sends it once more.
    await noodles.end();
    noodles = t.screen(devices.noodles);
    await noodles.connect();
    await send(noodles, 'dup-1', batch);
    await flush();

    expect(await playsOfBatch('pop-noodles', 'dup-1')).toBe(2);
    expect(await rows.count(`select count(*) as n from ad_play_batches where device_id = 'pop-noodles' and batch_id = 'dup-1'`, [])).toBe(1);
    const after = await records();
    expect(after.stored - before.stored).toBe(2);
    expect(after.duplicate - before.duplicate).toBe(6);
    // The same batch id from another screen is another batch.
    await send(tea, 'dup-1', batch);
    await flush();
    expect(await playsOfBatch('pop-tea', 'dup-1')).toBe(2);
  });

  it("drops garbage records alone, and an undecodable payload, while the rest and another screen's batch land", async () => {
    const before = await records();
    const undecodableBefore = await counter('hub_mqtt_uplinks_dropped_total', { reason: 'undecodable' });
    const now = Date.now();
    await send(tea, 'garbage-1', [
      playProof(colaCreative, colaBooking, now - 10_000),
      playProof('not-a-uuid', colaBooking, now - 10_000),
      playProof(colaCreative, 'also-not-a-uuid', now - 10_000),
      playProof(colaCreative, otherBooking, now - 10_000), // another tenant's booking
      playProof(colaCreative, randomUUID(), now - 10_000), // no such booking
      playProof(colaCreative, colaBooking, now + HOUR), // in the future
      playProof(colaCreative, colaBooking, now - 8 * 24 * HOUR), // older than a week
      playProof(colaCreative, colaBooking, now - 10_000, { durationMs: 0 }),
      playProof(colaCreative, colaBooking, now - 10_000, { durationMs: 3_600_000 }),
      { ...playProof(colaCreative, colaBooking, now - 10_000), trigger: 0 as never },
    ]);
    await tea.publishRaw(uplinkTopic('pop-tea'), Buffer.from([0xff, 0xff, 0xff, 0x0f, 0x42, 0x99]));
    await send(tea, '', [playProof(colaCreative, colaBooking, now - 10_000)]); // no batch id
    await send(noodles, 'garbage-neighbour', [playProof(colaCreative, colaBooking, now - 5000)]);
    // The other tenant's screen naming this tenant's booking is refused too.
    await send(elsewhere, 'cross-1', [playProof(colaCreative, colaBooking, now - 5000), playProof(colaCreative, otherBooking, now - 5000)]);
    await flush();

    expect(await playsOfBatch('pop-tea', 'garbage-1')).toBe(1);
    expect(await playsOfBatch('pop-noodles', 'garbage-neighbour')).toBe(1);
    expect(await playsOfBatch('pop-elsewhere', 'cross-1')).toBe(1);
    const after = await records();
    expect(after.stored - before.stored).toBe(3);
    expect(after.rejected - before.rejected).toBe(9 + 1 + 1);
    expect((await counter('hub_mqtt_uplinks_dropped_total', { reason: 'undecodable' })) - undecodableBefore).toBe(1);
    // The screen that sent garbage is still connected and heard.
    await send(tea, 'after-garbage', [playProof(colaCreative, colaBooking, now - 1000)]);
    await flush();
    expect(await playsOfBatch('pop-tea', 'after-garbage')).toBe(1);
  });
});

describe('reports', () => {
  // One past hour, fully elapsed: bookings running only in that (local) hour.
  const hourStart = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
  const range = `from=${new Date(hourStart).toISOString()}&to=${new Date(hourStart + HOUR).toISOString()}`;
  // Screens' merchants are in Asia/Shanghai (UTC+8, no daylight saving).
  const localHour = (new Date(hourStart).getUTCHours() + 8) % 24;
  let fullBooking: string;
  let shortBooking: string;
  let colaKey: string;

  beforeAll(async () => {
    // A 600 s loop: 6 loops an hour, so one slot in one hour is 6 booked plays per screen.
    await rows.loop(bankId, 600);
    const common = { tenantId: bankId, hoursMask: 1 << localHour, startsOn: dayOffset(-2), endsOn: dayOffset(2), pricing: 'cpm' as const, priceFen: 1000 };
    fullBooking = (await rows.booking({ ...common, advertiserId: cola, name: 'Full hour', deviceIds: ['pop-tea'], creativeIds: [colaCreative] })).id;
    shortBooking = (await rows.booking({ ...common, advertiserId: mobile, name: 'Short hour', deviceIds: ['pop-tea', 'pop-noodles'], creativeIds: [mobileCreative] })).id;
    const at = (i: number) => hourStart + i * 5 * 60_000 + 1000;
    await send(tea, 'report-full', [0, 1, 2, 3, 4, 5].map((i) => playProof(colaCreative, fullBooking, at(i))));
    await send(tea, 'report-short-tea', [0, 1, 2].map((i) => playProof(mobileCreative, shortBooking, at(i) + 30_000)));
    await send(noodles, 'report-short-noodles', [
      playProof(mobileCreative, shortBooking, at(0)),
      playProof(mobileCreative, shortBooking, at(1)),
      playProof(mobileCreative, shortBooking, at(2), { completed: false, durationMs: 2500 }),
    ]);
    await flush();
    colaKey = await rows.apiKey(bankId, cola);
  });

  const report = async (client: ApiClient, query: string) => {
    const response = await client.get(`/api/ad-reports?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Array<{ id: string; name: string | null; plays: number; completedPlays: number; playSeconds: number; bookedPlays: number | null; underDelivered: boolean | null }>;
  };
  const byId = <R extends { id: string }>(list: R[]) => Object.fromEntries(list.map((r) => [r.id, r]));

  it('per booking: plays, completed plays, play time, the plays booked so far, and under-delivery', async () => {
    const response = await bank.get(`/api/ad-reports?groupBy=booking&${range}`);
    expect(response.headers.get('content-range')).toMatch(/^ad-reports 0-\d+\/\d+$/);
    const list = byId(response.body);
    expect(list[fullBooking]).toEqual({ id: fullBooking, name: 'Full hour', plays: 6, completedPlays: 6, playSeconds: 60, bookedPlays: 6, underDelivered: false, unbilledPlays: 0, unbilledReasons: {} });
    // Two screens × 6 loops: 12 booked, 5 completed.
    expect(list[shortBooking]).toEqual({ id: shortBooking, name: 'Short hour', plays: 6, completedPlays: 5, playSeconds: 53, bookedPlays: 12, underDelivered: true, unbilledPlays: 0, unbilledReasons: {} });
    // A booking that should have played every hour and did not play in this one is listed too.
    expect(list[colaBooking]).toMatchObject({ plays: 0, bookedPlays: 12, underDelivered: true });
    // One booking alone.
    expect((await report(bank, `groupBy=booking&bookingId=${fullBooking}&${range}`)).map((r) => r.id)).toEqual([fullBooking]);
  });

  it('per advertiser, screen, merchant and hour', async () => {
    expect(byId(await report(bank, `groupBy=advertiser&${range}`))).toMatchObject({ [cola]: { name: 'Fizz Cola', plays: 6 }, [mobile]: { name: 'Mobile Co', plays: 6, completedPlays: 5 } });
    expect(byId(await report(bank, `groupBy=screen&${range}`))).toMatchObject({ 'pop-tea': { plays: 9, completedPlays: 9 }, 'pop-noodles': { plays: 3, completedPlays: 2 } });
    expect(byId(await report(bank, `groupBy=merchant&${range}`))).toMatchObject({ [merchants.tea]: { name: 'Tea House', plays: 9 }, [merchants.noodles]: { name: 'Noodle Bar', plays: 3 } });
    expect(await report(bank, `groupBy=hour&${range}`)).toEqual([
      { id: new Date(hourStart).toISOString().replace('.000Z', 'Z'), name: null, plays: 12, completedPlays: 11, playSeconds: 113, bookedPlays: null, underDelivered: null, unbilledPlays: 0, unbilledReasons: {} },
    ]);
    expect((await bank.get(`/api/ad-reports?groupBy=weekday&${range}`)).status).toBe(400);
    expect((await bank.get('/api/ad-reports?from=2025-02-01&to=2025-01-01')).status).toBe(400);
  });

  it('as CSV, by format=csv or Accept: text/csv, with a file name', async () => {
    const csv = await bank.get(`/api/ad-reports?groupBy=booking&bookingId=${shortBooking}&format=csv&${range}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="ad-report-booking-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body).toBe(`id,name,plays,completed_plays,play_seconds,booked_plays,under_delivered,unbilled_plays\r\n${shortBooking},Short hour,6,5,53,12,true,0\r\n`);
    const accepted = await fetch(`${t.hub.httpUrl}/api/ad-reports?groupBy=merchant&${range}`, { headers: { authorization: `Bearer ${bank.token}`, accept: 'text/csv' } });
    expect(accepted.headers.get('content-type')).toContain('text/csv');
    expect((await accepted.text()).split('\r\n')).toContain(`${merchants.tea},Tea House,9,9,90,,,0`);
  });

  it("gives an advertiser's API key its own plays only", async () => {
    const key = bank.as(colaKey);
    const bookings = await report(key, `groupBy=booking&${range}`);
    expect(bookings.map((r) => r.id).sort()).toEqual([colaBooking, fullBooking].sort());
    expect(byId(await report(key, `groupBy=screen&${range}`))).toEqual({ 'pop-tea': expect.objectContaining({ plays: 6 }) });
    // Naming another advertiser or its booking shows nothing of it.
    expect(await report(key, `groupBy=booking&advertiserId=${mobile}&${range}`)).toEqual([]);
    expect(await report(key, `groupBy=booking&bookingId=${shortBooking}&${range}`)).toEqual([]);
    const noScope = bank.as(await rows.apiKey(bankId, cola, ['bookings:read']));
    expect((await noScope.get('/api/ad-reports')).status).toBe(403);
    expect((await t.api.get('/api/ad-reports')).status).toBe(401);
  });

  it("keeps each tenant's plays to itself", async () => {
    const day = `from=${dayOffset(-1)}&to=${dayOffset(1)}`;
    const mine = await report(bank, `groupBy=screen&${day}`);
    expect(mine.map((r) => r.id).sort()).toEqual(['pop-noodles', 'pop-tea']);
    const theirs = await report(other, `groupBy=booking&${day}`);
    expect(theirs.map((r) => r.id)).toEqual([otherBooking]);
    expect(theirs[0]).toMatchObject({ plays: 1 });
    // A key of this tenant cannot reach the other tenant's booking by naming it.
    expect(await report(bank.as(colaKey), `groupBy=booking&bookingId=${otherBooking}&${day}`)).toEqual([]);
  });
});

describe('billing', () => {
  it('bills only plays of the booked screens, hours and creatives, up to what the slots allow; the rest kept as unbilled with the reason', async () => {
    // Another past hour, apart from the reports' one: a booking of one slot on the tea screen, in that local hour only.
    const hourStart = Math.floor(Date.now() / HOUR) * HOUR - 6 * HOUR;
    const localHour = (new Date(hourStart).getUTCHours() + 8) % 24;
    await rows.loop(bankId, 600); // 6 loops an hour: one slot is 6 plays an hour on a screen
    const booking = (await rows.booking({
      tenantId: bankId, advertiserId: cola, name: 'Bought hour', hoursMask: 1 << localHour, startsOn: dayOffset(-2), endsOn: dayOffset(2),
      pricing: 'cpm', priceFen: 1000, deviceIds: ['pop-tea'], creativeIds: [colaCreative],
    })).id;
    const at = (i: number) => hourStart + i * 5 * 60_000 + 2000;
    // Seven plays in the hour where six were bought: the seventh is beyond the schedule.
    await send(tea, 'billing-tea', [
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => playProof(colaCreative, booking, at(i))),
      playProof(mobileCreative, booking, at(8)), // a creative the booking does not hold
      playProof(colaCreative, booking, hourStart + HOUR + 60_000), // the hour after: not bought
    ]);
    await send(noodles, 'billing-noodles', [playProof(colaCreative, booking, at(1))]); // a screen the booking does not hold
    await flush();
    const range = `from=${new Date(hourStart).toISOString()}&to=${new Date(hourStart + 2 * HOUR).toISOString()}`;
    const [row] = await (await bank.get(`/api/ad-reports?groupBy=booking&bookingId=${booking}&${range}`)).body;
    expect(row).toMatchObject({
      plays: 10,
      unbilledPlays: 4,
      unbilledReasons: { over_schedule: 1, creative_not_booked: 1, outside_hours: 1, screen_not_booked: 1 },
    });
    // The statement prices only the six billable plays.
    const billed = await rows.count(`select count(*) as n from ad_plays where booking_id = $1 and unbilled_reason is null`, [booking]);
    expect(billed).toBe(6);
  });
});

describe('shutdown', () => {
  it('writes what is buffered when the hub stops cleanly', async () => {
    await send(noodles, 'at-shutdown', [playProof(colaCreative, colaBooking, Date.now() - 1000)]);
    await t.restart();
    expect(await playsOfBatch('pop-noodles', 'at-shutdown')).toBe(1);
  });
});
