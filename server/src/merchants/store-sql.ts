// SQL of the stores table. A store belongs to one merchant of the same tenant.
import type { Queryable } from '../db/database.js';

export interface StoreRow {
  id: string;
  tenant_id: string;
  merchant_id: string;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface StoreFields {
  name?: string;
  address?: string;
  latitude?: number | null;
  longitude?: number | null;
}

const columns = 'id, tenant_id, merchant_id, name, address, latitude, longitude, created_at, updated_at';

/** Undefined when the merchant is not one of the tenant's. */
export async function insertStore(db: Queryable, tenantId: string, merchantId: string, fields: StoreFields): Promise<StoreRow | undefined> {
  const { rows } = await db.query<StoreRow>(
    `insert into stores (tenant_id, merchant_id, name, address, latitude, longitude)
     select tenant_id, id, $3, $4, $5, $6 from merchants where tenant_id = $1 and id = $2
     returning ${columns}`,
    [tenantId, merchantId, fields.name ?? '', fields.address ?? '', fields.latitude ?? null, fields.longitude ?? null],
  );
  return rows[0];
}

export async function findStore(db: Queryable, tenantId: string, id: string): Promise<StoreRow | undefined> {
  const { rows } = await db.query<StoreRow>(`select ${columns} from stores where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export async function updateStore(db: Queryable, tenantId: string, id: string, fields: StoreFields): Promise<StoreRow | undefined> {
  const { rows } = await db.query<StoreRow>(
    `update stores set name = coalesce($3, name), address = coalesce($4, address),
       latitude = case when $5 then $6 else latitude end, longitude = case when $5 then $7 else longitude end, updated_at = now()
     where tenant_id = $1 and id = $2 returning ${columns}`,
    [tenantId, id, fields.name ?? null, fields.address ?? null, 'latitude' in fields || 'longitude' in fields, fields.latitude ?? null, fields.longitude ?? null],
  );
  return rows[0];
}

export async function listStores(db: Queryable, tenantId: string, merchantId: string | undefined, page: { orderBy: string; limit: number; offset: number }) {
  const where = 'tenant_id = $1 and ($2::uuid is null or merchant_id = $2::uuid)';
  const [list, count] = await Promise.all([
    db.query<StoreRow>(`select ${columns} from stores where ${where} order by ${page.orderBy} limit $3 offset $4`, [tenantId, merchantId ?? null, page.limit, page.offset]),
    db.query<{ total: number }>(`select count(*)::int as total from stores where ${where}`, [tenantId, merchantId ?? null]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}
