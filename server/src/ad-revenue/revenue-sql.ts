// What the month's statement is computed from: per booking and merchant, the
// billable units (completed plays; screen-day slots) in the month and before
// it; only billable plays (ad_plays.unbilled_reason null) count. Days and months are the screen's local ones (its merchant's time zone),
// as the merchant's own accounts would count them.
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Queryable } from '../db/database.js';
import type { Pricing } from './revenue-split.js';

export interface BookingUnits {
  bookingId: string;
  bookingName: string;
  pricing: Pricing;
  priceFen: bigint;
  budgetFen: bigint | null;
  merchantId: string | null;
  inMonth: boolean;
  completedPlays: bigint;
  /** Σ over the screen-days with at least one completed play of the slots held on that screen. */
  slotDays: bigint;
}

/** A row of billable units as the statement queries return them (sums as text). */
export interface UnitsRow {
  booking_id: string;
  booking_name: string;
  pricing: Pricing;
  price_fen: string;
  budget_fen: string | null;
  merchant_id: string | null;
  in_month: boolean;
  completed_plays: string;
  slot_days: string;
}

/**
 * `monthStart` and `nextMonthStart` are dates (YYYY-MM-DD). Only bookings with
 * a completed play near the month are read; their history before it is read
 * too, for the budget already spent. Sums come back as text and become bigint.
 */
export async function bookingUnits(db: Queryable, tenantId: string, monthStart: string, nextMonthStart: string): Promise<BookingUnits[]> {
  const { rows } = await db.query<UnitsRow>(
    `with booked as (
       -- Two days' margin each side: the exact local day is decided below.
       select distinct p.booking_id
         from ad_plays p
        where p.tenant_id = $1 and p.booking_id is not null and p.completed and p.unbilled_reason is null
          and p.started_at >= ($2::date - 2)::timestamp at time zone 'UTC' and p.started_at < ($3::date + 2)::timestamp at time zone 'UTC'
     ),
     screen_days as (
       select p.booking_id, p.merchant_id, p.device_id, (p.started_at at time zone coalesce(m.timezone, '${FLEET_TIME_ZONE}'))::date as day, count(*) as completed_plays
         from ad_plays p
         join booked bd on bd.booking_id = p.booking_id
         left join merchants m on m.id = p.merchant_id
        where p.tenant_id = $1 and p.completed and p.unbilled_reason is null and p.started_at < ($3::date + 2)::timestamp at time zone 'UTC'
        group by 1, 2, 3, 4
     )
     select sd.booking_id::text, b.name as booking_name, b.pricing, b.price_fen::text, b.budget_fen::text, sd.merchant_id::text,
            sd.day >= $2::date as in_month,
            sum(sd.completed_plays)::text as completed_plays,
            sum(coalesce(bs.slots, b.slots_per_loop))::text as slot_days
       from screen_days sd
       join ad_bookings b on b.id = sd.booking_id and b.tenant_id = $1
       left join ad_booking_screens bs on bs.booking_id = sd.booking_id and bs.device_id = sd.device_id
      where sd.day < $3::date
      group by sd.booking_id, b.name, b.pricing, b.price_fen, b.budget_fen, sd.merchant_id, in_month
      order by sd.booking_id, sd.merchant_id nulls last`,
    [tenantId, monthStart, nextMonthStart],
  );
  return rows.map(toBookingUnits);
}

/** Sums come back as text and become bigint. */
export const toBookingUnits = (r: UnitsRow): BookingUnits => ({
  bookingId: r.booking_id,
  bookingName: r.booking_name,
  pricing: r.pricing,
  priceFen: BigInt(r.price_fen),
  budgetFen: r.budget_fen === null ? null : BigInt(r.budget_fen),
  merchantId: r.merchant_id,
  inMonth: r.in_month,
  completedPlays: BigInt(r.completed_plays),
  slotDays: BigInt(r.slot_days),
});

export async function merchantNames(db: Queryable, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; name: string }>('select id, name from merchants where tenant_id = $1 and id = any($2::uuid[])', [tenantId, ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
