// SQL of advertisers and their API keys. Keys are stored as the SHA-256 of
// their secret only; every statement is scoped to a tenant, but the lookup of a
// presented key, which is how its tenant becomes known.
import type { Queryable } from '../db/database.js';
import type { AdScope } from './advertiser-auth.js';

export interface AdvertiserRow {
  id: string;
  tenant_id: string;
  name: string;
  category: string;
  contact_email: string | null;
  disabled: boolean;
  created_at: Date;
}

export interface ApiKeyRow {
  id: string;
  tenant_id: string;
  advertiser_id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Never the secret hash: nothing reads it back but the authenticator. */
const keyColumns = 'id, tenant_id, advertiser_id, name, scopes, created_at, last_used_at, revoked_at';

export async function insertAdvertiser(db: Queryable, tenantId: string, values: { name: string; category: string; contactEmail: string | null }): Promise<AdvertiserRow> {
  const { rows } = await db.query<AdvertiserRow>(
    `insert into advertisers (tenant_id, name, category, contact_email) values ($1, $2, $3, $4) returning *`,
    [tenantId, values.name, values.category, values.contactEmail],
  );
  return rows[0]!;
}

export async function findAdvertiser(db: Queryable, tenantId: string, id: string): Promise<AdvertiserRow | undefined> {
  const { rows } = await db.query<AdvertiserRow>(`select * from advertisers where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export interface AdvertiserFilter {
  q?: string;
  category?: string;
  disabled?: boolean;
}

export async function listAdvertisers(
  db: Queryable,
  tenantId: string,
  filter: AdvertiserFilter,
  page: { orderBy: string; limit: number; offset: number },
): Promise<{ rows: AdvertiserRow[]; total: number }> {
  const where = ['tenant_id = $1'];
  const params: unknown[] = [tenantId];
  if (filter.q) {
    params.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`name ilike $${params.length}`);
  }
  if (filter.category !== undefined) {
    params.push(filter.category);
    where.push(`category = $${params.length}`);
  }
  if (filter.disabled !== undefined) {
    params.push(filter.disabled);
    where.push(`disabled = $${params.length}`);
  }
  const condition = where.join(' and ');
  const [{ rows }, count] = await Promise.all([
    db.query<AdvertiserRow>(`select * from advertisers where ${condition} order by ${page.orderBy} limit ${page.limit} offset ${page.offset}`, params),
    db.query<{ total: number }>(`select count(*)::int as total from advertisers where ${condition}`, params),
  ]);
  return { rows, total: count.rows[0]!.total };
}

/** Changes the given attributes; undefined leaves one as it is. */
export async function updateAdvertiser(
  db: Queryable,
  tenantId: string,
  id: string,
  values: { name?: string; category?: string; contactEmail?: string | null; disabled?: boolean },
): Promise<AdvertiserRow | undefined> {
  const { rows } = await db.query<AdvertiserRow>(
    `update advertisers set
       name = coalesce($3, name),
       category = coalesce($4, category),
       contact_email = case when $5::boolean then $6 else contact_email end,
       disabled = coalesce($7, disabled)
     where tenant_id = $1 and id = $2 returning *`,
    [tenantId, id, values.name ?? null, values.category ?? null, values.contactEmail !== undefined, values.contactEmail ?? null, values.disabled ?? null],
  );
  return rows[0];
}

export async function insertApiKey(
  db: Queryable,
  tenantId: string,
  values: { id: string; advertiserId: string; name: string; secretHash: Buffer; scopes: string[] },
): Promise<ApiKeyRow> {
  const { rows } = await db.query<ApiKeyRow>(
    `insert into advertiser_api_keys (id, tenant_id, advertiser_id, name, secret_hash, scopes) values ($1, $2, $3, $4, $5, $6) returning ${keyColumns}`,
    [values.id, tenantId, values.advertiserId, values.name, values.secretHash, values.scopes],
  );
  return rows[0]!;
}

export async function listApiKeys(db: Queryable, tenantId: string, advertiserId: string): Promise<ApiKeyRow[]> {
  const { rows } = await db.query<ApiKeyRow>(
    `select ${keyColumns} from advertiser_api_keys where tenant_id = $1 and advertiser_id = $2 order by created_at, id`,
    [tenantId, advertiserId],
  );
  return rows;
}

/** Revokes a key (once: a second call keeps the first time). */
export async function revokeApiKey(db: Queryable, tenantId: string, advertiserId: string, id: string): Promise<ApiKeyRow | undefined> {
  const { rows } = await db.query<ApiKeyRow>(
    `update advertiser_api_keys set revoked_at = coalesce(revoked_at, now())
      where tenant_id = $1 and advertiser_id = $2 and id = $3 returning ${keyColumns}`,
    [tenantId, advertiserId, id],
  );
  return rows[0];
}

/** An API key that has not been revoked, with what its advertiser may do. */
export interface ActiveKeyRow {
  tenant_id: string;
  advertiser_id: string;
  secret_hash: Buffer;
  scopes: AdScope[];
  disabled: boolean;
}

export async function findActiveKey(db: Queryable, id: string): Promise<ActiveKeyRow | undefined> {
  const { rows } = await db.query<ActiveKeyRow>(
    `select k.tenant_id, k.advertiser_id, k.secret_hash, k.scopes, a.disabled
       from advertiser_api_keys k join advertisers a on a.id = k.advertiser_id
      where k.id = $1 and k.revoked_at is null`,
    [id],
  );
  return rows[0];
}

/** Marks a key used now, at most once a minute: enough to show which keys are in use, and spares a write per request. */
export async function touchApiKey(db: Queryable, id: string): Promise<void> {
  await db.query(`update advertiser_api_keys set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [id]);
}
