// SQL of the devices table and its history. Every statement that serves a
// request filters by tenant_id; the indexes in 0001_spine.sql start with it.
import type { Queryable } from '../db/database.js';

export type DeviceStatus = 'active' | 'blocked' | 'decommissioned';

export interface DeviceRow {
  id: string;
  tenant_id: string;
  name: string;
  status: DeviceStatus;
  model: string | null;
  firmware_version: string | null;
  app_version: string | null;
  hardware_revision: string | null;
  iccid: string | null;
  online: boolean;
  last_seen_at: Date | null;
  last_connected_at: Date | null;
  last_disconnected_at: Date | null;
  last_disconnect_reason: string | null;
  last_remote_address: string | null;
  last_heartbeat: Record<string, unknown> | null;
  last_heartbeat_at: Date | null;
  merchant_id: string | null;
  secret_rotated_at: Date;
  created_at: Date;
  updated_at: Date;
}

export interface DeviceAuthRow {
  tenant_id: string;
  status: DeviceStatus;
  secret_hash: Uint8Array;
}

const columns = `id, tenant_id, name, status, model, firmware_version, app_version, hardware_revision, iccid,
  online, last_seen_at, last_connected_at, last_disconnected_at, last_disconnect_reason, last_remote_address,
  last_heartbeat, last_heartbeat_at, merchant_id, secret_rotated_at, created_at, updated_at`;

export async function findDeviceAuth(db: Queryable, id: string): Promise<DeviceAuthRow | undefined> {
  const { rows } = await db.query<DeviceAuthRow>('select tenant_id, status, secret_hash from devices where id = $1', [id]);
  return rows[0];
}

export async function insertDevice(db: Queryable, values: { id: string; tenantId: string; name: string; secretHash: Buffer; sealedPaymentKey: Buffer }): Promise<DeviceRow> {
  const { rows } = await db.query<DeviceRow>(
    `insert into devices (id, tenant_id, name, secret_hash, payment_key) values ($1, $2, $3, $4, $5) returning ${columns}`,
    [values.id, values.tenantId, values.name, values.secretHash, values.sealedPaymentKey],
  );
  return rows[0]!;
}

export async function findDevice(db: Queryable, tenantId: string, id: string): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(`select ${columns} from devices where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export interface DeviceFilter {
  q?: string;
  ids?: string[];
  status?: DeviceStatus;
  online?: boolean;
  model?: string;
  appVersion?: string;
  firmwareVersion?: string;
}

function whereClause(tenantId: string, filter: DeviceFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(params.length));
  };
  // Decommissioned devices are history: listed only when asked for.
  if (filter.status) add((n) => `status = $${n}`, filter.status);
  else conditions.push(`status <> 'decommissioned'`);
  if (filter.ids) add((n) => `id = any($${n}::text[])`, filter.ids);
  if (filter.online !== undefined) add((n) => `online = $${n}`, filter.online);
  if (filter.model) add((n) => `model = $${n}`, filter.model);
  if (filter.appVersion) add((n) => `app_version = $${n}`, filter.appVersion);
  if (filter.firmwareVersion) add((n) => `firmware_version = $${n}`, filter.firmwareVersion);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    add((n) => `(id ilike $${n} or name ilike $${n})`, pattern);
  }
  return { sql: conditions.join(' and '), params };
}

export async function listDevices(db: Queryable, tenantId: string, filter: DeviceFilter, page: { orderBy: string; limit: number; offset: number }) {
  const where = whereClause(tenantId, filter);
  const n = where.params.length;
  const [list, count] = await Promise.all([
    db.query<DeviceRow>(`select ${columns} from devices where ${where.sql} order by ${page.orderBy} limit $${n + 1} offset $${n + 2}`, [
      ...where.params,
      page.limit,
      page.offset,
    ]),
    db.query<{ total: number }>(`select count(*)::int as total from devices where ${where.sql}`, where.params),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function updateDevice(
  db: Queryable,
  tenantId: string,
  id: string,
  changes: { name?: string; status?: DeviceStatus; merchantId?: string },
): Promise<DeviceRow | undefined> {
  // The merchant must be of the same tenant: the subquery finds none otherwise and the row is not updated.
  const { rows } = await db.query<DeviceRow>(
    `update devices set name = coalesce($3, name), status = coalesce($4, status),
       merchant_id = case when $5::uuid is null then merchant_id else (select id from merchants where id = $5::uuid and tenant_id = $1) end,
       updated_at = now()
     where tenant_id = $1 and id = $2 and status <> 'decommissioned'
       and ($5::uuid is null or exists (select 1 from merchants where id = $5::uuid and tenant_id = $1))
     returning ${columns}`,
    [tenantId, id, changes.name ?? null, changes.status ?? null, changes.merchantId ?? null],
  );
  return rows[0];
}

export async function replaceSecret(db: Queryable, tenantId: string, id: string, secretHash: Buffer): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(
    `update devices set secret_hash = $3, secret_rotated_at = now(), updated_at = now()
     where tenant_id = $1 and id = $2 and status <> 'decommissioned' returning ${columns}`,
    [tenantId, id, secretHash],
  );
  return rows[0];
}

export async function decommissionDevice(db: Queryable, tenantId: string, id: string): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(
    `update devices set status = 'decommissioned', updated_at = now() where tenant_id = $1 and id = $2 returning ${columns}`,
    [tenantId, id],
  );
  return rows[0];
}

export interface PresenceEventRow {
  id: number;
  online: boolean;
  reason: string | null;
  remote_address: string | null;
  at: Date;
}

export async function listPresenceEvents(db: Queryable, tenantId: string, deviceId: string, page: { limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<PresenceEventRow>(
      `select id, online, reason, remote_address, at from device_presence_events
       where tenant_id = $1 and device_id = $2 order by at desc, id desc limit $3 offset $4`,
      [tenantId, deviceId, page.limit, page.offset],
    ),
    db.query<{ total: number }>('select count(*)::int as total from device_presence_events where tenant_id = $1 and device_id = $2', [tenantId, deviceId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

/** At start of a single-process hub, devices still marked online were held by a process that is gone. */
export async function markAllOffline(db: Queryable, reason: string): Promise<number> {
  const result = await db.query(
    `with stale as (
       update devices set online = false, last_disconnected_at = now(), last_disconnect_reason = $1, updated_at = now()
       where online returning id, tenant_id
     )
     insert into device_presence_events (tenant_id, device_id, online, reason, at)
     select tenant_id, id, false, $1, now() from stale`,
    [reason],
  );
  return result.rowCount;
}

/** New MQTT secret and payment key at once (a screen claiming its identity again). */
export async function replaceCredentials(db: Queryable, tenantId: string, id: string, secretHash: Buffer, sealedPaymentKey: Buffer): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(
    `update devices set secret_hash = $3, payment_key = $4, secret_rotated_at = now(), status = 'active', updated_at = now()
     where tenant_id = $1 and id = $2 returning ${columns}`,
    [tenantId, id, secretHash, sealedPaymentKey],
  );
  return rows[0];
}
