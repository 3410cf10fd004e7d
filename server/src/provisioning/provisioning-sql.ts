// SQL of factory batches and claims.
import type { Database, Queryable } from '../db/database.js';

export interface BatchRow {
  id: string;
  tenant_id: string;
  name: string;
  model: string;
  hardware_revision: string;
  device_count: number;
  created_at: Date;
}

export interface FactoryDeviceRow {
  serial: string;
  tenant_id: string;
  batch_id: string;
  claim_code_hash: Uint8Array;
  claimed_at: Date | null;
  reopened_at: Date | null;
  model: string;
  hardware_revision: string;
}

/** Serials of `serials` already known (in any tenant's batch, or as devices). */
export async function existingSerials(db: Queryable, serials: string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ serial: string }>(
    `select serial from factory_devices where serial = any($1::text[])
     union select id from devices where id = any($1::text[])`,
    [serials],
  );
  return new Set(rows.map((r) => r.serial));
}

export async function insertBatch(
  db: Database,
  batch: { tenantId: string; name: string; model: string; hardwareRevision: string; createdBy: string },
  devices: Array<{ serial: string; claimCodeHash: Buffer }>,
): Promise<BatchRow> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<BatchRow>(
      `insert into device_batches (tenant_id, name, model, hardware_revision, device_count, created_by) values ($1, $2, $3, $4, $5, $6)
       returning id, tenant_id, name, model, hardware_revision, device_count, created_at`,
      [batch.tenantId, batch.name, batch.model, batch.hardwareRevision, devices.length, batch.createdBy],
    );
    const created = rows[0]!;
    for (let i = 0; i < devices.length; i += 1000) {
      const chunk = devices.slice(i, i + 1000);
      await tx.query(
        `insert into factory_devices (serial, tenant_id, batch_id, claim_code_hash)
         select s, $1, $2, h from unnest($3::text[], $4::bytea[]) as t(s, h)`,
        [batch.tenantId, created.id, chunk.map((d) => d.serial), chunk.map((d) => d.claimCodeHash)],
      );
    }
    return created;
  });
}

export async function listBatches(db: Queryable, tenantId: string, page: { orderBy: string; limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<BatchRow>(
      `select id, tenant_id, name, model, hardware_revision, device_count, created_at from device_batches where tenant_id = $1 order by ${page.orderBy} limit $2 offset $3`,
      [tenantId, page.limit, page.offset],
    ),
    db.query<{ total: number }>('select count(*)::int as total from device_batches where tenant_id = $1', [tenantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function findFactoryDevice(db: Queryable, serial: string): Promise<FactoryDeviceRow | undefined> {
  const { rows } = await db.query<FactoryDeviceRow>(
    `select f.serial, f.tenant_id, f.batch_id, f.claim_code_hash, f.claimed_at, f.reopened_at, b.model, b.hardware_revision
     from factory_devices f join device_batches b on b.id = f.batch_id where f.serial = $1`,
    [serial],
  );
  return rows[0];
}

/** Marks a serial claimed if it is claimable now (never claimed, or re-opened since); false if another claim won. */
export async function markClaimed(db: Queryable, serial: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `update factory_devices set claimed_at = now(), reopened_at = null
     where serial = $1 and (claimed_at is null or reopened_at is not null)`,
    [serial],
  );
  return rowCount > 0;
}

export async function reopen(db: Queryable, tenantId: string, serial: string): Promise<boolean> {
  const { rowCount } = await db.query('update factory_devices set reopened_at = now() where tenant_id = $1 and serial = $2 and claimed_at is not null', [tenantId, serial]);
  return rowCount > 0;
}
