// The proof-of-play report queries: plays, completed plays and play time
// grouped one way, and for bookings what they should have delivered so far.
// Every query starts with the tenant; an advertiser key adds its own id.
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Queryable } from '../db/database.js';
import type { Period } from './report-period.js';

export const GROUP_BYS = ['booking', 'advertiser', 'screen', 'merchant', 'hour'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface ReportFilter {
  tenantId: string;
  period: Period;
  /** An advertiser key's own id (it sees nothing else); null for operators. */
  visibleAdvertiserId: string | null;
  bookingId?: string;
  advertiserId?: string;
}

export interface ReportRow {
  /** The group's key: booking, advertiser, device or merchant id, or the hour (ISO); 'house' / 'unassigned' for plays without one. */
  id: string;
  name: string | null;
  plays: number;
  completedPlays: number;
  playSeconds: number;
  /** Bookings in the loop only: plays their held slots should have given so far in the period. */
  bookedPlays: number | null;
  underDelivered: boolean | null;
  /** Plays kept but not billed (outside the booking's screens, dates, hours, creatives or schedule), and why. */
  unbilledPlays: number;
  unbilledReasons: Record<string, number>;
}

/** Delivered (completed) plays below this share of the booked ones flag the booking. */
const UNDER_DELIVERY_PERCENT = 90;
/** States in which a booking holds its slots and should be playing. */
const DELIVERING_STATES = `('approved', 'live', 'completed')`;

// The group key and its name, per groupBy; only these strings reach the SQL.
const GROUPS: Record<Exclude<GroupBy, 'booking'>, { key: string; name: string; join: string; fallback: string }> = {
  advertiser: { key: 'p.advertiser_id::text', name: 'a.name', join: 'left join advertisers a on a.id = p.advertiser_id', fallback: 'house' },
  screen: { key: 'p.device_id', name: `nullif(d.name, '')`, join: 'left join devices d on d.id = p.device_id', fallback: 'unknown' },
  merchant: { key: 'p.merchant_id::text', name: 'm.name', join: 'left join merchants m on m.id = p.merchant_id', fallback: 'unassigned' },
  hour: { key: `to_char(date_trunc('hour', p.started_at, 'UTC') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:00:00"Z"')`, name: 'null::text', join: '', fallback: '' },
};

const PLAY_FILTER = `p.tenant_id = $1 and p.started_at >= $2 and p.started_at < $3
  and ($4::uuid is null or p.advertiser_id = $4) and ($5::uuid is null or p.booking_id = $5) and ($6::uuid is null or p.advertiser_id = $6)`;

const params = (f: ReportFilter) => [f.tenantId, f.period.from.toISOString(), f.period.to.toISOString(), f.visibleAdvertiserId, f.bookingId ?? null, f.advertiserId ?? null];

interface AggregateRow {
  id: string | null;
  name: string | null;
  plays: number;
  completed_plays: number;
  play_seconds: number;
  unbilled_plays: number;
}

const AGGREGATES = `count(*)::int as plays, (count(*) filter (where p.completed))::int as completed_plays, ((sum(p.duration_ms) + 500) / 1000)::bigint as play_seconds,
  (count(*) filter (where p.unbilled_reason is not null))::int as unbilled_plays`;

/** The unbilled plays of each group by reason (a second, small query: only unbilled plays are read). */
async function unbilledReasons(db: Queryable, key: string, join: string, filter: ReportFilter): Promise<Map<string, Record<string, number>>> {
  const { rows } = await db.query<{ id: string | null; reason: string; n: number }>(
    `select ${key} as id, p.unbilled_reason as reason, count(*)::int as n
       from ad_plays p ${join}
      where ${PLAY_FILTER} and p.unbilled_reason is not null
      group by 1, 2`,
    params(filter),
  );
  const byGroup = new Map<string, Record<string, number>>();
  for (const r of rows) byGroup.set(r.id ?? '', { ...byGroup.get(r.id ?? ''), [r.reason]: r.n });
  return byGroup;
}

export async function playReport(db: Queryable, groupBy: GroupBy, filter: ReportFilter): Promise<ReportRow[]> {
  if (groupBy === 'booking') return bookingReport(db, filter);
  const group = GROUPS[groupBy];
  const { rows } = await db.query<AggregateRow>(
    `select ${group.key} as id, min(${group.name}) as name, ${AGGREGATES}
       from ad_plays p ${group.join}
      where ${PLAY_FILTER}
      group by 1 order by 1 nulls last`,
    params(filter),
  );
  const reasons = await unbilledReasons(db, group.key, group.join, filter);
  return rows.map((r) => ({
    id: r.id ?? group.fallback, name: r.name, plays: r.plays, completedPlays: r.completed_plays, playSeconds: r.play_seconds, bookedPlays: null, underDelivered: null,
    unbilledPlays: r.unbilled_plays, unbilledReasons: reasons.get(r.id ?? '') ?? {},
  }));
}

interface BookingAggregateRow extends AggregateRow {
  placement: 'loop' | 'after_payment' | null;
  booked_plays: number | null;
}

/**
 * Per booking: the plays, and every booking that should have been playing in
 * the period even if it never did (those are the most under-delivered).
 * Booked plays = screens held × slots_per_loop × loops per hour × the hours of
 * its hours_mask that have fully passed within the period and its dates, each
 * screen's hours in its merchant's time zone. Multiplied out before dividing by
 * loop_seconds, so a loop that does not divide the hour is not rounded per hour.
 */
async function bookingReport(db: Queryable, filter: ReportFilter): Promise<ReportRow[]> {
  const { rows } = await db.query<BookingAggregateRow>(
    `with played as (
       select p.booking_id, ${AGGREGATES}
         from ad_plays p
        where ${PLAY_FILTER}
        group by p.booking_id
     ),
     delivering as (
       select b.id from ad_bookings b
        where b.tenant_id = $1 and b.placement = 'loop' and b.state in ${DELIVERING_STATES}
          -- A day's margin each side: the exact hours are counted per time zone below.
          and b.starts_on <= ($3::timestamptz at time zone 'UTC')::date + 1 and b.ends_on >= ($2::timestamptz at time zone 'UTC')::date - 1
          and ($4::uuid is null or b.advertiser_id = $4) and ($5::uuid is null or b.id = $5) and ($6::uuid is null or b.advertiser_id = $6)
     ),
     screens as (
       select s.booking_id, coalesce(m.timezone, '${FLEET_TIME_ZONE}') as tz, count(*)::bigint as screens
         from ad_booking_screens s
         join delivering dv on dv.id = s.booking_id
         join devices d on d.id = s.device_id
         left join merchants m on m.id = d.merchant_id
        where s.tenant_id = $1
        group by 1, 2
     ),
     booked as (
       select sc.booking_id, sum(sc.screens * b.slots_per_loop * hrs.n * 3600 / coalesce(st.loop_seconds, 60))::bigint as booked_plays
         from screens sc
         join ad_bookings b on b.id = sc.booking_id
         left join ad_settings st on st.tenant_id = b.tenant_id
         cross join lateral (
           select count(*)::bigint as n
             from generate_series(b.starts_on::timestamp, b.ends_on::timestamp + interval '23 hours', interval '1 hour') h
            where (b.hours_mask >> extract(hour from h)::int) & 1 = 1
              and (h at time zone sc.tz) >= $2 and (h at time zone sc.tz) + interval '1 hour' <= least($3::timestamptz, now())
         ) hrs
        group by sc.booking_id
     )
     select coalesce(pl.booking_id, dv.id)::text as id, b.name, b.placement,
            coalesce(pl.plays, 0) as plays, coalesce(pl.completed_plays, 0) as completed_plays, coalesce(pl.play_seconds, 0) as play_seconds,
            coalesce(pl.unbilled_plays, 0) as unbilled_plays,
            case when b.placement = 'loop' then coalesce(bk.booked_plays, 0) end as booked_plays
       from played pl
       full join delivering dv on dv.id = pl.booking_id
       left join ad_bookings b on b.id = coalesce(pl.booking_id, dv.id)
       left join booked bk on bk.booking_id = coalesce(pl.booking_id, dv.id)
      order by b.name nulls last, 1`,
    params(filter),
  );
  const reasons = await unbilledReasons(db, 'p.booking_id::text', '', filter);
  return rows.map((r) => ({
    id: r.id ?? 'house',
    unbilledPlays: r.unbilled_plays,
    unbilledReasons: reasons.get(r.id ?? '') ?? {},
    name: r.name,
    plays: r.plays,
    completedPlays: r.completed_plays,
    playSeconds: r.play_seconds,
    bookedPlays: r.booked_plays,
    underDelivered: r.booked_plays === null ? null : r.completed_plays * 100 < r.booked_plays * UNDER_DELIVERY_PERCENT,
  }));
}
