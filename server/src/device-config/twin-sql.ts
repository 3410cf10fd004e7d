// SQL of config layers and device twins.
import type { Queryable } from '../db/database.js';
import type { DeviceConfig } from './config-schema.js';

export type LayerScope = 'merchant' | 'group' | 'device';

export interface LayerRow {
  tenant_id: string;
  scope: LayerScope;
  scope_id: string;
  config: DeviceConfig;
  version: number;
  updated_at: Date;
}

export interface TwinRow {
  device_id: string;
  tenant_id: string;
  desired: DeviceConfig;
  desired_version: number;
  desired_at: Date;
  reported: Record<string, unknown> | null;
  reported_version: number;
  reported_at: Date | null;
  report_error: string | null;
}

const twinColumns = 'device_id, tenant_id, desired, desired_version, desired_at, reported, reported_version, reported_at, report_error';

/** Writes a layer; its version goes up by one on every write. */
export async function upsertLayer(db: Queryable, tenantId: string, scope: LayerScope, scopeId: string, config: DeviceConfig, operatorId: string): Promise<LayerRow> {
  const { rows } = await db.query<LayerRow>(
    `insert into config_layers (tenant_id, scope, scope_id, config, updated_by) values ($1, $2, $3, $4::jsonb, $5)
     on conflict (tenant_id, scope, scope_id) do update set config = excluded.config, version = config_layers.version + 1,
       updated_by = excluded.updated_by, updated_at = now()
     returning tenant_id, scope, scope_id, config, version, updated_at`,
    [tenantId, scope, scopeId, JSON.stringify(config), operatorId],
  );
  return rows[0]!;
}

export async function deleteLayer(db: Queryable, tenantId: string, scope: LayerScope, scopeId: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from config_layers where tenant_id = $1 and scope = $2 and scope_id = $3', [tenantId, scope, scopeId]);
  return rowCount > 0;
}

export async function findLayer(db: Queryable, tenantId: string, scope: LayerScope, scopeId: string): Promise<LayerRow | undefined> {
  const { rows } = await db.query<LayerRow>('select tenant_id, scope, scope_id, config, version, updated_at from config_layers where tenant_id = $1 and scope = $2 and scope_id = $3', [
    tenantId,
    scope,
    scopeId,
  ]);
  return rows[0];
}

export async function tenantLayers(db: Queryable, tenantId: string): Promise<LayerRow[]> {
  const { rows } = await db.query<LayerRow>('select tenant_id, scope, scope_id, config, version, updated_at from config_layers where tenant_id = $1', [tenantId]);
  return rows;
}

/** Whether the scope (a merchant, group or device) exists in the tenant. */
export async function scopeExists(db: Queryable, tenantId: string, scope: LayerScope, scopeId: string): Promise<boolean> {
  const table = { merchant: 'merchants', group: 'device_groups', device: 'devices' }[scope];
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(scopeId);
  if (scope !== 'device' && !uuid) return false;
  const { rows } = await db.query(`select 1 from ${table} where tenant_id = $1 and id::text = $2`, [tenantId, scopeId]);
  return rows.length > 0;
}

export async function findTwin(db: Queryable, tenantId: string, deviceId: string): Promise<TwinRow | undefined> {
  return (await findTwins(db, tenantId, [deviceId]))[0];
}

export async function findTwins(db: Queryable, tenantId: string, deviceIds: string[]): Promise<TwinRow[]> {
  const { rows } = await db.query<TwinRow>(`select ${twinColumns} from device_twins where tenant_id = $1 and device_id = any($2::text[])`, [tenantId, deviceIds]);
  return rows;
}

export interface MergeTarget {
  id: string;
  merchant_id: string | null;
}

/**
 * The tenant's screens whose config is merged: all of them, or those named. Two statements, not one with
 * `$2 is null or id = any($2)`: PostgreSQL's generic plan for that scanned every screen of the tenant
 * (8.8 ms a Hello with 15,000 screens).
 */
export async function mergeTargets(db: Queryable, tenantId: string, deviceIds: string[] | 'all'): Promise<MergeTarget[]> {
  const { rows } =
    deviceIds === 'all'
      ? await db.query<MergeTarget>(`select id, merchant_id from devices where tenant_id = $1 and status <> 'decommissioned' order by id`, [tenantId])
      : await db.query<MergeTarget>(`select id, merchant_id from devices where tenant_id = $1 and status <> 'decommissioned' and id = any($2::text[]) order by id`, [
          tenantId,
          deviceIds,
        ]);
  return rows;
}

export interface GroupRow {
  id: string;
  kind: 'static' | 'dynamic';
  query: string | null;
  priority: number;
  name: string;
}

/** The groups named, in the order their layers apply (priority, then name). */
export async function groupsInPrecedence(db: Queryable, tenantId: string, groupIds: string[]): Promise<GroupRow[]> {
  const { rows } = await db.query<GroupRow>('select id, kind, query, priority, name from device_groups where tenant_id = $1 and id::text = any($2::text[]) order by priority, lower(name)', [
    tenantId,
    groupIds,
  ]);
  return rows;
}

/**
 * Stores merged desired configs; returns the twins whose desired config changed
 * (their version went up). A device with no twin and nothing desired gets no row.
 */
export async function storeDesired(db: Queryable, tenantId: string, desired: Array<{ deviceId: string; config: DeviceConfig }>): Promise<TwinRow[]> {
  if (desired.length === 0) return [];
  const { rows } = await db.query<TwinRow>(
    `insert into device_twins (device_id, tenant_id, desired, desired_version)
     select u.id, $1, u.desired, 1
     from unnest($2::text[], $3::jsonb[]) as u(id, desired)
     where u.desired <> '{}'::jsonb or exists (select 1 from device_twins t where t.device_id = u.id)
     on conflict (device_id) do update set desired = excluded.desired, desired_version = device_twins.desired_version + 1, desired_at = now()
       where device_twins.desired is distinct from excluded.desired
     returning ${twinColumns}`,
    [tenantId, desired.map((d) => d.deviceId), desired.map((d) => JSON.stringify(d.config))],
  );
  return rows;
}

/** Records what the screen applied. A version the hub never offered is refused (returns undefined). */
export async function storeReport(db: Queryable, deviceId: string, report: { version: number; reported: Record<string, unknown>; error: string | null }): Promise<TwinRow | undefined> {
  const { rows } = await db.query<TwinRow>(
    `insert into device_twins (device_id, tenant_id, reported, reported_version, reported_at, report_error)
     select id, tenant_id, $3::jsonb, 0, now(), $4 from devices where id = $1
     on conflict (device_id) do update set
       reported = excluded.reported,
       reported_version = case when $4::text is null and $2 > 0 then $2 else device_twins.reported_version end,
       reported_at = now(), report_error = $4
     where $2 <= device_twins.desired_version
     returning ${twinColumns}`,
    [deviceId, report.version, JSON.stringify(report.reported), report.error],
  );
  return rows[0];
}
