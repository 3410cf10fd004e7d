// SQL of closing a tenant's day: which day is next, the screens' presence
// through it, trading coverage written on each merchant's day, where each
// merchant stands over 30 days, the fleet's snapshot, and the history the
// early warnings read.
import type { Queryable } from '../db/database.js';
import type { TradingSpan } from '@screenhub/protocol';

export interface TenantToClose {
  tenant_id: string;
  zones: string[];
  /** The last closed day, or null before the first close. */
  last_closed: string | null;
}

/** Tenants with merchants, the time zones of their merchants, and their last closed day. */
export async function tenantsToClose(db: Queryable): Promise<TenantToClose[]> {
  const { rows } = await db.query<TenantToClose>(
    `select m.tenant_id, array_agg(distinct m.timezone) as zones,
       (select to_char(max(day), 'YYYY-MM-DD') from fleet_activity_days f where f.tenant_id = m.tenant_id) as last_closed
     from merchants m group by m.tenant_id`,
  );
  return rows;
}

export interface CoverageMerchant {
  id: string;
  timezone: string;
  trading_hours: TradingSpan[] | null;
  start_ms: string;
  end_ms: string;
}

/** The tenant's merchants with their hours and where `day` starts and ends in each one's zone (ms). */
export async function coverageMerchants(db: Queryable, tenantId: string, day: string): Promise<CoverageMerchant[]> {
  const { rows } = await db.query<CoverageMerchant>(
    `select id, timezone, trading_hours,
       (extract(epoch from ($2::date::timestamp at time zone timezone)) * 1000)::bigint as start_ms,
       (extract(epoch from (($2::date + 1)::timestamp at time zone timezone)) * 1000)::bigint as end_ms
     from merchants where tenant_id = $1`,
    [tenantId, day],
  );
  return rows;
}

export interface PresenceRow {
  merchant_id: string;
  device_id: string;
  online_at_start: boolean;
  /** Connects and disconnects within the window, oldest first. */
  events: Array<{ at_ms: number; online: boolean }>;
}

/** Each assigned screen's presence from `fromMs` to `toMs`: whether online at the start (its last event before), then its events. */
export async function presenceBetween(db: Queryable, tenantId: string, fromMs: number, toMs: number): Promise<PresenceRow[]> {
  const { rows } = await db.query<PresenceRow>(
    `select d.merchant_id, d.id as device_id,
       coalesce((select e.online from device_presence_events e where e.tenant_id = d.tenant_id and e.device_id = d.id
                 and e.at < to_timestamp($2 / 1000.0) order by e.at desc limit 1), false) as online_at_start,
       coalesce((select json_agg(json_build_object('at_ms', (extract(epoch from e.at) * 1000)::bigint, 'online', e.online) order by e.at, e.id)
                 from device_presence_events e where e.tenant_id = d.tenant_id and e.device_id = d.id
                 and e.at >= to_timestamp($2 / 1000.0) and e.at < to_timestamp($3 / 1000.0)), '[]'::json) as events
     from devices d where d.tenant_id = $1 and d.merchant_id is not null`,
    [tenantId, fromMs, toMs],
  );
  return rows;
}

/** Trading coverage on each merchant's day; a merchant without a payment that day gets its row now. */
export async function writeCoverage(db: Queryable, tenantId: string, day: string, rows: Array<{ merchantId: string; tradingMinutes: number; onlineTradingMinutes: number }>): Promise<void> {
  await db.query(
    `insert into merchant_days (tenant_id, merchant_id, day, trading_minutes, online_trading_minutes)
     select $1, c.merchant_id, $2::date, c.trading, c.online from unnest($3::uuid[], $4::int[], $5::int[]) as c(merchant_id, trading, online)
     on conflict (merchant_id, day) do update set trading_minutes = excluded.trading_minutes, online_trading_minutes = excluded.online_trading_minutes`,
    [tenantId, day, rows.map((r) => r.merchantId), rows.map((r) => r.tradingMinutes), rows.map((r) => r.onlineTradingMinutes)],
  );
}

/** Each merchant's successful payments and net takings over the 30 days ending `day` and the 30 before. */
export async function refreshActivity(db: Queryable, tenantId: string, day: string): Promise<void> {
  await db.query(
    `insert into merchant_activity (merchant_id, tenant_id, as_of, succeeded_30d, takings_30d_fen, succeeded_prior_30d, takings_prior_30d_fen)
     select m.id, m.tenant_id, $2::date,
       coalesce(sum(d.succeeded) filter (where d.day > $2::date - 30), 0),
       coalesce(sum(d.gross_fen - d.refunded_fen) filter (where d.day > $2::date - 30), 0),
       coalesce(sum(d.succeeded) filter (where d.day <= $2::date - 30), 0),
       coalesce(sum(d.gross_fen - d.refunded_fen) filter (where d.day <= $2::date - 30), 0)
     from merchants m left join merchant_days d on d.merchant_id = m.id and d.day > $2::date - 60 and d.day <= $2::date
     where m.tenant_id = $1 group by m.id, m.tenant_id
     on conflict (merchant_id) do update set as_of = excluded.as_of, succeeded_30d = excluded.succeeded_30d,
       takings_30d_fen = excluded.takings_30d_fen, succeeded_prior_30d = excluded.succeeded_prior_30d, takings_prior_30d_fen = excluded.takings_prior_30d_fen`,
    [tenantId, day],
  );
}

/** Whether the tenant's `day` is closed. */
export async function isDayClosed(db: Queryable, tenantId: string, day: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from fleet_activity_days where tenant_id = $1 and day = $2::date', [tenantId, day]);
  return rows.length > 0;
}

/** The fleet's figures of `day` from merchant_activity; false when the day was already closed (another process, or a rerun). */
export async function snapshotFleet(db: Queryable, tenantId: string, day: string, activeMinPayments: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into fleet_activity_days (tenant_id, day, merchants, active, newly_active, gone_quiet, active_min_payments)
     select $1, $2::date, count(*), count(*) filter (where succeeded_30d >= $3),
       count(*) filter (where succeeded_30d >= $3 and succeeded_prior_30d < $3),
       count(*) filter (where succeeded_30d < $3 and succeeded_prior_30d >= $3), $3
     from merchant_activity where tenant_id = $1
     on conflict (tenant_id, day) do nothing`,
    [tenantId, day, activeMinPayments],
  );
  return (rowCount ?? 0) > 0;
}

export interface JudgedDayRow {
  merchant_id: string;
  day: string;
  succeeded: number;
  gross_fen: string;
  refunds: number;
  refunded_fen: string;
  round_tickets: number;
  round_fen: string;
  trading_minutes: number | null;
  online_trading_minutes: number | null;
}

/** The tenant's merchant ids, in pages for judging. */
export async function tenantMerchantIds(db: Queryable, tenantId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('select id from merchants where tenant_id = $1 order by id', [tenantId]);
  return rows.map((r) => r.id);
}

/** The merchants' days in [from, to], for the early warnings. */
export async function daysToJudge(db: Queryable, tenantId: string, merchantIds: string[], from: string, to: string): Promise<JudgedDayRow[]> {
  const { rows } = await db.query<JudgedDayRow>(
    `select merchant_id, to_char(day, 'YYYY-MM-DD') as day, succeeded, gross_fen, refunds, refunded_fen, round_tickets, round_fen,
       trading_minutes, online_trading_minutes
     from merchant_days where tenant_id = $1 and merchant_id = any($2::uuid[]) and day between $3::date and $4::date`,
    [tenantId, merchantIds, from, to],
  );
  return rows;
}
