// The proof-of-play writes: set-based, a handful of statements per flush
// whatever the number of records (unnest over parallel arrays).
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Queryable } from '../db/database.js';
import type { CheckedPlay } from './play-proof-check.js';

export interface PendingBatch {
  deviceId: string;
  tenantId: string;
  batchId: string;
  /** Records the screen sent in the batch, garbage included. */
  records: number;
  plays: CheckedPlay[];
}

const key = (deviceId: string, batchId: string) => `${deviceId}\u0000${batchId}`;

/** Records the batches; returns the keys of those not seen before (ON CONFLICT: a redelivered batch is skipped). */
export async function insertBatches(tx: Queryable, batches: PendingBatch[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ device_id: string; batch_id: string }>(
    `insert into ad_play_batches (device_id, batch_id, tenant_id, records)
     select * from unnest($1::text[], $2::text[], $3::uuid[], $4::int[])
     on conflict do nothing
     returning device_id, batch_id`,
    [batches.map((b) => b.deviceId), batches.map((b) => b.batchId), batches.map((b) => b.tenantId), batches.map((b) => b.records)],
  );
  return new Set(rows.map((r) => key(r.device_id, r.batch_id)));
}

export const batchKey = (batch: Pick<PendingBatch, 'deviceId' | 'batchId'>) => key(batch.deviceId, batch.batchId);

/**
 * Why a booked play cannot be billed, decided as it is written (first reason that holds); null: billable. The local
 * day and hour are the screen's merchant's. House plays (no booking) are not sales and carry no reason.
 */
const UNBILLED_REASON = `case
    when u.booking_id is null then null
    when b.state not in ('live', 'completed') then 'booking_not_live'
    when bs.device_id is null then 'screen_not_booked'
    when l.day < b.starts_on or l.day > b.ends_on then 'outside_dates'
    when (b.hours_mask >> l.hour) & 1 = 0 then 'outside_hours'
    when not (u.creative_id = any(b.creative_ids)) then 'creative_not_booked'
    when c.state is distinct from 'approved' then 'creative_not_approved'
    when (b.placement = 'loop') <> (u.trigger = 'loop') then 'wrong_placement'
  end`;

/** Why a play was not billed (ad_plays.unbilled_reason): the reasons above, and over_schedule (markOverSchedule). */
export const UNBILLED_REASONS = ['booking_not_live', 'screen_not_booked', 'outside_dates', 'outside_hours', 'creative_not_booked', 'creative_not_approved', 'wrong_placement', 'over_schedule'] as const;

/**
 * Inserts the plays of new batches in one statement. The merchant comes from
 * the screen; the advertiser from the booking, which must be one of the
 * screen's tenant: a play naming another tenant's (or no existing) booking is
 * left out. Each booked play is judged billable or not (UNBILLED_REASON).
 * Returns the number stored. Start times go as epoch milliseconds (cheaper to
 * send and convert than timestamp text; exact to the millisecond).
 */
export async function insertPlays(tx: Queryable, batches: PendingBatch[]): Promise<number> {
  const count = batches.reduce((n, b) => n + b.plays.length, 0);
  if (count === 0) return 0;
  const tenant: string[] = new Array(count);
  const device: string[] = new Array(count);
  const batchId: string[] = new Array(count);
  const creative: string[] = new Array(count);
  const booking: (string | null)[] = new Array(count);
  const startedMs: number[] = new Array(count);
  const duration: number[] = new Array(count);
  const completed: boolean[] = new Array(count);
  const trigger: string[] = new Array(count);
  let i = 0;
  for (const b of batches) {
    for (const p of b.plays) {
      tenant[i] = b.tenantId;
      device[i] = b.deviceId;
      batchId[i] = b.batchId;
      creative[i] = p.creativeId;
      booking[i] = p.bookingId;
      startedMs[i] = p.startedAtMs;
      duration[i] = p.durationMs;
      completed[i] = p.completed;
      trigger[i] = p.trigger;
      i++;
    }
  }
  const { rowCount } = await tx.query(
    `insert into ad_plays (tenant_id, device_id, merchant_id, creative_id, booking_id, advertiser_id, started_at, duration_ms, completed, trigger, batch_id, unbilled_reason)
     select u.tenant_id, u.device_id, d.merchant_id, u.creative_id, u.booking_id, b.advertiser_id, l.started_at, u.duration_ms, u.completed, u.trigger, u.batch_id, ${UNBILLED_REASON}
       from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::bigint[], $7::int[], $8::bool[], $9::text[])
              as u (tenant_id, device_id, batch_id, creative_id, booking_id, started_ms, duration_ms, completed, trigger)
       join devices d on d.id = u.device_id
       left join ad_bookings b on b.id = u.booking_id and b.tenant_id = u.tenant_id
       left join ad_booking_screens bs on bs.booking_id = b.id and bs.device_id = u.device_id
       left join creatives c on c.id = u.creative_id and c.tenant_id = u.tenant_id and u.booking_id is not null
       left join merchants m on m.id = d.merchant_id and u.booking_id is not null
       cross join lateral (select to_timestamp(u.started_ms / 1000.0) as started_at) t
       -- The local day and hour only for booked plays (house plays are not judged).
       cross join lateral (
         select t.started_at, local::date as day, extract(hour from local)::int as hour
           from (select case when u.booking_id is not null then t.started_at at time zone coalesce(m.timezone, '${FLEET_TIME_ZONE}') end as local) z
       ) l
      where u.booking_id is null or b.id is not null`,
    [tenant, device, batchId, creative, booking, startedMs, duration, completed, trigger],
  );
  return rowCount;
}

/**
 * Plays beyond what the schedule allowed a screen in an hour (its slots in every loop, or the booking's cap on plays
 * per hour) are not billed: within each (booking, screen, hour) the hour's billable plays are counted in start order
 * and those past the cap marked over_schedule. Only the hours the new plays fall in are looked at.
 */
export async function markOverSchedule(tx: Queryable, batches: PendingBatch[]): Promise<void> {
  const groups = new Map<string, [string, string, string, number]>();
  for (const b of batches) {
    for (const p of b.plays) {
      if (!p.bookingId) continue;
      const hour = Math.floor(p.startedAtMs / 3_600_000) * 3_600_000;
      groups.set(`${p.bookingId} ${b.deviceId} ${hour}`, [b.tenantId, p.bookingId, b.deviceId, hour]);
    }
  }
  if (groups.size === 0) return;
  const rows = [...groups.values()];
  await tx.query(
    `with g as (select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[]) as g (tenant_id, booking_id, device_id, hour_ms)),
     ranked as (
       select p.id, row_number() over (partition by p.booking_id, p.device_id, g.hour_ms order by p.started_at, p.id) as n,
              case when b.placement = 'loop' then least(coalesce(b.max_plays_per_hour, 2147483647), coalesce(bs.slots, b.slots_per_loop) * (3600 / coalesce(s.loop_seconds, 60)))
                   else coalesce(b.max_plays_per_hour, 2147483647) end as cap
         from g
         join ad_plays p on p.tenant_id = g.tenant_id and p.booking_id = g.booking_id and p.device_id = g.device_id
                        and p.started_at >= to_timestamp(g.hour_ms / 1000.0) and p.started_at < to_timestamp(g.hour_ms / 1000.0) + interval '1 hour'
                        and p.unbilled_reason is null
         join ad_bookings b on b.id = g.booking_id
         left join ad_booking_screens bs on bs.booking_id = g.booking_id and bs.device_id = g.device_id
         left join ad_settings s on s.tenant_id = g.tenant_id
     )
     update ad_plays set unbilled_reason = 'over_schedule' from ranked r where ad_plays.id = r.id and r.n > r.cap`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
}
