// Ad revenue end to end: screens over real MQTT report plays, and the month's
// statement prices them (cpm per thousand completed plays, slot_day per
// screen-day played, a budget as ceiling across months), then splits each
// merchant's revenue between operator, bank and merchant so that every part
// adds up to the total to the fen, with awkward shares and an override.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient } from '@screenhub/simulator';
import { AdRows, playProof } from '../support/ad-rows.js';
import type { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

const DAY = 86_400_000;
let t: TestHub;
let rows: AdRows;
let bank: ApiClient;
let bankId: string;
let other: ApiClient;
let otherId: string;
const merchant: Record<'tea' | 'noodles' | 'dumplings', string> = { tea: '', noodles: '', dumplings: '' };
const screen: Partial<Record<'tea' | 'noodles' | 'dumplings', ScreenClient>> = {};
// Every play of this month at one moment, a few minutes ago; its month as the screens' merchants
// (Asia/Shanghai, UTC+8) count it.
const playedAt = Date.now() - 5 * 60_000;
const month = new Date(playedAt + 8 * 3_600_000).toISOString().slice(0, 7);
const dayOffset = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await TestHub.start({ HUB_AD_PROOF_FLUSH_MS: '50' });
  rows = new AdRows(t);
  const root = await t.api.loginRoot();
  ({ admin: bank, tenantId: bankId } = await root.createTenant('Revenue Bank'));
  ({ admin: other, tenantId: otherId } = await root.createTenant('Revenue Other Bank'));
  for (const [name, label] of [['tea', 'Tea House'], ['noodles', 'Noodle Bar'], ['dumplings', 'Dumpling Den']] as const) {
    merchant[name] = (await bank.createMerchant({ name: label })).id;
    const device = await bank.createDevice({ id: `rev-${name}` });
    await bank.put(`/api/devices/${device.id}`, { merchantId: merchant[name] });
    screen[name] = t.screen(device);
    await screen[name]!.connect();
  }
});
afterAll(async () => t?.stop());

describe('shares', () => {
  it("sets the tenant's split (adding up to 10000 bp) without touching the loop settings of the same row", async () => {
    expect((await bank.get('/api/ad-settings/shares')).body).toEqual({ operatorShareBp: 3000, bankShareBp: 2000, merchantShareBp: 5000 });
    await rows.loop(bankId, 300);
    const put = await bank.put('/api/ad-settings/shares', { operatorShareBp: 3333, bankShareBp: 3333, merchantShareBp: 3334 });
    expect(put.status).toBe(200);
    expect((await bank.get('/api/ad-settings/shares')).body).toEqual({ operatorShareBp: 3333, bankShareBp: 3333, merchantShareBp: 3334 });
    expect(await rows.count('select loop_seconds as n from ad_settings where tenant_id = $1', [bankId])).toBe(300);
    const bad = await bank.put('/api/ad-settings/shares', { operatorShareBp: 3333, bankShareBp: 3333, merchantShareBp: 3333 });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    // The other tenant still has the defaults.
    expect((await other.get('/api/ad-settings/shares')).body.operatorShareBp).toBe(3000);
  });

  it("gives a merchant its own split, and drops it again; only the tenant's merchants", async () => {
    const put = await bank.put(`/api/merchants/${merchant.noodles}/ad-share`, { operatorShareBp: 1000, bankShareBp: 1000, merchantShareBp: 8000 });
    expect(put.body).toEqual({ merchantId: merchant.noodles, operatorShareBp: 1000, bankShareBp: 1000, merchantShareBp: 8000, source: 'override' });
    await bank.put(`/api/merchants/${merchant.dumplings}/ad-share`, { operatorShareBp: 0, bankShareBp: 0, merchantShareBp: 10000 });
    expect((await bank.delete(`/api/merchants/${merchant.dumplings}/ad-share`)).status).toBe(204);
    expect((await bank.get(`/api/merchants/${merchant.dumplings}/ad-share`)).body).toMatchObject({ source: 'tenant', merchantShareBp: 3334 });
    expect((await bank.delete(`/api/merchants/${merchant.dumplings}/ad-share`)).status).toBe(404);
    expect((await other.put(`/api/merchants/${merchant.tea}/ad-share`, { operatorShareBp: 0, bankShareBp: 0, merchantShareBp: 10000 })).status).toBe(404);
    expect((await bank.put(`/api/merchants/${merchant.tea}/ad-share`, { operatorShareBp: 5000, bankShareBp: 5000, merchantShareBp: 1 })).status).toBe(400);
  });
});

describe('monthly statement', () => {
  let cpm: string;
  let slotDay: string;
  let capped: string;

  beforeAll(async () => {
    const advertiser = await rows.advertiser(bankId, 'Fizz Cola');
    const creative = await rows.creative(bankId, advertiser, 'Cola');
    const dates = { tenantId: bankId, advertiserId: advertiser, startsOn: dayOffset(-60), endsOn: dayOffset(30), creativeIds: [creative] };
    // 1234 fen per thousand completed plays.
    cpm = (await rows.booking({ ...dates, name: 'Cola cpm', pricing: 'cpm', priceFen: 1234, deviceIds: ['rev-tea', 'rev-noodles', 'rev-dumplings'] })).id;
    // 1001 fen per slot per screen-day played, two slots.
    slotDay = (await rows.booking({ ...dates, name: 'Cola days', pricing: 'slot_day', priceFen: 1001, slotsPerLoop: 2, deviceIds: ['rev-tea', 'rev-noodles'] })).id;
    // 100 fen a play (100000 per thousand), at most 550 fen in all.
    capped = (await rows.booking({ ...dates, name: 'Cola capped', pricing: 'cpm', priceFen: 100_000, budgetFen: 550, deviceIds: ['rev-dumplings'] })).id;

    const plays = (booking: string, completed: number, incomplete = 0) => [
      ...Array.from({ length: completed }, (_, i) => playProof(creative, booking, playedAt + i * 1000)),
      ...Array.from({ length: incomplete }, (_, i) => playProof(creative, booking, playedAt + i * 1000, { completed: false })),
    ];
    await screen.tea!.publish({ playProofs: { batchId: 'rev-1', records: [...plays(cpm, 7, 2), ...plays(slotDay, 3)] } });
    // Noodles played the slot_day booking only cut short: that screen-day earns nothing.
    await screen.noodles!.publish({ playProofs: { batchId: 'rev-1', records: [...plays(cpm, 5), ...plays(slotDay, 0, 1)] } });
    await screen.dumplings!.publish({ playProofs: { batchId: 'rev-1', records: [...plays(cpm, 3), ...plays(capped, 5)] } });
    await t.hub.app.proofOfPlay.ingest.flush();
    // Two plays of the capped booking in an earlier month (200 fen spent), older than ingest accepts: written directly.
    await t.hub.db.query(
      `insert into ad_plays (tenant_id, device_id, merchant_id, creative_id, booking_id, advertiser_id, started_at, duration_ms, completed, trigger, batch_id)
       select $1, 'rev-dumplings', $2, $3, $4, $5, ($6::date - 20)::timestamptz, 10000, true, 'loop', 'history' from generate_series(1, 2)`,
      [bankId, merchant.dumplings, creative, capped, advertiser, `${month}-01`],
    );
  });

  it('prices the plays and splits them to the fen', async () => {
    const response = await bank.get(`/api/ad-revenue/statements?month=${month}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const s = response.body;
    const byBooking = Object.fromEntries(s.bookings.map((b: { bookingId: string }) => [b.bookingId, b]));
    // cpm: 15 completed plays × 1234 / 1000 = 18.51 → 18 fen.
    expect(byBooking[cpm]).toMatchObject({ revenueFen: 18, budgetReached: false });
    // slot_day: one screen-day × 2 slots × 1001.
    expect(byBooking[slotDay]).toMatchObject({ revenueFen: 2002 });
    // Capped: 200 before, 700 by the month's end, 550 at most: 350 this month.
    expect(byBooking[capped]).toMatchObject({ revenueFen: 350, earnedToDateFen: 550, budgetFen: 550, budgetReached: true });

    const lines = Object.fromEntries(s.lines.map((l: { merchantId: string }) => [l.merchantId, l]));
    // The cpm booking's 18 fen by plays 7:5:3 = 8.4, 6, 3.6 → 8, 6, 4 (the largest remainder takes the spare fen).
    // Tea: 8 + 2002 = 2010 at 3333/3333/3334 → 670 each (669.93 + 669.93 + 670.13, two spare fen to the largest remainders).
    expect(lines[merchant.tea]).toMatchObject({ merchantName: 'Tea House', revenueFen: 2010, operatorFen: 670, bankFen: 670, merchantFen: 670, completedPlays: 10, sharesSource: 'tenant' });
    // Noodles: 6 at its own 1000/1000/8000 → 0.6, 0.6, 4.8 → merchant 5, then the tie between bank and operator goes to the bank.
    expect(lines[merchant.noodles]).toMatchObject({ revenueFen: 6, operatorFen: 0, bankFen: 1, merchantFen: 5, operatorShareBp: 1000, sharesSource: 'override' });
    // Dumplings: 4 + 350 = 354 → 117.99, 117.99, 118.02 → 118 each.
    expect(lines[merchant.dumplings]).toMatchObject({ revenueFen: 354, operatorFen: 118, bankFen: 118, merchantFen: 118 });

    expect(s).toMatchObject({ month, currency: 'CNY', totalFen: 2370, operatorFen: 788, bankFen: 789, merchantsFen: 793 });
    expect(s.operatorFen + s.bankFen + s.merchantsFen).toBe(s.totalFen);
    expect(s.lines.reduce((a: number, l: { revenueFen: number }) => a + l.revenueFen, 0)).toBe(s.totalFen);
    for (const l of s.lines) expect(l.operatorFen + l.bankFen + l.merchantFen).toBe(l.revenueFen);
  });

  it('earns nothing more once the budget is spent, in a later month', async () => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const earlier = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const before = (await bank.get(`/api/ad-revenue/statements?month=${earlier}`)).body;
    expect(before.bookings).toEqual([expect.objectContaining({ bookingId: capped, revenueFen: 200, budgetReached: false })]);
    expect(before.totalFen).toBe(200);
  });

  it('as CSV with a totals line', async () => {
    const csv = await bank.get(`/api/ad-revenue/statements?month=${month}&format=csv`);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="ad-statement-${month}.csv"`);
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toBe('merchant_id,merchant_name,completed_plays,revenue_fen,operator_share_bp,bank_share_bp,merchant_share_bp,operator_fen,bank_fen,merchant_fen');
    expect(lines).toContain(`${merchant.noodles},Noodle Bar,5,6,1000,1000,8000,0,1,5`);
    expect(lines.at(-1)).toBe('total,,23,2370,,,,788,789,793');
  });

  it('is for operators of the tenant only', async () => {
    expect((await other.get(`/api/ad-revenue/statements?month=${month}`)).body).toMatchObject({ totalFen: 0, lines: [], bookings: [] });
    const key = await rows.apiKey(bankId, (await rows.advertiser(bankId, 'Nosy Advertiser')), ['reports:read']);
    expect((await bank.as(key).get(`/api/ad-revenue/statements?month=${month}`)).status).toBe(401);
    expect((await bank.get('/api/ad-revenue/statements?month=2025-13')).status).toBe(400);
  });
});
