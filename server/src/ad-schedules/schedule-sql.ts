// Stored schedules: which screens are due for (re)compilation, saving a chunk's
// schedules (bodies once per distinct content), what a screen should have, and its acks.
import type { Queryable } from '../db/database.js';

/** Recompiled this long before a schedule runs out, so a screen always holds the next hours. */
export const RENEW_BEFORE = `interval '12 hours'`;

/**
 * Active screens of tenants that have ads (any approved creative) with no
 * schedule yet, a stale one, or one running out; oldest tenants first.
 */
export async function dueScreens(db: Queryable): Promise<Array<{ tenant_id: string; device_id: string }>> {
  const { rows } = await db.query<{ tenant_id: string; device_id: string }>(
    `select d.tenant_id, d.id as device_id
       from devices d left join ad_schedules s on s.device_id = d.id
      where d.status = 'active'
        and d.tenant_id in (select distinct tenant_id from creatives where state = 'approved')
        and (s.device_id is null or s.stale or s.valid_until < now() + ${RENEW_BEFORE})
      order by d.tenant_id, d.id`,
  );
  return rows;
}

export interface SavedSchedule {
  deviceId: string;
  sha256: string;
}

export async function saveSchedules(
  tx: Queryable,
  tenantId: string,
  version: number,
  validUntil: Date,
  bodies: Array<{ sha256: string; body: Uint8Array }>,
  screens: SavedSchedule[],
): Promise<void> {
  await tx.query(
    `insert into ad_schedule_bodies (sha256, tenant_id, body)
     select sha, $1, body from unnest($2::text[], $3::bytea[]) as x (sha, body)
     on conflict (sha256) do nothing`,
    [tenantId, bodies.map((b) => b.sha256), bodies.map((b) => Buffer.from(b.body))],
  );
  await tx.query(
    `insert into ad_schedules (device_id, tenant_id, version, body_sha256, valid_until)
     select device_id, $1, $2, sha, $3 from unnest($4::text[], $5::text[]) as x (device_id, sha)
     on conflict (device_id) do update set
       version = excluded.version, body_sha256 = excluded.body_sha256, valid_until = excluded.valid_until,
       compiled_at = now(), stale = false, tenant_id = excluded.tenant_id`,
    [tenantId, version, validUntil, screens.map((s) => s.deviceId), screens.map((s) => s.sha256)],
  );
}

/** The schedule a screen should hold, when it has not acknowledged it yet. */
/** The unacknowledged, still valid schedule body of each of several screens (the Hellos of one event-loop turn), by device id. */
export async function unackedSchedules(db: Queryable, deviceIds: string[]): Promise<Map<string, Uint8Array>> {
  const { rows } = await db.query<{ device_id: string; body: Uint8Array }>(
    `select s.device_id, b.body from ad_schedules s join ad_schedule_bodies b on b.sha256 = s.body_sha256
      where s.device_id = any($1::text[]) and s.acked_version is distinct from s.version and s.valid_until > now()`,
    [deviceIds],
  );
  return new Map(rows.map((row) => [row.device_id, row.body]));
}

export async function recordAck(db: Queryable, deviceId: string, version: number, missing: string[]): Promise<string | undefined> {
  const { rows } = await db.query<{ tenant_id: string }>(
    `update ad_schedules set acked_version = $2, acked_at = now(), missing_creative_ids = $3
      where device_id = $1 and version = $2 returning tenant_id`,
    [deviceId, version, missing],
  );
  return rows[0]?.tenant_id;
}

/** Bodies no screen points at any more (kept an hour, for screens still fetching them). */
export async function deleteUnusedBodies(db: Queryable): Promise<number> {
  const result = await db.query(
    `delete from ad_schedule_bodies b where b.created_at < now() - interval '1 hour'
        and not exists (select 1 from ad_schedules s where s.body_sha256 = b.sha256)`,
  );
  return result.rowCount;
}

export interface ScheduleStatusRow {
  device_id: string;
  version: number;
  body: Uint8Array;
  compiled_at: Date;
  valid_until: Date;
  acked_version: number | null;
  acked_at: Date | null;
  missing_creative_ids: string[];
  stale: boolean;
}

export async function scheduleStatus(db: Queryable, tenantId: string, deviceId: string): Promise<ScheduleStatusRow | undefined> {
  const { rows } = await db.query<ScheduleStatusRow>(
    `select s.device_id, s.version, b.body, s.compiled_at, s.valid_until, s.acked_version, s.acked_at, s.missing_creative_ids, s.stale
       from ad_schedules s join ad_schedule_bodies b on b.sha256 = s.body_sha256
      where s.tenant_id = $1 and s.device_id = $2`,
    [tenantId, deviceId],
  );
  return rows[0];
}

/** Locks the screens' schedule rows until the transaction ends. */
export async function lockSchedules(tx: Queryable, deviceIds: string[]): Promise<void> {
  await tx.query(`select 1 from ad_schedules where device_id in (select unnest($1::text[])) for update`, [deviceIds]);
}
