// The batched writes of the live state: one statement per table and per
// ROWS_PER_STATEMENT rows, using unnest over parallel arrays.
import type { Queryable } from '../db/database.js';
import { instanceNotAlive } from '../platform/instance-lease.js';
import type { PendingWrites } from './live-state.js';

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/**
 * Rows per statement. The embedded PGlite runs in the hub's own thread, so one
 * huge statement would pause MQTT for its whole duration; between statements
 * the event loop runs. Also bounds the parameter arrays on PostgreSQL.
 */
export const ROWS_PER_STATEMENT = 500;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await write(rows.slice(i, i + ROWS_PER_STATEMENT));
}

export function writePresenceEvents(tx: Queryable, all: PendingWrites['presence']): Promise<void> {
  return inChunks(all, (rows) => insertPresenceEvents(tx, rows));
}

export function writeHeartbeats(tx: Queryable, all: PendingWrites['heartbeats']): Promise<void> {
  return inChunks(all, (rows) => insertHeartbeats(tx, rows));
}

/**
 * `instanceId`: this hub process; a screen online here is marked as held by it (instance-lease.ts).
 * The live columns go to device_live; what Hello and the heartbeat's app version describe goes to
 * devices only when it differs, so a screen reporting the same values does not rewrite its devices
 * row and every registry index with it (0017_device_live.sql).
 */
export function writeDeviceState(tx: Queryable, all: PendingWrites['devices'], instanceId: string): Promise<void> {
  // Rows are locked in device id order, in every process: two processes writing the same screens (one had it,
  // the other has it now) otherwise each waited for the other's transaction (deadlocks seen in restart storms).
  const byId = [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return inChunks(byId, async (devices) => {
    await tx.query('select 1 from device_live where device_id = any($1::text[]) order by device_id for update', [devices.map(([id]) => id)]);
    await updateLive(tx, devices, instanceId);
    const described = devices.filter(([, d]) => d.describe);
    if (described.length > 0) await updateDescriptions(tx, described);
  });
}

async function insertPresenceEvents(tx: Queryable, rows: PendingWrites['presence']): Promise<void> {
  await tx.query(
    `insert into device_presence_events (tenant_id, device_id, online, reason, remote_address, at)
     select * from unnest($1::uuid[], $2::text[], $3::bool[], $4::text[], $5::text[], $6::timestamptz[])`,
    [rows.map((r) => r.tenantId), rows.map((r) => r.deviceId), rows.map((r) => r.online), rows.map((r) => r.reason), rows.map((r) => r.remoteAddress), rows.map((r) => iso(r.at))],
  );
}

async function insertHeartbeats(tx: Queryable, rows: PendingWrites['heartbeats']): Promise<void> {
  const col = <T>(pick: (r: PendingWrites['heartbeats'][number]) => T) => rows.map(pick);
  await tx.query(
    `insert into device_heartbeats (tenant_id, device_id, received_at, uptime_s, rssi_dbm, network_type, temperature_dc, free_storage_bytes, free_memory_bytes, app_version)
     select * from unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::bigint[], $5::int[], $6::text[], $7::int[], $8::bigint[], $9::bigint[], $10::text[])`,
    [
      col((r) => r.tenantId),
      col((r) => r.deviceId),
      col((r) => iso(r.at)),
      col((r) => r.heartbeat.uptimeS),
      col((r) => r.heartbeat.rssiDbm),
      col((r) => r.heartbeat.networkType),
      col((r) => r.heartbeat.temperatureDc),
      col((r) => r.heartbeat.freeStorageBytes),
      col((r) => r.heartbeat.freeMemoryBytes),
      col((r) => r.heartbeat.appVersion),
    ],
  );
}

async function updateLive(tx: Queryable, devices: PendingWrites['devices'], instanceId: string): Promise<void> {
  const col = <T>(pick: (d: PendingWrites['devices'][number][1]) => T) => devices.map(([, d]) => pick(d));
  await tx.query(
    `update device_live l set
       -- Offline is written only by the process that holds the screen: when it has
       -- reconnected to another process meanwhile, that one owns its state now.
       online = case when u.online then true when l.connected_instance is distinct from $10 and l.online then true else false end,
       connected_instance = case when u.online then $10 else l.connected_instance end,
       last_seen_at = greatest(l.last_seen_at, u.last_seen_at),
       last_connected_at = coalesce(u.connected_at, l.last_connected_at),
       last_disconnected_at = coalesce(u.disconnected_at, l.last_disconnected_at),
       last_disconnect_reason = coalesce(u.disconnect_reason, l.last_disconnect_reason),
       last_remote_address = coalesce(u.remote_address, l.last_remote_address),
       last_heartbeat = coalesce(u.heartbeat, l.last_heartbeat),
       last_heartbeat_at = coalesce(u.heartbeat_at, l.last_heartbeat_at)
     from (
       select id, online, last_seen_at, connected_at, disconnected_at, disconnect_reason, remote_address, nullif(heartbeat, '')::jsonb as heartbeat, heartbeat_at
       from unnest($1::text[], $2::bool[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
         as t(id, online, last_seen_at, connected_at, disconnected_at, disconnect_reason, remote_address, heartbeat, heartbeat_at)
     ) u
     where l.device_id = u.id`,
    [
      devices.map(([id]) => id),
      col((d) => d.online),
      col((d) => iso(d.lastSeenAt)),
      col((d) => iso(d.connectedAt)),
      col((d) => iso(d.disconnectedAt)),
      col((d) => d.disconnectReason ?? null),
      col((d) => d.remoteAddress ?? null),
      col((d) => (d.heartbeat ? JSON.stringify(d.heartbeat) : null)),
      col((d) => iso(d.heartbeatAt)),
      instanceId,
    ],
  );
}

async function updateDescriptions(tx: Queryable, devices: PendingWrites['devices']): Promise<void> {
  const col = <T>(pick: (d: PendingWrites['devices'][number][1]) => T) => devices.map(([, d]) => pick(d));
  await tx.query(
    `update devices d set model = n.model, firmware_version = n.firmware_version, app_version = n.app_version,
       hardware_revision = n.hardware_revision, iccid = n.iccid, updated_at = now()
     from (
       select u.id, coalesce(u.model, d0.model) as model, coalesce(u.firmware_version, d0.firmware_version) as firmware_version,
              coalesce(nullif(u.heartbeat_app_version, ''), u.app_version, d0.app_version) as app_version,
              coalesce(u.hardware_revision, d0.hardware_revision) as hardware_revision, coalesce(u.iccid, d0.iccid) as iccid
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         as u(id, model, firmware_version, app_version, hardware_revision, iccid, heartbeat_app_version)
       join devices d0 on d0.id = u.id
     ) n
     where d.id = n.id
       and (d.model, d.firmware_version, d.app_version, d.hardware_revision, d.iccid)
           is distinct from (n.model, n.firmware_version, n.app_version, n.hardware_revision, n.iccid)`,
    [
      devices.map(([id]) => id),
      col((d) => d.hello?.model ?? null),
      col((d) => d.hello?.firmwareVersion ?? null),
      col((d) => d.hello?.appVersion ?? null),
      col((d) => d.hello?.hardwareRevision ?? null),
      col((d) => d.hello?.iccid ?? null),
      col((d) => d.heartbeat?.appVersion ?? null),
    ],
  );
}

/** Screens online through a hub process whose lease expired (or with no process at all), offline with a presence event each; how many. */
export async function markOfflineHeldByGoneProcesses(tx: Queryable): Promise<number> {
  const result = await tx.query(
    `with stale as (
       update device_live set online = false, last_disconnected_at = now(), last_disconnect_reason = 'hub_gone'
       where online and (connected_instance is null or ${instanceNotAlive('connected_instance')})
       returning device_id, tenant_id
     )
     insert into device_presence_events (tenant_id, device_id, online, reason, at)
     select tenant_id, device_id, false, 'hub_gone', now() from stale`,
  );
  return result.rowCount;
}
