// A fleet for map and console tests, written straight into the database: one
// merchant per city (through the API), stores spread around each city centre and
// screens at them, every `onlineEvery`th one online. The screens hold credentials
// nobody knows: they are never meant to connect, only to be counted and drawn.
import type { Queryable } from '../../src/db/database.js';
import type { ApiClient } from './api-client.js';

export const MAP_CITIES = [
  { city: '杭州', latitude: 30.27, longitude: 120.16 },
  { city: '上海', latitude: 31.23, longitude: 121.47 },
  { city: '北京', latitude: 39.9, longitude: 116.4 },
  { city: '广州', latitude: 23.13, longitude: 113.26 },
  { city: '成都', latitude: 30.57, longitude: 104.07 },
  { city: '西安', latitude: 34.34, longitude: 108.94 },
] as const;

export interface MapFleet {
  screens: number;
  online: number;
  stores: number;
  /** Per city: its merchant, and its screens and online counts. */
  cities: Map<string, { merchantId: string; screens: number; online: number }>;
}

export async function seedMapFleet(
  db: Queryable,
  /** Who creates the merchants through the hub (a test's ApiClient, or the console benchmark's). */
  admin: Pick<ApiClient, 'createMerchant'>,
  tenantId: string,
  options: { screens: number; storesPerCity: number; onlineEvery: number; prefix: string; /** The hub process the online ones are held by (else its presence sweeper takes them offline). */ instanceId: string },
): Promise<MapFleet> {
  const { screens, storesPerCity, onlineEvery, prefix, instanceId } = options;
  const fleet: MapFleet = { screens, online: 0, stores: MAP_CITIES.length * storesPerCity, cities: new Map() };
  for (const [c, place] of MAP_CITIES.entries()) {
    const merchant = await admin.createMerchant({ name: `${place.city}连锁超市`, city: place.city });
    // Stores on a deterministic scatter within about 15 km of the centre.
    await db.query(
      `insert into stores (tenant_id, merchant_id, name, address, latitude, longitude)
       select $1, $2, $3 || '店' || i, '', $4 + 0.12 * sin(i * 12.9898 + $6), $5 + 0.14 * cos(i * 78.233 + $6)
       from generate_series(1, $7::int) i`,
      [tenantId, merchant.id, place.city, place.latitude, place.longitude, c, storesPerCity],
    );
    fleet.cities.set(place.city, { merchantId: merchant.id, screens: 0, online: 0 });
  }
  // Screen n stands in city n mod 6, at that city's store (n / 6) mod storesPerCity.
  const merchantIds = [...fleet.cities.values()].map((c) => c.merchantId);
  await db.query(
    `with numbered as (
       select st.id, st.merchant_id, array_position($4::uuid[], st.merchant_id) - 1 as c,
              row_number() over (partition by st.merchant_id order by st.id) - 1 as k
       from stores st where st.tenant_id = $1 and st.merchant_id = any($4::uuid[])
     ), placed as (
       select n, s.id as store_id, s.merchant_id from generate_series(0, $3::int - 1) n
       join numbered s on s.c = n % $5 and s.k = (n / $5) % $6
     ), d as (
       insert into devices (id, tenant_id, name, secret_hash, payment_key, merchant_id, store_id)
       select $2 || n, $1, '屏幕 ' || n, '\\x00', '\\x00', merchant_id, store_id from placed
       returning id, tenant_id
     )
     insert into device_live (device_id, tenant_id, online, connected_instance, last_seen_at)
     select id, tenant_id, (substr(id, length($2) + 1)::int % $7) = 0, $8, now() from d`,
    [tenantId, prefix, screens, merchantIds, MAP_CITIES.length, storesPerCity, onlineEvery, instanceId],
  );
  for (let n = 0; n < screens; n++) {
    const city = fleet.cities.get(MAP_CITIES[n % MAP_CITIES.length]!.city)!;
    city.screens++;
    if (n % onlineEvery === 0) {
      city.online++;
      fleet.online++;
    }
  }
  return fleet;
}
