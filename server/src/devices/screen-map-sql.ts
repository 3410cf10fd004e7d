// SQL of the screen map: the tenant's stores that have a position, each with how
// many of its screens there are and how many are online; and the screens with no
// position to draw (no store, or a store without latitude and longitude).
import type { Queryable } from '../db/database.js';

export interface StorePointRow {
  store_id: string;
  store_name: string;
  merchant_id: string;
  merchant_name: string;
  city: string | null;
  latitude: number;
  longitude: number;
  screens: number;
  online: number;
}

export async function storePoints(db: Queryable, tenantId: string): Promise<StorePointRow[]> {
  const { rows } = await db.query<StorePointRow>(
    `select s.id as store_id, s.name as store_name, m.id as merchant_id, m.name as merchant_name, m.city, s.latitude, s.longitude,
            count(*)::int as screens, count(*) filter (where l.online)::int as online
     from devices d
     join stores s on s.id = d.store_id
     join merchants m on m.id = s.merchant_id
     left join device_live l on l.device_id = d.id
     where d.tenant_id = $1 and d.status <> 'decommissioned' and s.latitude is not null and s.longitude is not null
     group by s.id, m.id`,
    [tenantId],
  );
  return rows;
}

export async function unplacedScreens(db: Queryable, tenantId: string): Promise<{ screens: number; online: number }> {
  const { rows } = await db.query<{ screens: number; online: number }>(
    `select count(*)::int as screens, count(*) filter (where l.online)::int as online
     from devices d
     left join stores s on s.id = d.store_id
     left join device_live l on l.device_id = d.id
     where d.tenant_id = $1 and d.status <> 'decommissioned' and (s.latitude is null or s.longitude is null)`,
    [tenantId],
  );
  return rows[0] ?? { screens: 0, online: 0 };
}
