// The insights' use cases: a merchant's days, the fleet's activity now and over
// time, the bank's credit export, and the tenant's thresholds. Everything is
// read from rollups (merchant_days, merchant_activity, fleet_activity_days),
// never from raw transactions.
import type { Queryable } from '../db/database.js';
import { invalidParameter, NotFoundError } from '../platform/errors.js';
import { creditMonth, type CreditLine } from './credit-export.js';
import { addDays, addMonths, daysBetween } from '../platform/calendar-days.js';
import {
  creditMonths,
  fleetGroups,
  fleetHistory,
  growthBands,
  lastClosedDay,
  onboardingCohorts,
  saveSettings,
  storedSettings,
  type FleetDimension,
  type FleetGroupRow,
} from './fleet-sql.js';
import { withDefaults, type InsightSettings } from './insight-settings.js';
import { merchantDays, merchantToday, type MerchantDayRow } from './rollup-sql.js';

/** The longest span a merchant's days are asked for at once: a year and a bit, so "this month last year" fits. */
const MAX_DAYS = 400;
const CHANNELS = ['alipay', 'wechat', 'unionpay'] as const;

export class InsightService {
  constructor(private readonly db: Queryable) {}

  async settings(tenantId: string, db: Queryable = this.db): Promise<InsightSettings> {
    return withDefaults(await storedSettings(db, tenantId));
  }

  async updateSettings(tenantId: string, changes: Partial<InsightSettings>): Promise<InsightSettings> {
    const settings = { ...(await this.settings(tenantId)), ...changes };
    await saveSettings(this.db, tenantId, settings);
    return settings;
  }

  /** The merchant's days in [from, to] (default: the 30 days to its today), each day present, with totals over the span. */
  async merchantInsights(tenantId: string, merchantId: string, range: { from?: string; to?: string }) {
    const merchant = await merchantToday(this.db, tenantId, merchantId);
    if (!merchant) throw new NotFoundError('merchant');
    const to = range.to ?? merchant.today;
    const from = range.from ?? addDays(to, -29);
    if (from > to) throw invalidParameter('from', 'must not be after to');
    if (addDays(from, MAX_DAYS - 1) < to) throw invalidParameter('from', `at most ${MAX_DAYS} days at once`);
    const rows = new Map((await merchantDays(this.db, tenantId, merchantId, from, to)).map((r) => [r.day, r]));
    const days = [];
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(dayDto(day, rows.get(day)));
    return { merchantId, timezone: merchant.timezone, from, to, totals: totalsOf(days), days };
  }

  /** The fleet as of the last closed day, broken down by `by` when given. */
  async fleet(tenantId: string, by: FleetDimension | undefined) {
    const { activeMinPayments } = await this.settings(tenantId);
    const [all] = await fleetGroups(this.db, tenantId, activeMinPayments, undefined);
    const groups = by ? await fleetGroups(this.db, tenantId, activeMinPayments, by) : [];
    const cohorts = await onboardingCohorts(this.db, tenantId, activeMinPayments);
    return {
      asOf: await lastClosedDay(this.db, tenantId),
      activeMinPayments,
      ...groupDto(all),
      by: by ?? null,
      groups: groups.map((g) => ({ key: g.key, ...groupDto(g) })),
      growth: (await growthBands(this.db, tenantId)).map((b) => ({ band: b.band, merchants: Number(b.merchants) })),
      cohorts: cohorts.map((c) => ({ month: c.month, merchants: Number(c.merchants), active: Number(c.active), activityRate: rate(Number(c.active), Number(c.merchants)) })),
    };
  }

  /** The activity rate per closed day in [from, to] (default: the last 365 days closed). */
  async fleetHistory(tenantId: string, range: { from?: string; to?: string }) {
    const to = range.to ?? (await lastClosedDay(this.db, tenantId)) ?? new Date().toISOString().slice(0, 10);
    const from = range.from ?? addDays(to, -364);
    if (from > to) throw invalidParameter('from', 'must not be after to');
    return (await fleetHistory(this.db, tenantId, from, to)).map((d) => ({
      day: d.day,
      merchants: d.merchants,
      active: d.active,
      activityRate: rate(d.active, d.merchants),
      newlyActive: d.newly_active,
      goneQuiet: d.gone_quiet,
      activeMinPayments: d.active_min_payments,
    }));
  }

  /** Per consenting merchant, the month's figures for the bank's credit systems. */
  async creditExport(tenantId: string, month: string, today = new Date()): Promise<CreditLine[]> {
    const from = `${month}-01`;
    const to = addMonths(from, 1);
    if (from > today.toISOString().slice(0, 10)) throw invalidParameter('month', 'is in the future');
    const elapsed = Math.min(daysBetween(from, to), daysBetween(from, today.toISOString().slice(0, 10)) + 1);
    return (await creditMonths(this.db, tenantId, from, to)).map((row) => creditMonth(month, elapsed, row));
  }
}

function dayDto(day: string, r: MerchantDayRow | undefined) {
  const gross = Number(r?.gross_fen ?? 0);
  const refunded = Number(r?.refunded_fen ?? 0);
  const succeeded = r?.succeeded ?? 0;
  return {
    day,
    payments: r?.payments ?? 0,
    succeeded,
    grossFen: gross,
    refunds: r?.refunds ?? 0,
    refundedFen: refunded,
    takingsFen: gross - refunded,
    averageTicketFen: succeeded > 0 ? Math.round(gross / succeeded) : null,
    channels: { alipay: r?.alipay_count ?? 0, wechat: r?.wechat_count ?? 0, unionpay: r?.unionpay_count ?? 0 },
    hours: r?.hour_counts ?? new Array<number>(24).fill(0),
    tradingMinutes: r?.trading_minutes ?? null,
    onlineTradingMinutes: r?.online_trading_minutes ?? null,
  };
}

type DayDto = ReturnType<typeof dayDto>;

function totalsOf(days: DayDto[]) {
  const sum = (pick: (d: DayDto) => number) => days.reduce((total, d) => total + pick(d), 0);
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, succeeded: sum((d) => d.hours[hour] ?? 0) }));
  const succeeded = sum((d) => d.succeeded);
  const grossFen = sum((d) => d.grossFen);
  return {
    payments: sum((d) => d.payments),
    succeeded,
    grossFen,
    refunds: sum((d) => d.refunds),
    refundedFen: sum((d) => d.refundedFen),
    takingsFen: sum((d) => d.takingsFen),
    averageTicketFen: succeeded > 0 ? Math.round(grossFen / succeeded) : null,
    activeDays: days.filter((d) => d.succeeded > 0).length,
    channels: Object.fromEntries(CHANNELS.map((c) => [c, sum((d) => d.channels[c])])) as Record<(typeof CHANNELS)[number], number>,
    busiestHours: hours.filter((h) => h.succeeded > 0).sort((a, b) => b.succeeded - a.succeeded || a.hour - b.hour).slice(0, 3),
    tradingMinutes: sum((d) => d.tradingMinutes ?? 0),
    onlineTradingMinutes: sum((d) => d.onlineTradingMinutes ?? 0),
  };
}

function groupDto(g: FleetGroupRow | undefined) {
  const merchants = Number(g?.merchants ?? 0);
  const active = Number(g?.active ?? 0);
  return {
    merchants,
    active,
    activityRate: rate(active, merchants),
    newlyActive: Number(g?.newly_active ?? 0),
    goneQuiet: Number(g?.gone_quiet ?? 0),
    takings30dFen: Number(g?.takings_30d_fen ?? 0),
  };
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);
