// SQL of the merchants table.
import type { Queryable } from '../db/database.js';

export interface MerchantRow {
  id: string;
  tenant_id: string;
  name: string;
  acquirer: 'alipay' | 'wechat';
  acquirer_credentials: Uint8Array;
  created_at: Date;
  updated_at: Date;
}

const columns = 'id, tenant_id, name, acquirer, acquirer_credentials, created_at, updated_at';

export async function insertMerchant(db: Queryable, values: { tenantId: string; name: string; acquirer: 'alipay' | 'wechat'; sealedCredentials: Buffer }): Promise<MerchantRow> {
  const { rows } = await db.query<MerchantRow>(
    `insert into merchants (tenant_id, name, acquirer, acquirer_credentials) values ($1, $2, $3, $4) returning ${columns}`,
    [values.tenantId, values.name, values.acquirer, values.sealedCredentials],
  );
  return rows[0]!;
}

/** By id alone: for the payment path, where the tenant comes from the device's own row. */
export async function findMerchantById(db: Queryable, id: string): Promise<MerchantRow | undefined> {
  const { rows } = await db.query<MerchantRow>(`select ${columns} from merchants where id = $1`, [id]);
  return rows[0];
}

export async function findMerchant(db: Queryable, tenantId: string, id: string): Promise<MerchantRow | undefined> {
  const { rows } = await db.query<MerchantRow>(`select ${columns} from merchants where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listMerchants(db: Queryable, tenantId: string, page: { orderBy: string; limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<MerchantRow>(`select ${columns} from merchants where tenant_id = $1 order by ${page.orderBy} limit $2 offset $3`, [tenantId, page.limit, page.offset]),
    db.query<{ total: number }>('select count(*)::int as total from merchants where tenant_id = $1', [tenantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}
