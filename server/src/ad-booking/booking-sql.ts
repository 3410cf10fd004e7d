// Rows of ad_bookings: insert, read, list, and the state changes of the lifecycle.
import type { Queryable } from '../db/database.js';
import type { Targeting } from './targeting.js';

export type BookingState = 'held' | 'pending_approval' | 'approved' | 'live' | 'completed' | 'cancelled';

export interface BookingRow {
  id: string;
  tenant_id: string;
  advertiser_id: string;
  name: string;
  placement: 'loop' | 'after_payment';
  targeting: Targeting;
  category: string;
  starts_on: string;
  ends_on: string;
  hours_mask: number;
  slots_per_loop: number;
  max_plays_per_hour: number | null;
  trigger_min_amount_fen: number | null;
  trigger_max_amount_fen: number | null;
  trigger_merchant_categories: string[];
  creative_ids: string[];
  pricing: 'slot_day' | 'cpm';
  price_fen: number;
  budget_fen: number | null;
  state: BookingState;
  hold_expires_at: Date | null;
  screen_count: number;
  cancel_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

// Dates as ISO text: a `date` is a calendar day, not an instant.
const COLUMNS = `id, tenant_id, advertiser_id, name, placement, targeting, category, starts_on::text, ends_on::text, hours_mask,
  slots_per_loop, max_plays_per_hour, trigger_min_amount_fen, trigger_max_amount_fen, trigger_merchant_categories,
  creative_ids::text[] as creative_ids, pricing, price_fen, budget_fen, state, hold_expires_at, screen_count, cancel_reason, created_at, updated_at`;

export type NewBooking = Omit<BookingRow, 'id' | 'state' | 'hold_expires_at' | 'screen_count' | 'cancel_reason' | 'created_at' | 'updated_at'>;

export async function insertBooking(tx: Queryable, booking: NewBooking, holdSeconds: number): Promise<BookingRow> {
  const { rows } = await tx.query<BookingRow>(
    `insert into ad_bookings (tenant_id, advertiser_id, name, placement, targeting, category, starts_on, ends_on, hours_mask, slots_per_loop,
       max_plays_per_hour, trigger_min_amount_fen, trigger_max_amount_fen, trigger_merchant_categories, creative_ids, pricing, price_fen, budget_fen,
       hold_expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::uuid[], $16, $17, $18, now() + make_interval(secs => $19))
     returning ${COLUMNS}`,
    [
      booking.tenant_id, booking.advertiser_id, booking.name, booking.placement, JSON.stringify(booking.targeting), booking.category,
      booking.starts_on, booking.ends_on, booking.hours_mask, booking.slots_per_loop, booking.max_plays_per_hour,
      booking.trigger_min_amount_fen, booking.trigger_max_amount_fen, booking.trigger_merchant_categories, booking.creative_ids,
      booking.pricing, booking.price_fen, booking.budget_fen, holdSeconds,
    ],
  );
  return rows[0]!;
}

export async function setScreenCount(tx: Queryable, id: string, screens: number): Promise<BookingRow> {
  const { rows } = await tx.query<BookingRow>(`update ad_bookings set screen_count = $2 where id = $1 returning ${COLUMNS}`, [id, screens]);
  return rows[0]!;
}

/** `advertiserId` null: any advertiser of the tenant (an operator asking). */
export async function findBooking(db: Queryable, tenantId: string, id: string, advertiserId: string | null): Promise<BookingRow | undefined> {
  const { rows } = await db.query<BookingRow>(
    `select ${COLUMNS} from ad_bookings where tenant_id = $1 and id = $2 and ($3::uuid is null or advertiser_id = $3)`,
    [tenantId, id, advertiserId],
  );
  return rows[0];
}

export async function listBookings(
  db: Queryable,
  tenantId: string,
  filter: { advertiserId: string | null; state?: string; q?: string },
  page: { orderBy: string; limit: number; offset: number },
): Promise<{ rows: BookingRow[]; total: number }> {
  const where = `tenant_id = $1 and ($2::uuid is null or advertiser_id = $2) and ($3::text is null or state = $3) and ($4::text is null or name ilike '%' || $4 || '%')`;
  const params = [tenantId, filter.advertiserId, filter.state ?? null, filter.q ?? null];
  const [{ rows }, count] = [
    await db.query<BookingRow>(`select ${COLUMNS} from ad_bookings where ${where} order by ${page.orderBy} limit ${page.limit} offset ${page.offset}`, params),
    await db.query<{ total: number }>(`select count(*)::int as total from ad_bookings where ${where}`, params),
  ];
  return { rows, total: count.rows[0]!.total };
}

/**
 * Moves a booking from one of `from` to `to`; undefined when it was in none of
 * them (someone else moved it first, or the hold expired).
 */
export async function transition(
  db: Queryable,
  tenantId: string,
  id: string,
  from: BookingState[],
  to: BookingState,
  reason: string | null = null,
): Promise<BookingRow | undefined> {
  const { rows } = await db.query<BookingRow>(
    `update ad_bookings set state = $4, cancel_reason = coalesce($5, cancel_reason), updated_at = now(),
            hold_expires_at = case when $4 = 'held' then hold_expires_at else null end
      where tenant_id = $1 and id = $2 and state = any($3::text[]) and (state <> 'held' or hold_expires_at > now())
     returning ${COLUMNS}`,
    [tenantId, id, from, to, reason],
  );
  return rows[0];
}

export async function setCreatives(db: Queryable, tenantId: string, id: string, creativeIds: string[]): Promise<BookingRow | undefined> {
  const { rows } = await db.query<BookingRow>(
    `update ad_bookings set creative_ids = $3::uuid[], updated_at = now()
      where tenant_id = $1 and id = $2 and state not in ('completed', 'cancelled') returning ${COLUMNS}`,
    [tenantId, id, creativeIds],
  );
  return rows[0];
}

/** Creative ids among `ids` that are not the advertiser's, or were rejected. */
export async function unusableCreatives(db: Queryable, tenantId: string, advertiserId: string, ids: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select x.id from unnest($3::uuid[]) as x (id)
      where not exists (select 1 from creatives c where c.tenant_id = $1 and c.advertiser_id = $2 and c.id = x.id and c.state <> 'rejected')`,
    [tenantId, advertiserId, ids],
  );
  return rows.map((r) => r.id);
}

export async function bookingScreens(db: Queryable, tenantId: string, id: string, page: { limit: number; offset: number }) {
  const { rows } = await db.query<{ device_id: string; slots: number; total: number }>(
    `select device_id, slots, count(*) over ()::int as total from ad_booking_screens
      where tenant_id = $1 and booking_id = $2 order by device_id limit $3 offset $4`,
    [tenantId, id, page.limit, page.offset],
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

/** The lifecycle's clock: lapsed holds, bookings starting or ending today (in `timeZone`). Returns the ids changed, by new state. */
export async function advanceLifecycle(db: Queryable, timeZone: string): Promise<Array<{ id: string; tenant_id: string; state: BookingState }>> {
  const { rows } = await db.query<{ id: string; tenant_id: string; state: BookingState }>(
    `with today as (select (now() at time zone $1)::date as d)
     update ad_bookings b set
        state = case
          when b.state = 'held' then 'cancelled'
          when b.ends_on < today.d then 'completed'
          else 'live' end,
        cancel_reason = case when b.state = 'held' then 'the hold expired before the booking was submitted' else b.cancel_reason end,
        hold_expires_at = null,
        updated_at = now()
       from today
      where (b.state = 'held' and b.hold_expires_at <= now())
         or (b.state in ('approved', 'live') and b.ends_on < today.d)
         or (b.state = 'approved' and b.starts_on <= today.d)
     returning b.id, b.tenant_id, b.state`,
    [timeZone],
  );
  return rows;
}
