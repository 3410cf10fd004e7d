// SQL of merchants' daily rollups: folding the facts the payments' trigger
// appends (migration 0033) into merchant_days, and reading a merchant's days.
import type { Queryable } from '../db/database.js';

/**
 * Folds up to `limit` facts, oldest first, into their merchants' days (in each merchant's time zone) and deletes
 * them in the same statement, so a fact counts once even if the process dies after. Returns how many it folded.
 * The caller holds the fold's advisory lock: two folds adding to the same rows in different orders could deadlock.
 */
export async function foldFacts(db: Queryable, limit: number): Promise<number> {
  const { rows } = await db.query<{ folded: string }>(
    `with batch as (
       delete from merchant_day_facts where id in (select id from merchant_day_facts order by id limit $1)
       returning *
     ), located as (
       select b.*, (b.at at time zone m.timezone) as local from batch b join merchants m on m.id = b.merchant_id
     ), by_hour as (
       select tenant_id, merchant_id, local::date as day, extract(hour from local)::integer as hour, channel,
         sum(payments) as payments, sum(succeeded) as succeeded, sum(gross_fen) as gross_fen, sum(refunds) as refunds,
         sum(refunded_fen) as refunded_fen, sum(round_tickets) as round_tickets, sum(round_fen) as round_fen
       from located group by 1, 2, 3, 4, 5
     ), by_day as (
       select tenant_id, merchant_id, day, sum(payments)::integer as payments, sum(succeeded)::integer as succeeded,
         sum(gross_fen)::bigint as gross_fen, sum(refunds)::integer as refunds, sum(refunded_fen)::bigint as refunded_fen,
         coalesce(sum(succeeded) filter (where channel = 'alipay'), 0)::integer as alipay_count,
         coalesce(sum(succeeded) filter (where channel = 'wechat'), 0)::integer as wechat_count,
         coalesce(sum(succeeded) filter (where channel = 'unionpay'), 0)::integer as unionpay_count,
         sum(round_tickets)::integer as round_tickets, sum(round_fen)::bigint as round_fen
       from by_hour group by 1, 2, 3
     ), succeeded_by_hour as (
       select merchant_id, day, hour, sum(succeeded) as succeeded from by_hour group by 1, 2, 3
     ), hours as (
       select d.merchant_id, d.day, array_agg(coalesce(h.succeeded, 0)::integer order by hr) as hour_counts
       from by_day d cross join generate_series(0, 23) as hr
       left join succeeded_by_hour h on h.merchant_id = d.merchant_id and h.day = d.day and h.hour = hr
       group by d.merchant_id, d.day
     ), upserted as (
       insert into merchant_days (tenant_id, merchant_id, day, payments, succeeded, gross_fen, refunds, refunded_fen,
         alipay_count, wechat_count, unionpay_count, round_tickets, round_fen, hour_counts)
       select tenant_id, merchant_id, day, payments, succeeded, gross_fen, refunds, refunded_fen,
         alipay_count, wechat_count, unionpay_count, round_tickets, round_fen, hour_counts from by_day join hours using (merchant_id, day)
       on conflict (merchant_id, day) do update set
         payments = merchant_days.payments + excluded.payments,
         succeeded = merchant_days.succeeded + excluded.succeeded,
         gross_fen = merchant_days.gross_fen + excluded.gross_fen,
         refunds = merchant_days.refunds + excluded.refunds,
         refunded_fen = merchant_days.refunded_fen + excluded.refunded_fen,
         alipay_count = merchant_days.alipay_count + excluded.alipay_count,
         wechat_count = merchant_days.wechat_count + excluded.wechat_count,
         unionpay_count = merchant_days.unionpay_count + excluded.unionpay_count,
         round_tickets = merchant_days.round_tickets + excluded.round_tickets,
         round_fen = merchant_days.round_fen + excluded.round_fen,
         hour_counts = (select array_agg(a + b order by i) from unnest(merchant_days.hour_counts, excluded.hour_counts) with ordinality as t(a, b, i))
       returning 1
     )
     select (select count(*) from batch) as folded`,
    [limit],
  );
  return Number(rows[0]?.folded ?? 0);
}

export interface MerchantDayRow {
  day: string;
  payments: number;
  succeeded: number;
  gross_fen: string;
  refunds: number;
  refunded_fen: string;
  alipay_count: number;
  wechat_count: number;
  unionpay_count: number;
  hour_counts: number[];
  round_tickets: number;
  round_fen: string;
  trading_minutes: number | null;
  online_trading_minutes: number | null;
}

const dayColumns = `to_char(day, 'YYYY-MM-DD') as day, payments, succeeded, gross_fen, refunds, refunded_fen, alipay_count, wechat_count,
  unionpay_count, hour_counts, round_tickets, round_fen, trading_minutes, online_trading_minutes`;

/** A merchant's days in [from, to] (dates), oldest first; days without a payment are absent. */
export async function merchantDays(db: Queryable, tenantId: string, merchantId: string, from: string, to: string): Promise<MerchantDayRow[]> {
  const { rows } = await db.query<MerchantDayRow>(
    `select ${dayColumns} from merchant_days where tenant_id = $1 and merchant_id = $2 and day between $3::date and $4::date order by day`,
    [tenantId, merchantId, from, to],
  );
  return rows;
}

/** Facts not yet folded: how far behind the rollups are (the metrics, and tests waiting for a fold). */
export async function pendingFacts(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>('select count(*) as n from merchant_day_facts');
  return Number(rows[0]?.n ?? 0);
}

/** The merchant's zone and its today there; undefined when the tenant has no such merchant. */
export async function merchantToday(db: Queryable, tenantId: string, merchantId: string): Promise<{ timezone: string; today: string } | undefined> {
  const { rows } = await db.query<{ timezone: string; today: string }>(
    `select timezone, to_char((now() at time zone timezone)::date, 'YYYY-MM-DD') as today from merchants where tenant_id = $1 and id = $2`,
    [tenantId, merchantId],
  );
  return rows[0];
}
