// Seeds an ad market onto a seeded fleet (fleet-seed.ts: merchants spread over
// 40 business areas "Area 0".."Area 39"): advertisers,
// approved creatives, house and cross-promotion creatives, and live bookings
// holding slots the way the booking API would have left them (at most the
// loop's 6 slots per screen). Booking b runs in area b % 40 on the tenth of its
// screens picked by a hash of the screen id, so each loop booking holds one slot
// on about devices / 400 screens and each screen carries five; one booking in
// twenty is an after_payment one instead. Dayparts and frequency caps vary.
import type { Database } from '../../src/db/database.js';

export interface AdsSeed {
  bookings: string[];
  advertiserCategories: string[];
}

const categories = ['beverage', 'telecom', 'insurance', 'snacks', 'travel', 'auto', 'education', 'games'];

export async function seedAds(db: Database, tenantId: string, options: { bookings: number; advertisers: number }): Promise<AdsSeed> {
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into advertisers (tenant_id, name, category)
       select $1, 'Bench advertiser ' || a, ($2::text[])[1 + a % cardinality($2::text[])] from generate_series(0, $3::int - 1) a`,
      [tenantId, categories, options.advertisers],
    );
    // One approved creative per booking, plus 10 house creatives and 200 cross-promotions.
    await tx.query(
      `insert into creatives (tenant_id, advertiser_id, name, category, state, media_type, size_bytes, sha256, width, height, duration_ms)
       select $1, a.id, 'Bench creative ' || b, a.category, 'approved', 'video/mp4', 2000000, encode(sha256(('c' || b)::bytea), 'hex'), 1280, 720, 10000
         from generate_series(0, $2::int - 1) b
         join (select id, category, row_number() over (order by name) - 1 as n from advertisers where tenant_id = $1) a on a.n = b % $3`,
      [tenantId, options.bookings, options.advertisers],
    );
    await tx.query(
      `insert into creatives (tenant_id, name, category, state, media_type, size_bytes, sha256, width, height, duration_ms)
       select $1, 'House ' || h, 'house', 'approved', 'image/png', 300000, encode(sha256(('h' || h)::bytea), 'hex'), 1280, 720, 10000 from generate_series(0, 9) h`,
      [tenantId],
    );
    await tx.query(
      `insert into creatives (tenant_id, promoted_merchant_id, name, category, state, media_type, size_bytes, sha256, width, height, duration_ms)
       select $1, m.id, 'Visit ' || m.name, 'local', 'approved', 'image/png', 300000, encode(sha256(('x' || m.id)::bytea), 'hex'), 1280, 720, 10000
         from (select id, name from merchants where tenant_id = $1 order by name limit 200) m`,
      [tenantId],
    );
    // Merchants in one of every 50 block beverage ads at their counters.
    await tx.query(`update merchants set ad_blocked_categories = '{beverage}' where tenant_id = $1 and (hashtext(id::text) % 50) = 0`, [tenantId]);
    await tx.query(
      `insert into ad_bookings (tenant_id, advertiser_id, name, placement, targeting, category, starts_on, ends_on, hours_mask, slots_per_loop,
                                max_plays_per_hour, trigger_min_amount_fen, trigger_max_amount_fen, creative_ids, pricing, price_fen, state, screen_count)
       select $1, c.advertiser_id, 'Bench booking ' || b, case when b % 20 = 19 then 'after_payment' else 'loop' end,
              jsonb_build_object('businessAreas', jsonb_build_array('Area ' || (b % 40))), c.category,
              current_date - 1, current_date + 30,
              case b % 3 when 0 then 16777215 when 1 then (1 << 7) | (1 << 8) | (1 << 9) | (1 << 11) | (1 << 12) | (1 << 13) else 8257536 end,
              case when b % 20 = 19 then 0 else 1 end,
              case when b % 4 = 0 then 20 end,
              case when b % 20 = 19 then (b % 3) * 5000 end, case when b % 20 = 19 then (b % 3) * 5000 + 4999 end,
              array[c.id], case when b % 2 = 0 then 'slot_day' else 'cpm' end, 200 + b % 300, 'live', 0
         from generate_series(0, $2::int - 1) b
         join (select id, advertiser_id, category, row_number() over (order by name) - 1 as n from creatives where tenant_id = $1 and advertiser_id is not null) c on c.n = b`,
      [tenantId, options.bookings],
    );
    // The screens each booking targets: its business area, one tenth of them.
    await tx.query(
      `with b as (select id, (substring(name from 15))::int as n, slots_per_loop from ad_bookings where tenant_id = $1),
            d as (select d.id, m.business_area, abs(hashtext(d.id)) % 10 as tenth from devices d join merchants m on m.id = d.merchant_id where d.tenant_id = $1)
       insert into ad_booking_screens (booking_id, device_id, tenant_id, slots)
       select b.id, d.id, $1, b.slots_per_loop from b join d on d.business_area = 'Area ' || (b.n % 40) and d.tenth = (b.n / 40) % 10`,
      [tenantId],
    );
    await tx.query(`update ad_bookings b set screen_count = (select count(*) from ad_booking_screens s where s.booking_id = b.id) where tenant_id = $1`, [tenantId]);
  });
  await db.exec('analyze');
  const { rows } = await db.query<{ id: string }>(`select id from ad_bookings where tenant_id = $1 and placement = 'loop' order by name`, [tenantId]);
  return { bookings: rows.map((r) => r.id), advertiserCategories: categories };
}
