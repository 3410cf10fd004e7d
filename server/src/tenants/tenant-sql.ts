// SQL of the tenants table.
import type { Queryable } from '../db/database.js';

export interface TenantRow {
  id: string;
  name: string;
  is_root: boolean;
  created_at: Date;
}

export async function insertTenant(db: Queryable, name: string): Promise<TenantRow> {
  const { rows } = await db.query<TenantRow>('insert into tenants (name) values ($1) returning id, name, is_root, created_at', [name]);
  return rows[0]!;
}

export async function findTenant(db: Queryable, id: string): Promise<TenantRow | undefined> {
  const { rows } = await db.query<TenantRow>('select id, name, is_root, created_at from tenants where id = $1', [id]);
  return rows[0];
}

/** All tenants (root view) or only `onlyId`. */
export async function listTenants(db: Queryable, page: { orderBy: string; limit: number; offset: number }, onlyId?: string) {
  const where = onlyId ? 'where id = $3' : '';
  const params: unknown[] = [page.limit, page.offset, ...(onlyId ? [onlyId] : [])];
  const countParams = onlyId ? [onlyId] : [];
  const [list, count] = await Promise.all([
    db.query<TenantRow>(`select id, name, is_root, created_at from tenants ${where} order by ${page.orderBy} limit $1 offset $2`, params),
    db.query<{ total: number }>(`select count(*)::int as total from tenants ${onlyId ? 'where id = $1' : ''}`, countParams),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}
