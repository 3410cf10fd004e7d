// Everything the compiler needs for a chunk of screens, in a few set-based
// queries: the screens and their merchants, the bookings running around now
// with their approved creatives, which of those each screen holds, the fillers
// (house and cross-promotion creatives), and the creatives' media.
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Queryable } from '../db/database.js';

export interface ScreenInput {
  id: string;
  merchantId: string | null;
  businessArea: string | null;
  mcc: string | null;
  timeZone: string;
  blockedCategories: string[];
}

export interface BookingInput {
  id: string;
  placement: 'loop' | 'after_payment';
  category: string;
  startsOn: string;
  endsOn: string;
  hoursMask: number;
  maxPlaysPerHour: number | null;
  triggerMinFen: number | null;
  triggerMaxFen: number | null;
  triggerCategories: string[];
  /** Approved creatives only, in the booking's order. */
  creativeIds: string[];
  createdAt: Date;
}

export interface FillerInput {
  creativeId: string;
  category: string;
  /** Set for a cross-promotion: the promoted merchant and its business area. */
  promotedMerchantId: string | null;
  businessArea: string | null;
}

export interface CreativeInput {
  id: string;
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  durationMs: number;
}

export interface ChunkInputs {
  screens: ScreenInput[];
  bookings: Map<string, BookingInput>;
  /** Screen id → [booking id, slots held]. */
  held: Map<string, Array<[string, number]>>;
  fillers: FillerInput[];
  creatives: Map<string, CreativeInput>;
}

export async function loadChunkInputs(db: Queryable, tenantId: string, deviceIds: string[]): Promise<ChunkInputs> {
  const screens = await db.query<{ id: string; merchant_id: string | null; business_area: string | null; mcc: string | null; tz: string; blocked: string[] }>(
    `select d.id, d.merchant_id, m.business_area, m.merchant_category_code as mcc, coalesce(m.timezone, '${FLEET_TIME_ZONE}') as tz,
            coalesce(m.ad_blocked_categories, '{}') as blocked
       from unnest($2::text[]) as x (id)
       join devices d on d.id = x.id
       left join merchants m on m.id = d.merchant_id
      where d.tenant_id = $1 and d.status = 'active'`,
    [tenantId, deviceIds],
  );
  // Bookings that may run in the next 24 hours anywhere (a day of slack on either side for time zones).
  const bookings = await db.query<{
    id: string; placement: 'loop' | 'after_payment'; category: string; starts_on: string; ends_on: string; hours_mask: number;
    max_plays_per_hour: number | null; trigger_min_amount_fen: number | null; trigger_max_amount_fen: number | null;
    trigger_merchant_categories: string[]; creative_ids: string[]; created_at: Date;
  }>(
    `select b.id, b.placement, b.category, b.starts_on::text, b.ends_on::text, b.hours_mask, b.max_plays_per_hour,
            b.trigger_min_amount_fen, b.trigger_max_amount_fen, b.trigger_merchant_categories, b.created_at,
            array(select c.id::text from unnest(b.creative_ids) with ordinality as x (id, n)
                    join creatives c on c.id = x.id and c.state = 'approved' order by x.n) as creative_ids
       from ad_bookings b
      where b.tenant_id = $1 and b.state in ('approved', 'live')
        and b.starts_on <= current_date + 2 and b.ends_on >= current_date - 1`,
    [tenantId],
  );
  const bookingIds = bookings.rows.map((b) => b.id);
  const held = await db.query<{ device_id: string; booking_id: string; slots: number }>(
    // Joins on unnest rather than "= any(array)": with thousands of ids, any() is a scan of the array per row.
    `select bs.device_id, bs.booking_id, bs.slots
       from unnest($2::text[]) as x (id)
       join ad_booking_screens bs on bs.device_id = x.id
      where bs.booking_id in (select unnest($1::uuid[]))`,
    [bookingIds, deviceIds],
  );
  const fillers = await db.query<{ id: string; category: string; promoted_merchant_id: string | null; business_area: string | null }>(
    `select c.id, c.category, c.promoted_merchant_id, m.business_area from creatives c left join merchants m on m.id = c.promoted_merchant_id
      where c.tenant_id = $1 and c.advertiser_id is null and c.state = 'approved' order by c.created_at, c.id`,
    [tenantId],
  );
  const creativeIds = [...new Set([...bookings.rows.flatMap((b) => b.creative_ids), ...fillers.rows.map((f) => f.id)])];
  const creatives = await db.query<{ id: string; sha256: string; media_type: string; size_bytes: number; duration_ms: number }>(
    `select c.id, c.sha256, c.media_type, c.size_bytes, c.duration_ms from creatives c where c.id in (select unnest($1::uuid[])) and c.sha256 is not null`,
    [creativeIds],
  );

  const heldByScreen = new Map<string, Array<[string, number]>>();
  for (const row of held.rows) {
    const list = heldByScreen.get(row.device_id) ?? [];
    list.push([row.booking_id, row.slots]);
    heldByScreen.set(row.device_id, list);
  }
  return {
    screens: screens.rows.map((s) => ({ id: s.id, merchantId: s.merchant_id, businessArea: s.business_area, mcc: s.mcc, timeZone: s.tz, blockedCategories: s.blocked })),
    bookings: new Map(
      bookings.rows.map((b) => [
        b.id,
        {
          id: b.id, placement: b.placement, category: b.category, startsOn: b.starts_on, endsOn: b.ends_on, hoursMask: b.hours_mask,
          maxPlaysPerHour: b.max_plays_per_hour, triggerMinFen: b.trigger_min_amount_fen, triggerMaxFen: b.trigger_max_amount_fen,
          triggerCategories: b.trigger_merchant_categories, creativeIds: b.creative_ids, createdAt: b.created_at,
        },
      ]),
    ),
    held: heldByScreen,
    fillers: fillers.rows.map((f) => ({ creativeId: f.id, category: f.category, promotedMerchantId: f.promoted_merchant_id, businessArea: f.business_area })),
    creatives: new Map(creatives.rows.map((c) => [c.id, { id: c.id, sha256: c.sha256, mediaType: c.media_type, sizeBytes: c.size_bytes, durationMs: c.duration_ms }])),
  };
}
