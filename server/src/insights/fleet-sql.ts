// SQL of the bank's questions over the whole fleet: activity by city, district,
// business area and category, growth bands and onboarding cohorts (all from
// merchant_activity, one row per merchant), the activity rate over time (one
// row per closed day), the credit export, and the tenant's thresholds.
import type { Queryable } from '../db/database.js';
import type { InsightSettings } from './insight-settings.js';

/** The registry columns the fleet may be broken down by (never interpolated from a request). */
export const FLEET_DIMENSIONS = { city: 'm.city', district: 'm.district', businessArea: 'm.business_area', category: 'm.merchant_category_code' } as const;
export type FleetDimension = keyof typeof FLEET_DIMENSIONS;

export interface FleetGroupRow {
  key: string | null;
  merchants: string;
  active: string;
  newly_active: string;
  gone_quiet: string;
  takings_30d_fen: string;
}

/** Merchants, active, newly active and gone quiet per value of `by` (all merchants when absent), as of each one's last closed day. */
export async function fleetGroups(db: Queryable, tenantId: string, minPayments: number, by: FleetDimension | undefined): Promise<FleetGroupRow[]> {
  const key = by ? FLEET_DIMENSIONS[by] : 'null::text';
  const { rows } = await db.query<FleetGroupRow>(
    `select ${key} as key, count(*) as merchants,
       count(*) filter (where a.succeeded_30d >= $2) as active,
       count(*) filter (where a.succeeded_30d >= $2 and a.succeeded_prior_30d < $2) as newly_active,
       count(*) filter (where a.succeeded_30d < $2 and a.succeeded_prior_30d >= $2) as gone_quiet,
       coalesce(sum(a.takings_30d_fen), 0) as takings_30d_fen
     from merchants m left join merchant_activity a on a.merchant_id = m.id
     where m.tenant_id = $1 group by 1 order by count(*) desc, 1`,
    [tenantId, minPayments],
  );
  return rows;
}

/** Merchants per growth band: net takings of the last 30 days against the 30 before. */
export async function growthBands(db: Queryable, tenantId: string): Promise<Array<{ band: string; merchants: string }>> {
  const { rows } = await db.query<{ band: string; merchants: string }>(
    `select case
         when coalesce(a.takings_30d_fen, 0) <= 0 and coalesce(a.takings_prior_30d_fen, 0) <= 0 then 'idle'
         when coalesce(a.takings_prior_30d_fen, 0) <= 0 then 'new'
         when a.takings_30d_fen <= 0 then 'stopped'
         when a.takings_30d_fen >= a.takings_prior_30d_fen * 1.2 then 'growing'
         when a.takings_30d_fen <= a.takings_prior_30d_fen * 0.8 then 'shrinking'
         else 'steady' end as band,
       count(*) as merchants
     from merchants m left join merchant_activity a on a.merchant_id = m.id where m.tenant_id = $1 group by 1`,
    [tenantId],
  );
  return rows;
}

/** Merchants and the active among them by the month they joined (China's banks count cohorts by onboarding month). */
export async function onboardingCohorts(db: Queryable, tenantId: string, minPayments: number): Promise<Array<{ month: string; merchants: string; active: string }>> {
  const { rows } = await db.query<{ month: string; merchants: string; active: string }>(
    `select to_char(m.created_at at time zone m.timezone, 'YYYY-MM') as month, count(*) as merchants,
       count(*) filter (where a.succeeded_30d >= $2) as active
     from merchants m left join merchant_activity a on a.merchant_id = m.id where m.tenant_id = $1 group by 1 order by 1`,
    [tenantId, minPayments],
  );
  return rows;
}

/** The day the figures stand at (the last closed), or null before the first close. */
export async function lastClosedDay(db: Queryable, tenantId: string): Promise<string | null> {
  const { rows } = await db.query<{ day: string | null }>(`select to_char(max(day), 'YYYY-MM-DD') as day from fleet_activity_days where tenant_id = $1`, [tenantId]);
  return rows[0]?.day ?? null;
}

export interface FleetDayRow {
  day: string;
  merchants: number;
  active: number;
  newly_active: number;
  gone_quiet: number;
  active_min_payments: number;
}

/** The closed days in [from, to], oldest first. */
export async function fleetHistory(db: Queryable, tenantId: string, from: string, to: string): Promise<FleetDayRow[]> {
  const { rows } = await db.query<FleetDayRow>(
    `select to_char(day, 'YYYY-MM-DD') as day, merchants, active, newly_active, gone_quiet, active_min_payments
     from fleet_activity_days where tenant_id = $1 and day between $2::date and $3::date order by day`,
    [tenantId, from, to],
  );
  return rows;
}

export interface CreditMonthRow {
  merchant_id: string;
  name: string;
  city: string | null;
  district: string | null;
  business_area: string | null;
  merchant_category_code: string | null;
  turnover_fen: string;
  /** Sum of the squares of the daily net takings, for the coefficient of variation. */
  turnover_squares: string;
  active_days: string;
  last_year_turnover_fen: string | null;
}

/**
 * Per consenting merchant, the month [from, to) and the same month a year before: net takings, days with a
 * successful payment, and the sum of squares of daily net takings. Merchants without consent are not read.
 */
export async function creditMonths(db: Queryable, tenantId: string, from: string, to: string): Promise<CreditMonthRow[]> {
  const { rows } = await db.query<CreditMonthRow>(
    `select m.id as merchant_id, m.name, m.city, m.district, m.business_area, m.merchant_category_code,
       coalesce(sum(d.gross_fen - d.refunded_fen) filter (where d.day >= $2::date), 0) as turnover_fen,
       coalesce(sum((d.gross_fen - d.refunded_fen)::numeric ^ 2) filter (where d.day >= $2::date), 0) as turnover_squares,
       count(*) filter (where d.day >= $2::date and d.succeeded > 0) as active_days,
       sum(d.gross_fen - d.refunded_fen) filter (where d.day < $3::date - interval '1 year') as last_year_turnover_fen
     from merchants m
     left join merchant_days d on d.merchant_id = m.id
       and ((d.day >= $2::date and d.day < $3::date) or (d.day >= $2::date - interval '1 year' and d.day < $3::date - interval '1 year'))
     where m.tenant_id = $1 and m.credit_consent
     group by m.id order by m.name, m.id`,
    [tenantId, from, to],
  );
  return rows;
}

/** The tenant's stored thresholds, or undefined when it keeps the defaults. */
export async function storedSettings(db: Queryable, tenantId: string): Promise<Partial<InsightSettings> | undefined> {
  const { rows } = await db.query<{ settings: Partial<InsightSettings> }>('select settings from insight_settings where tenant_id = $1', [tenantId]);
  return rows[0]?.settings;
}

export async function saveSettings(db: Queryable, tenantId: string, settings: InsightSettings): Promise<void> {
  await db.query(
    `insert into insight_settings (tenant_id, settings) values ($1, $2)
     on conflict (tenant_id) do update set settings = excluded.settings, updated_at = now()`,
    [tenantId, JSON.stringify(settings)],
  );
}
