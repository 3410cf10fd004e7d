// Free loop slots per screen. A booking occupies its slots on its screens in
// every local hour of its hours_mask on every day of its dates, while it is
// held (until the hold expires), pending approval, approved or live. A screen's
// free slots for a request are the loop's slots minus the most any requested
// hour already has booked on overlapping dates (so partly overlapping dates
// count as overlapping: a slot is never sold twice).
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Queryable } from '../db/database.js';
import { targetingCondition, type Targeting } from './targeting.js';

export interface InventoryRequest {
  targeting: Targeting;
  category: string;
  startsOn: string;
  endsOn: string;
  hoursMask: number;
}

/** States in which a booking holds its slots (a `held` one only until hold_expires_at). */
export const OCCUPYING_STATES = `('held', 'pending_approval', 'approved', 'live')`;

/**
 * The matching screens with their free slots, as a CTE-ready query: `matching(device_id)`
 * and `free_slots(device_id, free)`. Parameters: $1 tenant, $2 starts_on, $3 ends_on,
 * $4 hours mask, $5 slots per loop, then the targeting's.
 */
// One conditional sum per hour of the day, in one pass over the held slots (no row per hour).
const HOURLY_SUMS = Array.from({ length: 24 }, (_, h) => `sum(bs.slots) filter (where b.hours & ${1 << h} <> 0)`).join(', ');

function freeSlotsSql(request: InventoryRequest): { sql: string; params: unknown[] } {
  const condition = targetingCondition(request.targeting, request.category, 6);
  const sql = `
    matching as (
      select d.id as device_id from devices d left join merchants m on m.id = d.merchant_id
       where d.tenant_id = $1 and ${condition.sql}
    ),
    overlapping as (
      select id, hours_mask & $4::int as hours from ad_bookings
       where tenant_id = $1 and placement = 'loop' and slots_per_loop > 0
         and state in ${OCCUPYING_STATES} and (state <> 'held' or hold_expires_at > now())
         and starts_on <= $3::date and ends_on >= $2::date and (hours_mask & $4::int) <> 0
    ),
    used as (
      select bs.device_id, greatest(${HOURLY_SUMS}) as used
        from overlapping b
        join ad_booking_screens bs on bs.booking_id = b.id
        join matching t on t.device_id = bs.device_id
       group by bs.device_id
    ),
    free_slots as (
      select t.device_id, $5::int - coalesce(u.used, 0)::int as free
        from matching t left join used u on u.device_id = t.device_id
    )`;
  return { sql, params: condition.params };
}

function baseParams(tenantId: string, request: InventoryRequest, loopSlots: number): unknown[] {
  return [tenantId, request.startsOn, request.endsOn, request.hoursMask, loopSlots];
}

export interface AvailabilityRow {
  matching: number;
  /** Screens with at least the requested slots free. */
  available: number;
  /** Free slot-positions over the matching screens (the most each could still sell). */
  freeSlots: number;
}

export async function availability(db: Queryable, tenantId: string, request: InventoryRequest, loopSlots: number, wantedSlots: number): Promise<AvailabilityRow> {
  const { sql, params } = freeSlotsSql(request);
  const { rows } = await db.query<{ matching: number; available: number; free_slots: number }>(
    `with ${sql}
     select count(*)::int as matching,
            count(*) filter (where free >= $${6 + params.length})::int as available,
            coalesce(sum(greatest(free, 0)), 0)::int as free_slots
       from free_slots`,
    [...baseParams(tenantId, request, loopSlots), ...params, wantedSlots],
  );
  const row = rows[0]!;
  return { matching: row.matching, available: row.available, freeSlots: row.free_slots };
}

/**
 * Holds `slots` on every matching screen that has them free, for `bookingId`.
 * Must run inside the tenant's booking lock (see booking-service.ts). Returns the screens held.
 */
export async function holdFreeSlots(tx: Queryable, tenantId: string, bookingId: string, request: InventoryRequest, loopSlots: number, slots: number): Promise<number> {
  const { sql, params } = freeSlotsSql(request);
  const result = await tx.query(
    `with ${sql}
     insert into ad_booking_screens (booking_id, device_id, tenant_id, slots)
     select $${6 + params.length}::uuid, device_id, $1, $${7 + params.length}::int from free_slots where free >= $${7 + params.length}::int`,
    [...baseParams(tenantId, request, loopSlots), ...params, bookingId, slots],
  );
  return result.rowCount;
}

/** after_payment bookings sell no loop slots: they are shown on every matching screen (slots 0). */
export async function attachMatchingScreens(tx: Queryable, tenantId: string, bookingId: string, request: InventoryRequest): Promise<number> {
  const condition = targetingCondition(request.targeting, request.category, 3);
  const result = await tx.query(
    `insert into ad_booking_screens (booking_id, device_id, tenant_id, slots)
     select $2::uuid, d.id, $1, 0 from devices d left join merchants m on m.id = d.merchant_id
      where d.tenant_id = $1 and ${condition.sql}`,
    [tenantId, bookingId, ...condition.params],
  );
  return result.rowCount;
}

/** Matching screens and their successful payments in the last 7 days inside the amount band and hours (after_payment estimates). */
export async function recentPayments(
  db: Queryable,
  tenantId: string,
  request: InventoryRequest,
  band: { minFen: number; maxFen: number },
): Promise<{ matching: number; paymentsPerDay: number }> {
  const condition = targetingCondition(request.targeting, request.category, 5);
  const { rows } = await db.query<{ matching: number; payments: number }>(
    `with matching as (
       select d.id, coalesce(m.timezone, '${FLEET_TIME_ZONE}') as tz from devices d left join merchants m on m.id = d.merchant_id
        where d.tenant_id = $1 and ${condition.sql})
     select (select count(*) from matching)::int as matching,
            (select count(*) from transactions t join matching s on s.id = t.device_id
              where t.tenant_id = $1 and t.state = 'succeeded' and t.created_at > now() - interval '7 days'
                and t.amount_fen between $2 and $3
                and ($4::int >> extract(hour from t.created_at at time zone s.tz)::int) & 1 = 1)::int as payments`,
    [tenantId, band.minFen, band.maxFen, request.hoursMask, ...condition.params],
  );
  return { matching: rows[0]!.matching, paymentsPerDay: rows[0]!.payments / 7 };
}
