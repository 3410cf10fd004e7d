// SQL of the devices table, its live state (device_live) and its history. Every
// statement that serves a request filters by tenant_id; the indexes start with it.
import { prepared, type Queryable } from '../db/database.js';
import type { GroupRef } from './registry-query-language.js';

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
  store_id: string | null;
  tags: string[];
  network_type: string | null;
  secret_rotated_at: Date;
  created_at: Date;
  updated_at: Date;
}

export interface DeviceAuthRow {
  id: string;
  tenant_id: string;
  status: DeviceStatus;
  secret_hash: Uint8Array;
  /** Whose acquirer account its payments go to; null until an operator assigns it. */
  merchant_id: string | null;
  /** Sealed (secret-box.ts); null only for devices made before payment keys existed. */
  payment_key: Uint8Array | null;
}

const deviceColumns = `id, tenant_id, name, status, model, firmware_version, app_version, hardware_revision, iccid,
  merchant_id, store_id, tags, secret_rotated_at, created_at, updated_at`;
/** device_live (0017): written by the live-state flusher, one row per device created with it. */
const liveColumns = `online, last_seen_at, last_connected_at, last_disconnected_at, last_disconnect_reason, last_remote_address,
  last_heartbeat, last_heartbeat_at, network_type`;
const qualify = (alias: string, list: string) => list.split(',').map((c) => `${alias}.${c.trim()}`).join(', ');
/** A DeviceRow from `devices d` (or a CTE named d) joined with `device_live l`. */
const rowColumns = `${qualify('d', deviceColumns)}, ${qualify('l', liveColumns)}`;
const withLive = (devices: string) => `${devices} d join device_live l on l.device_id = d.id`;
/** A statement on devices (insert, update) returning the changed row as a DeviceRow. */
const returningRow = (statement: string) => `with d as (${statement} returning *) select ${rowColumns} from ${withLive('d')}`;
const organisationJoins = `left join merchants m on m.id = d.merchant_id and m.tenant_id = d.tenant_id
  left join stores s on s.id = d.store_id and s.tenant_id = d.tenant_id`;
/** What the registry query language sees: a device with its live state, merchant and store (see registry-query-language.ts). */
export const registryFrom = `${withLive('devices')} ${organisationJoins}`;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A group of the tenant by id or (case-insensitive) name, for the query compiler (`group = "pilot"`). */
export async function findGroupRef(db: Queryable, tenantId: string, ref: string): Promise<GroupRef | undefined> {
  const { rows } = await db.query<GroupRef>(
    `select id, kind, query from device_groups where tenant_id = $1 and (lower(name) = lower($2) or ($3::uuid is not null and id = $3::uuid))`,
    [tenantId, ref, uuidPattern.test(ref) ? ref : null],
  );
  return rows[0];
}

const reads = (aliases: string, sql: string) => new RegExp(`\\b[${aliases}]\\.`).test(sql);
/** The device list joins only what its condition and order read: a count over a whole fleet stays a scan of devices. */
function listFrom(sql: string): string {
  const devices = reads('l', sql) ? withLive('devices') : 'devices d';
  return reads('ms', sql) ? `${devices} ${organisationJoins}` : devices;
}

/** Credentials and merchant of several devices at once (the CONNECTs and PayRequests of one event-loop turn), by id. */
export async function findDeviceAuths(db: Queryable, ids: string[]): Promise<Map<string, DeviceAuthRow>> {
  const { rows } = await db.query<DeviceAuthRow>(DEVICE_AUTHS, [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

const DEVICE_AUTHS = prepared('device_auths', 'select id, tenant_id, status, secret_hash, merchant_id, payment_key from devices where id = any($1::text[])');

export async function insertDevice(db: Queryable, values: { id: string; tenantId: string; name: string; secretHash: Buffer; sealedPaymentKey: Buffer }): Promise<DeviceRow> {
  const { rows } = await db.query<DeviceRow>(
    `with d as (insert into devices (id, tenant_id, name, secret_hash, payment_key) values ($1, $2, $3, $4, $5) returning *),
          l as (insert into device_live (device_id, tenant_id) select id, tenant_id from d returning *)
     select ${rowColumns} from d join l on l.device_id = d.id`,
    [values.id, values.tenantId, values.name, values.secretHash, values.sealedPaymentKey],
  );
  return rows[0]!;
}

export async function findDevice(db: Queryable, tenantId: string, id: string): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(`select ${rowColumns} from ${withLive('devices')} where d.tenant_id = $1 and d.id = $2`, [tenantId, id]);
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
  merchantId?: string;
  storeId?: string;
  tag?: string;
  city?: string;
  alerting?: boolean;
  lastSeenBefore?: string;
  /** The merchants open now (trading: true keeps their screens, false every other screen). */
  trading?: { open: boolean; merchantIds: string[] };
  /** A compiled registry query (registry-query-language.ts) whose $n refer to `params` from $2 on. */
  query?: { sql: string; params: unknown[] };
}

function whereClause(tenantId: string, filter: DeviceFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [tenantId, ...(filter.query?.params ?? [])];
  const conditions = ['d.tenant_id = $1'];
  if (filter.query) conditions.push(`(${filter.query.sql})`);
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(params.length));
  };
  // Decommissioned devices are history: listed only when asked for.
  if (filter.status) add((n) => `d.status = $${n}`, filter.status);
  else conditions.push(`d.status <> 'decommissioned'`);
  if (filter.ids) add((n) => `d.id = any($${n}::text[])`, filter.ids);
  if (filter.online !== undefined) add((n) => `l.online = $${n}`, filter.online);
  if (filter.model) add((n) => `d.model = $${n}`, filter.model);
  if (filter.appVersion) add((n) => `d.app_version = $${n}`, filter.appVersion);
  if (filter.firmwareVersion) add((n) => `d.firmware_version = $${n}`, filter.firmwareVersion);
  if (filter.merchantId) add((n) => `d.merchant_id = $${n}::uuid`, filter.merchantId);
  if (filter.storeId) add((n) => `d.store_id = $${n}::uuid`, filter.storeId);
  if (filter.tag) add((n) => `d.tags @> array[$${n}]::text[]`, filter.tag);
  if (filter.city) add((n) => `m.city = $${n}`, filter.city);
  if (filter.lastSeenBefore) add((n) => `(l.last_seen_at is null or l.last_seen_at < $${n}::timestamptz)`, filter.lastSeenBefore);
  if (filter.alerting !== undefined) {
    conditions.push(`${filter.alerting ? '' : 'not '}exists (select 1 from alerts a where a.device_id = d.id and a.tenant_id = d.tenant_id and a.state = 'open')`);
  }
  if (filter.trading?.open) add((n) => `d.merchant_id = any($${n}::uuid[])`, filter.trading.merchantIds);
  if (filter.trading && !filter.trading.open) add((n) => `(d.merchant_id is null or not (d.merchant_id = any($${n}::uuid[])))`, filter.trading.merchantIds);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    add((n) => `(d.id ilike $${n} or d.name ilike $${n})`, pattern);
  }
  return { sql: conditions.join(' and '), params };
}

export async function listDevices(db: Queryable, tenantId: string, filter: DeviceFilter, page: { orderBy: string; limit: number; offset: number }) {
  const where = whereClause(tenantId, filter);
  const n = where.params.length;
  const read = `${where.sql} ${page.orderBy}`;
  const cut = `from ${listFrom(read)} where ${where.sql} order by ${page.orderBy} limit $${n + 1} offset $${n + 2}`;
  // When neither reads the live state, the page's ids are cut from devices alone, then fetched with their
  // live state by primary key: a deep page would otherwise join (and sort) the whole fleet first.
  const pageSql = reads('l', read)
    ? `select ${rowColumns} ${cut}`
    : `select ${rowColumns} from unnest(array(select d.id ${cut})) with ordinality as p(id, n)
       join devices d on d.id = p.id join device_live l on l.device_id = d.id order by p.n`;
  const [list, total] = await Promise.all([db.query<DeviceRow>(pageSql, [...where.params, page.limit, page.offset]), countDevices(db, tenantId, filter)]);
  return { rows: list.rows, total };
}

/** How many devices a filter holds (the list's total, a dynamic group's size). */
export async function countDevices(db: Queryable, tenantId: string, filter: DeviceFilter): Promise<number> {
  const where = whereClause(tenantId, filter);
  const { rows } = await db.query<{ total: number }>(`select count(*)::int as total from ${listFrom(where.sql)} where ${where.sql}`, where.params);
  return rows[0]?.total ?? 0;
}

/** Every merchant of the tenant with its trading hours: which are open now is decided in the service. */
export async function merchantHours(db: Queryable, tenantId: string): Promise<Array<{ id: string; trading_hours: unknown; timezone: string }>> {
  const { rows } = await db.query<{ id: string; trading_hours: unknown; timezone: string }>('select id, trading_hours, timezone from merchants where tenant_id = $1', [tenantId]);
  return rows;
}

export async function updateDevice(
  db: Queryable,
  tenantId: string,
  id: string,
  changes: { name?: string; status?: DeviceStatus; merchantId?: string; storeId?: string; tags?: string[] },
): Promise<DeviceRow | undefined> {
  // Merchant and store must be the tenant's (and the store the merchant's, when both are given), else
  // no row is updated. A store brings its merchant; a new merchant without a store clears the store.
  const { rows } = await db.query<DeviceRow>(
    returningRow(
      `update devices set name = coalesce($3, name), status = coalesce($4, status),
       merchant_id = case when $6::uuid is not null then (select merchant_id from stores where id = $6::uuid and tenant_id = $1)
                          when $5::uuid is not null then $5::uuid else merchant_id end,
       store_id = case when $6::uuid is not null then $6::uuid
                       when $5::uuid is not null and $5::uuid is distinct from merchant_id then null else store_id end,
       tags = coalesce($7::text[], tags),
       updated_at = now()
     where tenant_id = $1 and id = $2 and status <> 'decommissioned'
       and ($5::uuid is null or exists (select 1 from merchants where id = $5::uuid and tenant_id = $1))
       and ($6::uuid is null or exists (select 1 from stores where id = $6::uuid and tenant_id = $1 and ($5::uuid is null or merchant_id = $5::uuid)))`,
    ),
    [tenantId, id, changes.name ?? null, changes.status ?? null, changes.merchantId ?? null, changes.storeId ?? null, changes.tags ?? null],
  );
  return rows[0];
}

export async function replaceSecret(db: Queryable, tenantId: string, id: string, secretHash: Buffer): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(
    returningRow(
      `update devices set secret_hash = $3, secret_rotated_at = now(), updated_at = now()
     where tenant_id = $1 and id = $2 and status <> 'decommissioned'`,
    ),
    [tenantId, id, secretHash],
  );
  return rows[0];
}

export async function decommissionDevice(db: Queryable, tenantId: string, id: string): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(
    returningRow(
      `update devices set status = 'decommissioned', updated_at = now() where tenant_id = $1 and id = $2`,
    ),
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

/**
 * Screens still marked online, marked offline with one presence event each, in one statement: all of them (at the
 * start of a single-process hub, they were held by a process that is gone), or those a process held when it stopped
 * by leaving its connections to its exit (DeviceBroker.leave) instead of one offline event per screen.
 */
export async function markOffline(db: Queryable, reason: string, heldBy?: string): Promise<number> {
  const result = await db.query(
    `with left_behind as (
       update device_live set online = false, last_disconnected_at = now(), last_disconnect_reason = $1
       where online ${heldBy === undefined ? '' : 'and connected_instance = $2'} returning device_id, tenant_id
     )
     insert into device_presence_events (tenant_id, device_id, online, reason, at)
     select tenant_id, device_id, false, $1, now() from left_behind`,
    heldBy === undefined ? [reason] : [reason, heldBy],
  );
  return result.rowCount;
}

/** New MQTT secret and payment key at once (a screen claiming its identity again). */
export async function replaceCredentials(db: Queryable, tenantId: string, id: string, secretHash: Buffer, sealedPaymentKey: Buffer): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(
    returningRow(
      `update devices set secret_hash = $3, payment_key = $4, secret_rotated_at = now(), status = 'active', updated_at = now()
     where tenant_id = $1 and id = $2`,
    ),
    [tenantId, id, secretHash, sealedPaymentKey],
  );
  return rows[0];
}

export interface HeartbeatBucketRow {
  at: Date;
  count: number;
  rssi_avg: number | null;
  temperature_max_dc: number | null;
  free_storage_min_bytes: number | null;
  free_memory_min_bytes: number | null;
  uptime_max_s: number | null;
}

/** Heartbeat history downsampled for charts: one row per bucket of `bucketSeconds` with data. */
export async function heartbeatBuckets(db: Queryable, tenantId: string, deviceId: string, range: { from: Date; to: Date; bucketSeconds: number }): Promise<HeartbeatBucketRow[]> {
  const { rows } = await db.query<HeartbeatBucketRow>(
    `select date_bin($5::int * interval '1 second', received_at, timestamptz '2000-01-01T00:00:00Z') as at,
            count(*)::int as count, round(avg(rssi_dbm))::int as rssi_avg, max(temperature_dc) as temperature_max_dc,
            min(free_storage_bytes) as free_storage_min_bytes, min(free_memory_bytes) as free_memory_min_bytes, max(uptime_s) as uptime_max_s
     from device_heartbeats
     where tenant_id = $1 and device_id = $2 and received_at >= $3 and received_at < $4
     group by 1 order by 1`,
    [tenantId, deviceId, range.from, range.to, range.bucketSeconds],
  );
  return rows;
}

/** Deletes at most `limit` heartbeats older than `days` days (a slice: a long delete would hold its locks and WAL at once); how many. */
export async function deleteHeartbeatsOlderThan(db: Queryable, days: number, limit: number): Promise<number> {
  const { rowCount } = await db.query(
    `delete from device_heartbeats where ctid in (
       select ctid from device_heartbeats where received_at < now() - ($1::int * interval '1 day') limit $2)`,
    [days, limit],
  );
  return rowCount;
}

/** The ids of the tenant's devices (not decommissioned) a compiled registry query selects, optionally only among `within`. */
export async function registryDeviceIds(db: Queryable, tenantId: string, compiled: { sql: string; params: unknown[] }, within: string[] | undefined): Promise<string[]> {
  const withinParam = `$${compiled.params.length + 2}`;
  const { rows } = await db.query<{ id: string }>(
    `select d.id from ${registryFrom}
     where d.tenant_id = $1 and d.status <> 'decommissioned' and (${withinParam}::text[] is null or d.id = any(${withinParam}::text[])) and (${compiled.sql})`,
    [tenantId, ...compiled.params, within ?? null],
  );
  return rows.map((r) => r.id);
}
