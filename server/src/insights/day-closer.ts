// Closes a tenant's day once it has ended in every one of its merchants' time
// zones (and a grace period has passed, for payments still being settled):
// writes each merchant's trading coverage, where each merchant stands over 30
// days, the fleet's figures for the day, and judges the early warnings. A day
// is closed once: the fleet row's primary key, checked under the tenant's lock.
// A tenant's first close is its last ended day (no back-fill of years); after a
// pause, missed days close in order, a month per round at most.
import type { FastifyBaseLogger } from 'fastify';
import { lockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database, Queryable } from '../db/database.js';
import { alertPayload, settleMerchantWarnings, type MerchantWarning } from '../alerts/index.js';
import type { HubEvents } from '../platform/hub-events.js';
import { lastEndedDay } from '../platform/ended-day-sql.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import {
  coverageMerchants,
  daysToJudge,
  isDayClosed,
  presenceBetween,
  refreshActivity,
  snapshotFleet,
  tenantMerchantIds,
  tenantsToClose,
  writeCoverage,
  type JudgedDayRow,
} from './day-close-sql.js';
import { addDays } from '../platform/calendar-days.js';
import { HISTORY_DAYS, judgeMerchant, type DayFigures } from './early-warnings.js';
import type { InsightFolder } from './insight-folder.js';
import type { InsightSettings } from './insight-settings.js';
import { TradingCoverage, type ScreenPresence } from './trading-coverage.js';

const DAYS_PER_ROUND = 31;
/** Merchants judged per query: a page of their 63 days stays a few MB however large the tenant. */
const MERCHANTS_PER_PAGE = 500;

export interface DayCloserOptions {
  db: Database;
  folder: InsightFolder;
  events: HubEvents;
  settings: (db: Queryable, tenantId: string) => Promise<InsightSettings>;
  logger: FastifyBaseLogger;
  intervalMs: number;
  graceMinutes: number;
}

export class DayCloser {
  private readonly task: PeriodicTask;

  constructor(private readonly options: DayCloserOptions) {
    this.task = new PeriodicTask(() => this.round(), options.intervalMs, (err) => options.logger.error({ err }, 'closing merchant days failed'));
  }

  start(): void {
    this.task.start({ immediately: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  private async round(): Promise<void> {
    for (const tenant of await tenantsToClose(this.options.db)) {
      const last = await lastEndedDay(this.options.db, tenant.zones, this.options.graceMinutes);
      let day = tenant.last_closed ? addDays(tenant.last_closed, 1) : last;
      for (let i = 0; i < DAYS_PER_ROUND && day <= last; i++, day = addDays(day, 1)) await this.closeDay(tenant.tenant_id, day);
    }
  }

  /** Closes `day` for the tenant (its facts folded first); false when it was closed already. */
  async closeDay(tenantId: string, day: string): Promise<boolean> {
    await this.options.folder.foldNow();
    const alerts = await this.options.db.transaction(async (tx) => {
      await lockForTransaction(tx, 'insightsClose', tenantId);
      if (await isDayClosed(tx, tenantId, day)) return undefined;
      const settings = await this.options.settings(tx, tenantId);
      await this.writeCoverage(tx, tenantId, day);
      await refreshActivity(tx, tenantId, day);
      await snapshotFleet(tx, tenantId, day, settings.activeMinPayments);
      return this.judge(tx, tenantId, day, settings);
    });
    if (!alerts) return false;
    for (const alert of alerts) this.options.events.publish(tenantId, `alert.${alert.state === 'resolved' ? 'resolved' : 'opened'}`, alertPayload(alert));
    this.options.logger.info({ tenantId, day, warningsChanged: alerts.length }, 'merchant day closed');
    return true;
  }

  private async writeCoverage(tx: Queryable, tenantId: string, day: string): Promise<void> {
    const merchants = await coverageMerchants(tx, tenantId, day);
    if (merchants.length === 0) return;
    const from = Math.min(...merchants.map((m) => Number(m.start_ms)));
    const to = Math.max(...merchants.map((m) => Number(m.end_ms)));
    const screens = new Map<string, ScreenPresence[]>();
    for (const row of await presenceBetween(tx, tenantId, from, to)) {
      const list = screens.get(row.merchant_id) ?? [];
      list.push({ onlineAtStart: row.online_at_start, events: row.events.map((e) => ({ atMs: Number(e.at_ms), online: e.online })) });
      screens.set(row.merchant_id, list);
    }
    const coverage = new TradingCoverage();
    const rows = merchants.map((m) => {
      const window = { startMs: Number(m.start_ms), endMs: Number(m.end_ms) };
      // The wider window's presence, replayed to this merchant's own day start.
      const own = (screens.get(m.id) ?? []).map((s) => clip(s, window.startMs));
      return { merchantId: m.id, ...coverage.measure(m.trading_hours, m.timezone, window, own) };
    });
    await writeCoverage(tx, tenantId, day, rows);
  }

  private async judge(tx: Queryable, tenantId: string, day: string, settings: InsightSettings) {
    const ids = await tenantMerchantIds(tx, tenantId);
    const changed = [];
    for (let i = 0; i < ids.length; i += MERCHANTS_PER_PAGE) {
      const page = ids.slice(i, i + MERCHANTS_PER_PAGE);
      const byMerchant = groupDays(await daysToJudge(tx, tenantId, page, addDays(day, -HISTORY_DAYS), day));
      const warnings: MerchantWarning[] = page.flatMap((id) => judgeMerchant(id, byMerchant.get(id) ?? new Map(), day, settings));
      changed.push(...(await settleMerchantWarnings(tx, tenantId, page, warnings)));
    }
    return changed;
  }
}

/** A screen's presence from `startMs` on: events before it decide whether it starts online. */
function clip(screen: ScreenPresence, startMs: number): ScreenPresence {
  let onlineAtStart = screen.onlineAtStart;
  const events = [];
  for (const event of screen.events) {
    if (event.atMs < startMs) onlineAtStart = event.online;
    else events.push(event);
  }
  return { onlineAtStart, events };
}

function groupDays(rows: JudgedDayRow[]): Map<string, Map<string, DayFigures>> {
  const out = new Map<string, Map<string, DayFigures>>();
  for (const r of rows) {
    const days = out.get(r.merchant_id) ?? new Map<string, DayFigures>();
    days.set(r.day, {
      succeeded: r.succeeded,
      grossFen: Number(r.gross_fen),
      refunds: r.refunds,
      refundedFen: Number(r.refunded_fen),
      roundTickets: r.round_tickets,
      roundFen: Number(r.round_fen),
      tradingMinutes: r.trading_minutes,
      onlineTradingMinutes: r.online_trading_minutes,
    });
    out.set(r.merchant_id, days);
  }
  return out;
}
