// SQL of creatives (and the one ads setting they are checked against: the
// tenant's slot length). Every statement is scoped to a tenant, and to an
// advertiser when an advertiser's key is asking.
import type { Queryable } from '../db/database.js';

export const CREATIVE_STATES = ['awaiting_media', 'pending_review', 'approved', 'rejected'] as const;
export type CreativeState = (typeof CREATIVE_STATES)[number];
export const CREATIVE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'video/mp4'] as const;
export type CreativeMediaType = (typeof CREATIVE_MEDIA_TYPES)[number];

export interface CreativeRow {
  id: string;
  tenant_id: string;
  advertiser_id: string | null;
  promoted_merchant_id: string | null;
  name: string;
  category: string;
  state: CreativeState;
  media_type: CreativeMediaType | null;
  size_bytes: number | null;
  sha256: string | null;
  width: number | null;
  height: number | null;
  duration_ms: number;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The slot every ad fills, in seconds; 10 until the tenant sets its own. */
export async function slotSeconds(db: Queryable, tenantId: string): Promise<number> {
  const { rows } = await db.query<{ slot_seconds: number }>(`select slot_seconds from ad_settings where tenant_id = $1`, [tenantId]);
  return rows[0]?.slot_seconds ?? 10;
}

export async function merchantExists(db: Queryable, tenantId: string, merchantId: string): Promise<boolean> {
  const { rows } = await db.query(`select 1 from merchants where tenant_id = $1 and id = $2`, [tenantId, merchantId]);
  return rows.length > 0;
}

export async function insertCreative(
  db: Queryable,
  tenantId: string,
  values: { advertiserId: string | null; promotedMerchantId: string | null; name: string; category: string; durationMs: number },
): Promise<CreativeRow> {
  const { rows } = await db.query<CreativeRow>(
    `insert into creatives (tenant_id, advertiser_id, promoted_merchant_id, name, category, duration_ms) values ($1, $2, $3, $4, $5, $6) returning *`,
    [tenantId, values.advertiserId, values.promotedMerchantId, values.name, values.category, values.durationMs],
  );
  return rows[0]!;
}

/** A creative of the tenant; with `advertiserId`, only if it is that advertiser's. */
export async function findCreative(db: Queryable, tenantId: string, id: string, advertiserId: string | null): Promise<CreativeRow | undefined> {
  const { rows } = await db.query<CreativeRow>(
    `select * from creatives where tenant_id = $1 and id = $2 and ($3::uuid is null or advertiser_id = $3)`,
    [tenantId, id, advertiserId],
  );
  return rows[0];
}

/** For the screens' media links, which carry a MAC over the id instead of a tenant. */
export async function findCreativeById(db: Queryable, id: string): Promise<CreativeRow | undefined> {
  const { rows } = await db.query<CreativeRow>(`select * from creatives where id = $1`, [id]);
  return rows[0];
}

export interface CreativeFilter {
  q?: string;
  state?: CreativeState;
  advertiserId?: string;
  promotedMerchantId?: string;
}

export async function listCreatives(
  db: Queryable,
  tenantId: string,
  visibleAdvertiser: string | null,
  filter: CreativeFilter,
  page: { orderBy: string; limit: number; offset: number },
): Promise<{ rows: CreativeRow[]; total: number }> {
  const where = ['tenant_id = $1'];
  const params: unknown[] = [tenantId];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (visibleAdvertiser !== null) add((n) => `advertiser_id = $${n}`, visibleAdvertiser);
  if (filter.advertiserId !== undefined) add((n) => `advertiser_id = $${n}`, filter.advertiserId);
  if (filter.promotedMerchantId !== undefined) add((n) => `promoted_merchant_id = $${n}`, filter.promotedMerchantId);
  if (filter.state !== undefined) add((n) => `state = $${n}`, filter.state);
  if (filter.q) add((n) => `name ilike $${n}`, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const condition = where.join(' and ');
  const [{ rows }, count] = await Promise.all([
    db.query<CreativeRow>(`select * from creatives where ${condition} order by ${page.orderBy} limit ${page.limit} offset ${page.offset}`, params),
    db.query<{ total: number }>(`select count(*)::int as total from creatives where ${condition}`, params),
  ]);
  return { rows, total: count.rows[0]!.total };
}

/** New media: the creative goes (back) to review, and the last review no longer applies. */
export async function setMedia(
  db: Queryable,
  tenantId: string,
  id: string,
  media: { mediaType: CreativeMediaType; sizeBytes: number; sha256: string; width: number; height: number; durationMs: number },
): Promise<CreativeRow | undefined> {
  const { rows } = await db.query<CreativeRow>(
    `update creatives set media_type = $3, size_bytes = $4, sha256 = $5, width = $6, height = $7, duration_ms = $8,
       state = 'pending_review', review_note = null, reviewed_by = null, reviewed_at = null, updated_at = now()
     where tenant_id = $1 and id = $2 returning *`,
    [tenantId, id, media.mediaType, media.sizeBytes, media.sha256, media.width, media.height, media.durationMs],
  );
  return rows[0];
}

/** An operator's verdict, only on a creative pending review (undefined otherwise). */
export async function reviewCreative(
  db: Queryable,
  tenantId: string,
  id: string,
  verdict: { state: 'approved' | 'rejected'; note: string | null; reviewerId: string },
): Promise<CreativeRow | undefined> {
  const { rows } = await db.query<CreativeRow>(
    `update creatives set state = $3, review_note = $4, reviewed_by = $5, reviewed_at = now(), updated_at = now()
     where tenant_id = $1 and id = $2 and state = 'pending_review' returning *`,
    [tenantId, id, verdict.state, verdict.note, verdict.reviewerId],
  );
  return rows[0];
}

export async function setBlockedCategories(db: Queryable, tenantId: string, merchantId: string, categories: string[]): Promise<string[] | undefined> {
  const { rows } = await db.query<{ ad_blocked_categories: string[] }>(
    `update merchants set ad_blocked_categories = $3, updated_at = now() where tenant_id = $1 and id = $2 returning ad_blocked_categories`,
    [tenantId, merchantId, categories],
  );
  return rows[0]?.ad_blocked_categories;
}

export async function blockedCategories(db: Queryable, tenantId: string, merchantId: string): Promise<string[] | undefined> {
  const { rows } = await db.query<{ ad_blocked_categories: string[] }>(`select ad_blocked_categories from merchants where tenant_id = $1 and id = $2`, [tenantId, merchantId]);
  return rows[0]?.ad_blocked_categories;
}
