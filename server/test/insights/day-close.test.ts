// Closing a tenant's day on a real hub and database: trading coverage from the
// screens' presence, the early warnings raised as alerts with their evidence
// (and resolved when a later day no longer earns them), the fleet's activity
// by city and over time, and the bank's credit export, which leaves out a
// merchant without consent. Histories are written into merchant_days as the
// fold would have (the fold itself: rollups.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/platform/calendar-days.js';
import type { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let admin: ApiClient;
let tenantId: string;
const DAY = '2026-11-30';
const HOURS = [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '09:00', closes: '21:00' }];
const m: Record<'steady' | 'dropping' | 'silent' | 'refunding' | 'cashout' | 'idle', string> = { steady: '', dropping: '', silent: '', refunding: '', cashout: '', idle: '' };

/** Writes a merchant's day as the fold would have left it. */
async function day(merchantId: string, date: string, f: { succeeded?: number; grossFen?: number; refunds?: number; refundedFen?: number; roundTickets?: number; roundFen?: number }) {
  await t.hub.db.query(
    `insert into merchant_days (tenant_id, merchant_id, day, payments, succeeded, gross_fen, refunds, refunded_fen, alipay_count, round_tickets, round_fen)
     values ($1, $2, $3, $4, $4, $5, $6, $7, $4, $8, $9)`,
    [tenantId, merchantId, date, f.succeeded ?? 0, f.grossFen ?? 0, f.refunds ?? 0, f.refundedFen ?? 0, f.roundTickets ?? 0, f.roundFen ?? 0],
  );
}
const steady = { succeeded: 40, grossFen: 100_000 };

beforeAll(async () => {
  t = await TestHub.start({ HUB_INSIGHTS_FOLD_MS: '3600000', HUB_INSIGHTS_CLOSE_MS: '86400000' });
  ({ tenantId, admin } = await (await t.api.loginRoot()).createTenant('Risk Bank'));
  for (const key of Object.keys(m) as Array<keyof typeof m>) {
    m[key] = (await admin.createMerchant({ name: `${key} shop`, city: key === 'idle' ? '上海' : '杭州', tradingHours: HOURS, creditConsent: key !== 'refunding' })).id;
  }
  // 63 days of history up to the day before DAY; DAY itself per merchant below.
  for (let offset = -63; offset <= -1; offset++) {
    const date = addDays(DAY, offset);
    for (const key of ['steady', 'dropping', 'refunding', 'cashout'] as const) await day(m[key], date, steady);
    if (offset < -1) await day(m.silent, date, steady);
  }
  await day(m.steady, DAY, steady);
  await day(m.dropping, DAY, { succeeded: 10, grossFen: 25_000 });
  await day(m.cashout, DAY, { succeeded: 45, grossFen: 350_000, roundTickets: 5, roundFen: 250_000 });
  for (let offset = -6; offset <= 0; offset++) {
    await t.hub.db.query('update merchant_days set refunds = 3, refunded_fen = 25000 where merchant_id = $1 and day = $2', [m.refunding, addDays(DAY, offset)]);
  }
  if (!(await t.hub.db.query('select 1 from merchant_days where merchant_id = $1 and day = $2', [m.refunding, DAY])).rows.length) {
    await day(m.refunding, DAY, { ...steady, refunds: 3, refundedFen: 25_000 });
  }
  // The silent shop's screen came online five days ago and stayed; the idle shop's never connected.
  const screen = await admin.createDevice({ id: 'silent-shop-screen' });
  await admin.put(`/api/devices/${screen.id}`, { merchantId: m.silent });
  await t.hub.db.query(`insert into device_presence_events (tenant_id, device_id, online, at) values ($1, $2, true, $3::date - 5)`, [tenantId, screen.id, DAY]);
  const dark = await admin.createDevice({ id: 'idle-shop-screen' });
  await admin.put(`/api/devices/${dark.id}`, { merchantId: m.idle });
});
afterAll(async () => t?.stop());

const warnings = async () =>
  (await admin.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ kind: 'takings_drop,silent_while_online,refund_ratio_high,round_ticket_burst' }))}&range=[0,99]`)).body as Array<{
    kind: string;
    merchantId: string;
    merchantName: string;
    state: string;
    evidence: Record<string, unknown>;
  }>;

describe('closing a day', () => {
  it('writes trading coverage from presence and raises each warning on its merchant only, with its evidence', async () => {
    expect(await t.hub.app.insights.closer.closeDay(tenantId, addDays(DAY, -1))).toBe(true);
    expect(await t.hub.app.insights.closer.closeDay(tenantId, DAY)).toBe(true);
    expect(await t.hub.app.insights.closer.closeDay(tenantId, DAY)).toBe(false);

    const silentDays = (await admin.get(`/api/merchants/${m.silent}/insights?from=${addDays(DAY, -1)}&to=${DAY}`)).body.days;
    expect(silentDays.map((d: { tradingMinutes: number; onlineTradingMinutes: number }) => [d.tradingMinutes, d.onlineTradingMinutes])).toEqual([
      [720, 720],
      [720, 720],
    ]);
    const idleDay = (await admin.get(`/api/merchants/${m.idle}/insights?from=${DAY}&to=${DAY}`)).body.days[0];
    expect(idleDay).toMatchObject({ tradingMinutes: 720, onlineTradingMinutes: 0 });

    const open = await warnings();
    const byMerchant = (id: string) => open.filter((w) => w.merchantId === id).map((w) => w.kind).sort();
    expect(byMerchant(m.steady)).toEqual([]);
    expect(byMerchant(m.idle)).toEqual([]);
    expect(byMerchant(m.dropping)).toEqual(['takings_drop']);
    expect(byMerchant(m.silent)).toEqual(['silent_while_online', 'takings_drop']);
    expect(byMerchant(m.refunding)).toEqual(['refund_ratio_high']);
    expect(byMerchant(m.cashout)).toEqual(['round_ticket_burst']);
    expect(open.find((w) => w.kind === 'takings_drop' && w.merchantId === m.dropping)).toMatchObject({
      state: 'open',
      merchantName: 'dropping shop',
      evidence: { day: DAY, takingsFen: 25_000, baselineFen: 100_000, dropPercent: 75 },
    });
  });

  it('resolves a warning once a later day no longer earns it', async () => {
    const next = addDays(DAY, 1);
    await day(m.dropping, next, steady);
    expect(await t.hub.app.insights.closer.closeDay(tenantId, next)).toBe(true);
    const all = await warnings();
    expect(all.find((w) => w.merchantId === m.dropping)).toMatchObject({ kind: 'takings_drop', state: 'resolved' });
  });

  it('counts the fleet active by city and keeps the rate per closed day', async () => {
    const fleet = (await admin.get('/api/insights/fleet?by=city')).body;
    // Active: at least 10 successful payments in the 30 days to the last closed day (the silent shop's history still counts).
    expect(fleet).toMatchObject({ asOf: addDays(DAY, 1), activeMinPayments: 10, merchants: 6, active: 5, activityRate: 0.8333 });
    expect(fleet.groups).toEqual([
      expect.objectContaining({ key: '杭州', merchants: 5, active: 5 }),
      expect.objectContaining({ key: '上海', merchants: 1, active: 0 }),
    ]);
    expect(fleet.growth.find((g: { band: string }) => g.band === 'idle')).toEqual({ band: 'idle', merchants: 1 });
    const history = (await admin.get(`/api/insights/fleet/history?from=${addDays(DAY, -1)}&to=${addDays(DAY, 1)}`)).body;
    expect(history.map((d: { day: string; active: number }) => [d.day, d.active])).toEqual([
      [addDays(DAY, -1), 5],
      [DAY, 5],
      [addDays(DAY, 1), 5],
    ]);
    // A stricter threshold changes the next figures, not the closed ones.
    expect((await admin.put('/api/insights/settings', { activeMinPayments: 5_000 })).body).toMatchObject({ activeMinPayments: 5_000, dropPercent: 50 });
    expect((await admin.get('/api/insights/fleet')).body).toMatchObject({ active: 0, activityRate: 0 });
    expect((await admin.get(`/api/insights/fleet/history?from=${DAY}&to=${DAY}`)).body[0]).toMatchObject({ active: 5, activeMinPayments: 10 });
    expect((await admin.put('/api/insights/settings', { activeMinPayments: 10 })).status).toBe(200);
  });

  it('exports the month for credit systems without the merchant that did not consent', async () => {
    const lines = (await admin.get('/api/insights/credit-export?month=2026-11')).body as Array<Record<string, unknown>>;
    expect(lines.map((l) => l.merchantId).sort()).toEqual([m.steady, m.dropping, m.silent, m.cashout, m.idle].sort());
    const steadyLine = lines.find((l) => l.merchantId === m.steady)!;
    expect(steadyLine).toMatchObject({ month: '2026-11', turnoverFen: 30 * 100_000, activeDays: 30, days: 30, stability: 0, growthPercent: null });
    const dropping = lines.find((l) => l.merchantId === m.dropping)!;
    // 29 days of 1,000 yuan and one of 250: mean 975, spread over the month.
    const mean = (29 * 100_000 + 25_000) / 30;
    const sd = Math.sqrt((29 * 100_000 ** 2 + 25_000 ** 2) / 30 - mean ** 2);
    expect(dropping.stability).toBeCloseTo(sd / mean, 4);
    expect(lines.find((l) => l.merchantId === m.idle)).toMatchObject({ turnoverFen: 0, activeDays: 0, stability: null });

    const csv = await admin.get('/api/insights/credit-export?month=2026-11&format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('merchant_id,name,city,district,business_area,merchant_category_code,month,turnover_fen,active_days,days,stability,growth_percent');
    expect(csv.body).not.toContain(m.refunding);
    expect(csv.body).toContain(m.steady);

    // Consent given later is honoured at once; growth needs last year's month.
    await admin.put(`/api/merchants/${m.refunding}`, { creditConsent: true });
    await day(m.steady, '2025-11-15', { succeeded: 300, grossFen: 1_500_000 });
    const again = (await admin.get('/api/insights/credit-export?month=2026-11')).body as Array<Record<string, unknown>>;
    expect(again.map((l) => l.merchantId)).toContain(m.refunding);
    expect(again.find((l) => l.merchantId === m.steady)).toMatchObject({ growthPercent: 100 });
  });

  it('keeps each tenant to its own figures and names bad parameters', async () => {
    const other = (await (await t.api.loginRoot()).createTenant('Other Risk Bank')).admin;
    expect((await other.get('/api/insights/fleet')).body).toMatchObject({ merchants: 0, asOf: null });
    expect((await other.get('/api/insights/credit-export?month=2026-11')).body).toEqual([]);
    expect((await other.get(`/api/merchants/${m.steady}/insights`)).status).toBe(404);
    for (const [path, name] of [
      ['/api/insights/credit-export?month=2026-13', 'month'],
      ['/api/insights/credit-export?month=2999-01', 'month'],
      ['/api/insights/fleet?by=province', 'by'],
      ['/api/insights/fleet/history?from=2026-12-01&to=2026-11-01', 'from'],
    ] as const) {
      const refused = await admin.get(path);
      expect(refused.status, path).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.detail, path).toContain(name);
    }
    const bad = await admin.put('/api/insights/settings', { dropPercent: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('dropPercent');
    // Unknown keys are dropped (the hub's validator removes them), never stored.
    expect((await admin.put('/api/insights/settings', { nonsense: 1 })).body).not.toHaveProperty('nonsense');
  });
});
