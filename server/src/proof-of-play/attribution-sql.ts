// Attribution: did payments follow a creative's plays on the same screen more
// often than that screen's payments usually come? Counts and rates only: no
// payer, order number or auth code ever leaves this query.
import type { Queryable } from '../db/database.js';
import type { Period } from './report-period.js';

export interface AttributionFilter {
  tenantId: string;
  period: Period;
  visibleAdvertiserId: string | null;
  bookingId?: string;
  creativeId?: string;
}

export interface AttributionRow {
  creativeId: string;
  creativeName: string | null;
  plays: number;
  screens: number;
  /** Distinct successful payments on the screen within the window after at least one play. */
  attributedPayments: number;
  /** Payments in the window after a play, per play (a payment after two plays counts for both). */
  paymentsPerPlay: number;
  /** The same screens' payments per window of the same length over the whole period, averaged over the plays. */
  baselinePaymentsPerWindow: number;
  /** paymentsPerPlay / baselinePaymentsPerWindow; null without a baseline. */
  lift: number | null;
}

export async function attributionWindowMinutes(db: Queryable, tenantId: string): Promise<number> {
  const { rows } = await db.query<{ minutes: number }>('select attribution_window_minutes as minutes from ad_settings where tenant_id = $1', [tenantId]);
  return rows[0]?.minutes ?? 10;
}

interface Row {
  creative_id: string;
  creative_name: string | null;
  plays: number;
  screens: number;
  attributed_payments: number;
  payments_after_plays: number;
  baseline_sum: number;
}

/**
 * The baseline: each screen's successful payments in the period × window ÷
 * period length, the payments a window of that length holds on average there;
 * summed over the plays it is what the plays would have seen without the ad.
 */
export async function attributionReport(db: Queryable, filter: AttributionFilter, windowMinutes: number): Promise<AttributionRow[]> {
  const periodMs = filter.period.to.getTime() - filter.period.from.getTime();
  const { rows } = await db.query<Row>(
    `with plays as (
       select p.id, p.device_id, p.creative_id, p.started_at
         from ad_plays p
        where p.tenant_id = $1 and p.started_at >= $2 and p.started_at < $3
          and ($4::uuid is null or p.advertiser_id = $4) and ($5::uuid is null or p.booking_id = $5) and ($6::uuid is null or p.creative_id = $6)
     ),
     followed as (
       select pl.id as play_id, pl.creative_id, t.id as tx_id
         from plays pl
         join transactions t on t.device_id = pl.device_id and t.state = 'succeeded'
          and t.paid_at > pl.started_at and t.paid_at <= pl.started_at + make_interval(mins => $7::int)
        where t.tenant_id = $1
     ),
     baseline as (
       select t.device_id, count(*)::float8 * ($7::int * 60000.0)::float8 / $8::float8 as per_window
         from transactions t
        where t.tenant_id = $1 and t.state = 'succeeded' and t.paid_at >= $2 and t.paid_at < $3
          and t.device_id in (select distinct device_id from plays)
        group by t.device_id
     ),
     per_creative as (
       select pl.creative_id, count(*)::int as plays, count(distinct pl.device_id)::int as screens, coalesce(sum(b.per_window), 0)::float8 as baseline_sum
         from plays pl left join baseline b on b.device_id = pl.device_id
        group by pl.creative_id
     ),
     attributed as (
       select creative_id, count(distinct tx_id)::int as attributed_payments, count(*)::int as payments_after_plays
         from followed group by creative_id
     )
     select pc.creative_id::text, c.name as creative_name, pc.plays, pc.screens, pc.baseline_sum,
            coalesce(a.attributed_payments, 0) as attributed_payments, coalesce(a.payments_after_plays, 0) as payments_after_plays
       from per_creative pc
       left join attributed a on a.creative_id = pc.creative_id
       left join creatives c on c.id = pc.creative_id and c.tenant_id = $1
      order by c.name nulls last, 1`,
    [filter.tenantId, filter.period.from.toISOString(), filter.period.to.toISOString(), filter.visibleAdvertiserId, filter.bookingId ?? null, filter.creativeId ?? null, windowMinutes, periodMs],
  );
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  return rows.map((r) => {
    const paymentsPerPlay = r.payments_after_plays / r.plays;
    const baseline = r.baseline_sum / r.plays;
    return {
      creativeId: r.creative_id,
      creativeName: r.creative_name,
      plays: r.plays,
      screens: r.screens,
      attributedPayments: r.attributed_payments,
      paymentsPerPlay: round(paymentsPerPlay),
      baselinePaymentsPerWindow: round(baseline),
      lift: baseline > 0 ? round(paymentsPerPlay / baseline) : null,
    };
  });
}
