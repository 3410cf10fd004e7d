// Release keys and releases: the rows. Packages themselves live on disk
// (package-store.ts); a row says what the package must be.
import type { Queryable } from '../db/database.js';

export interface SigningKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  public_key: string;
  created_at: Date;
  revoked_at: Date | null;
}

export interface ReleaseRow {
  id: string;
  tenant_id: string;
  kind: 'app' | 'firmware';
  version: string;
  target_models: string[];
  min_version: string | null;
  /** Empty: every hardware revision (migration 0030). */
  target_hardware_revisions: string[];
  /** A migration later releases rely on: screens below it go through it, never past it (migration 0030). */
  required_step: boolean;
  notes: string;
  signature: Buffer;
  key_id: string;
  state: 'awaiting_package' | 'ready';
  size_bytes: string | null;
  sha256: string | null;
  created_at: Date;
  uploaded_at: Date | null;
}

export async function insertSigningKey(db: Queryable, tenantId: string, name: string, publicKeyPem: string): Promise<SigningKeyRow> {
  const { rows } = await db.query<SigningKeyRow>(`insert into ota_signing_keys (tenant_id, name, public_key) values ($1, $2, $3) returning *`, [tenantId, name, publicKeyPem]);
  return rows[0]!;
}

export async function listSigningKeys(db: Queryable, tenantId: string): Promise<SigningKeyRow[]> {
  const { rows } = await db.query<SigningKeyRow>(`select * from ota_signing_keys where tenant_id = $1 order by created_at, id`, [tenantId]);
  return rows;
}

export async function findSigningKey(db: Queryable, tenantId: string, id: string): Promise<SigningKeyRow | undefined> {
  const { rows } = await db.query<SigningKeyRow>(`select * from ota_signing_keys where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export async function revokeSigningKey(db: Queryable, tenantId: string, id: string): Promise<SigningKeyRow | undefined> {
  const { rows } = await db.query<SigningKeyRow>(
    `update ota_signing_keys set revoked_at = coalesce(revoked_at, now()) where tenant_id = $1 and id = $2 returning *`,
    [tenantId, id],
  );
  return rows[0];
}

export async function insertRelease(
  db: Queryable,
  tenantId: string,
  values: {
    kind: string; version: string; targetModels: string[]; targetHardwareRevisions: string[]; minVersion: string | null; requiredStep: boolean;
    notes: string; signature: Buffer; keyId: string; createdBy: string;
  },
): Promise<ReleaseRow> {
  const { rows } = await db.query<ReleaseRow>(
    `insert into ota_releases (tenant_id, kind, version, target_models, target_hardware_revisions, min_version, required_step, notes, signature, key_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning *`,
    [tenantId, values.kind, values.version, values.targetModels, values.targetHardwareRevisions, values.minVersion, values.requiredStep, values.notes, values.signature, values.keyId, values.createdBy],
  );
  return rows[0]!;
}

export async function findRelease(db: Queryable, tenantId: string, id: string): Promise<ReleaseRow | undefined> {
  const { rows } = await db.query<ReleaseRow>(`select * from ota_releases where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

/** The package passed its checks: the release can be offered. Only once. */
export async function markReleaseReady(db: Queryable, tenantId: string, id: string, sizeBytes: number, sha256: string): Promise<ReleaseRow | undefined> {
  const { rows } = await db.query<ReleaseRow>(
    `update ota_releases set state = 'ready', size_bytes = $3, sha256 = $4, uploaded_at = now()
     where tenant_id = $1 and id = $2 and state = 'awaiting_package' returning *`,
    [tenantId, id, sizeBytes, sha256],
  );
  return rows[0];
}

export async function listReleases(db: Queryable, tenantId: string, filter: { kind?: string; state?: string }, page: { orderBy: string; limit: number; offset: number }) {
  const { rows } = await db.query<ReleaseRow & { total: string }>(
    `select *, count(*) over () as total from ota_releases
     where tenant_id = $1 and ($2::text is null or kind = $2) and ($3::text is null or state = $3)
     order by ${page.orderBy} limit $4 offset $5`,
    [tenantId, filter.kind ?? null, filter.state ?? null, page.limit, page.offset],
  );
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/** The tenant's ready releases of `kind`: the candidates for a rollback (the caller orders versions). */
export async function readyReleases(db: Queryable, tenantId: string, kind: string): Promise<ReleaseRow[]> {
  const { rows } = await db.query<ReleaseRow>(`select * from ota_releases where tenant_id = $1 and kind = $2 and state = 'ready'`, [tenantId, kind]);
  return rows;
}

/** Deletes a release no campaign uses; false if one does or it does not exist. */
export async function deleteUnusedRelease(db: Queryable, tenantId: string, id: string): Promise<'deleted' | 'in_use' | 'missing'> {
  const used = await db.query(`select 1 from ota_campaigns where tenant_id = $1 and release_id = $2 limit 1`, [tenantId, id]);
  if (used.rows.length > 0) return 'in_use';
  const { rows } = await db.query(`delete from ota_releases where tenant_id = $1 and id = $2 returning id`, [tenantId, id]);
  return rows.length > 0 ? 'deleted' : 'missing';
}
