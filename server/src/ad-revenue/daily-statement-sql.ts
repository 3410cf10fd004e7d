// SQL of the daily revenue statements: which day of a tenant closes next, the
// plays it takes (its own, and late ones of days already closed), the units
// it bills, and the closed rows, which are never updated.
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Queryable } from '../db/database.js';
import { toBookingUnits, type BookingUnits, type UnitsRow } from './revenue-sql.js';

/** Tenants with booked plays not yet in a closed statement. */
export async function tenantsWithOpenPlays(db: Queryable): Promise<Array<{ tenant_id: string; zone: string }>> {
  const { rows } = await db.query<{ tenant_id: string; zone: string }>(
    `select t.tenant_id, coalesce(s.statement_timezone, '${FLEET_TIME_ZONE}') as zone
       from (select distinct tenant_id from ad_plays where statement_day is null and booking_id is not null) t
       left join ad_settings s on s.tenant_id = t.tenant_id`,
  );
  return rows;
}

/**
 * The next day to close for the tenant, if it may close now: the earliest day of a play not yet in a statement, but
 * never on or before the last closed day (a late play goes into the next open statement), and only once the day
 * plus `graceMinutes` has passed in `zone`. Dates come back as YYYY-MM-DD text.
 */
export async function nextDayToClose(db: Queryable, tenantId: string, zone: string, graceMinutes: number): Promise<string | undefined> {
  const { rows } = await db.query<{ day: string | null }>(
    `with last as (select max(day) as day from ad_revenue_days where tenant_id = $1)
     select to_char(greatest(min((p.started_at at time zone $2)::date), (select day from last) + 1), 'YYYY-MM-DD') as day
       from ad_plays p
      where p.tenant_id = $1 and p.statement_day is null and p.booking_id is not null
     -- count(*): with no open play the aggregate still gives a row, and greatest() skips the null minimum.
     having count(*) > 0 and greatest(min((p.started_at at time zone $2)::date), (select day from last) + 1)
            < ((now() - make_interval(mins => $3)) at time zone $2)::date`,
    [tenantId, zone, graceMinutes],
  );
  return rows[0]?.day ?? undefined;
}

/** Puts the open booked plays of `day` and before (late ones) into its statement; returns billed, late and unbilled counts. */
export async function assignPlays(db: Queryable, tenantId: string, zone: string, day: string): Promise<{ billed: number; late: number; unbilled: number }> {
  const { rows } = await db.query<{ billed: number; late: number; unbilled: number }>(
    `with taken as (
       update ad_plays set statement_day = $3
        where tenant_id = $1 and statement_day is null and booking_id is not null and (started_at at time zone $2)::date <= $3::date
        returning (started_at at time zone $2)::date < $3::date as late, unbilled_reason is null and completed as billed, unbilled_reason is not null as unbilled)
     select (count(*) filter (where billed))::int as billed, (count(*) filter (where late))::int as late, (count(*) filter (where unbilled))::int as unbilled from taken`,
    [tenantId, zone, day],
  );
  return rows[0]!;
}

/**
 * Per booking and merchant, the units billed in `day`'s statement (inMonth: true) and in the statements before it
 * (inMonth: false, for budgets already spent). A screen-day's slots are billed in the first statement that had a play
 * of it, so plays split between a day and a later statement do not bill the slot twice.
 */
export async function statementUnits(db: Queryable, tenantId: string, zone: string, day: string): Promise<BookingUnits[]> {
  const { rows } = await db.query<UnitsRow>(
    `with booked as (select distinct booking_id from ad_plays where tenant_id = $1 and statement_day = $3::date and booking_id is not null),
     screen_days as (
       select p.booking_id, p.merchant_id, p.device_id, min(p.statement_day) as first_statement,
              count(*) filter (where p.statement_day = $3::date) as plays_in_day, count(*) filter (where p.statement_day < $3::date) as plays_before
         from ad_plays p join booked bd on bd.booking_id = p.booking_id
        where p.tenant_id = $1 and p.completed and p.unbilled_reason is null and p.statement_day <= $3::date
        group by p.booking_id, p.merchant_id, p.device_id, (p.started_at at time zone $2)::date
     ),
     sides as (
       select booking_id, merchant_id, device_id, true as in_day, plays_in_day as plays, first_statement = $3::date as first from screen_days where plays_in_day > 0 or first_statement = $3::date
       union all
       select booking_id, merchant_id, device_id, false, plays_before, first_statement < $3::date from screen_days where plays_before > 0
     )
     select s.booking_id::text, b.name as booking_name, b.pricing, b.price_fen::text, b.budget_fen::text, s.merchant_id::text, s.in_day as in_month,
            sum(s.plays)::text as completed_plays,
            coalesce(sum(coalesce(bs.slots, b.slots_per_loop)) filter (where s.first), 0)::text as slot_days
       from sides s
       join ad_bookings b on b.id = s.booking_id and b.tenant_id = $1
       left join ad_booking_screens bs on bs.booking_id = s.booking_id and bs.device_id = s.device_id
      group by s.booking_id, b.name, b.pricing, b.price_fen, b.budget_fen, s.merchant_id, s.in_day
      order by s.booking_id, s.merchant_id nulls last`,
    [tenantId, zone, day],
  );
  return rows.map(toBookingUnits);
}

export interface RevenueDayRow {
  tenant_id: string;
  day: string;
  closed_at: Date;
  total_fen: string;
  operator_fen: string;
  bank_fen: string;
  merchants_fen: string;
  billed_plays: number;
  late_plays: number;
  unbilled_plays: number;
  statement: Record<string, unknown>;
}

const dayColumns = `tenant_id, to_char(day, 'YYYY-MM-DD') as day, closed_at, total_fen::text, operator_fen::text, bank_fen::text, merchants_fen::text,
  billed_plays, late_plays, unbilled_plays, statement`;

/** Writes a closed day; a second process closing the same day finds it there (the primary key) and writes nothing. */
export async function insertRevenueDay(db: Queryable, row: Omit<RevenueDayRow, 'closed_at'>): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into ad_revenue_days (tenant_id, day, total_fen, operator_fen, bank_fen, merchants_fen, billed_plays, late_plays, unbilled_plays, statement)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing`,
    [row.tenant_id, row.day, row.total_fen, row.operator_fen, row.bank_fen, row.merchants_fen, row.billed_plays, row.late_plays, row.unbilled_plays, row.statement],
  );
  return rowCount === 1;
}

export async function listRevenueDays(db: Queryable, tenantId: string, from: string, to: string): Promise<RevenueDayRow[]> {
  const { rows } = await db.query<RevenueDayRow>(`select ${dayColumns} from ad_revenue_days where tenant_id = $1 and day >= $2::date and day <= $3::date order by day`, [tenantId, from, to]);
  return rows;
}

export async function findRevenueDay(db: Queryable, tenantId: string, day: string): Promise<RevenueDayRow | undefined> {
  const { rows } = await db.query<RevenueDayRow>(`select ${dayColumns} from ad_revenue_days where tenant_id = $1 and day = $2::date`, [tenantId, day]);
  return rows[0];
}
