// SQL of remote commands.
import type { Queryable } from '../db/database.js';
import { groupBy } from '../platform/per-turn-batch.js';

export type CommandType = 'reboot' | 'set_volume' | 'play_test_announcement' | 'upload_logs' | 'take_screenshot';
/** Commands whose answer is a file the screen uploads over HTTP. */
export const uploadCommandTypes: ReadonlySet<CommandType> = new Set(['upload_logs', 'take_screenshot']);
export type CommandState = 'queued' | 'sent' | 'acked' | 'succeeded' | 'failed' | 'expired';

export interface CommandRow {
  id: string;
  tenant_id: string;
  device_id: string;
  type: CommandType;
  args: { volume?: number; text?: string };
  state: CommandState;
  result_message: string | null;
  created_at: Date;
  expires_at: Date;
  sent_at: Date | null;
  finished_at: Date | null;
  bulk_id: string | null;
  upload: { contentType: string; sizeBytes: number; sha256: string; uploadedAt: string } | null;
}

const columns = `id, tenant_id, device_id, type, args, state, result_message, created_at, expires_at, sent_at, finished_at, bulk_id,
  (select json_build_object('contentType', u.content_type, 'sizeBytes', u.size_bytes, 'sha256', u.sha256, 'uploadedAt', u.uploaded_at)
   from device_uploads u where u.command_id = commands.id) as upload`;

/** Queues a command for a device of the tenant; undefined if the device is not the tenant's (or decommissioned). */
export async function insertCommand(
  db: Queryable,
  values: { tenantId: string; deviceId: string; type: CommandType; args: object; ttlSeconds: number; createdBy: string },
): Promise<CommandRow | undefined> {
  const { rows } = await db.query<CommandRow>(
    `insert into commands (tenant_id, device_id, type, args, expires_at, created_by)
     select tenant_id, id, $3, $4::jsonb, now() + ($5::int * interval '1 second'), $6 from devices
     where tenant_id = $1 and id = $2 and status <> 'decommissioned'
     returning ${columns}`,
    [values.tenantId, values.deviceId, values.type, JSON.stringify(values.args), values.ttlSeconds, values.createdBy],
  );
  return rows[0];
}

/** Open, unexpired commands of a device, oldest first: what to (re)send when it connects. */
/** Open commands of several screens (the Hellos of one event-loop turn), oldest first, by device id. */
export async function openCommands(db: Queryable, deviceIds: string[]): Promise<Map<string, CommandRow[]>> {
  const { rows } = await db.query<CommandRow>(
    `select ${columns} from commands where device_id = any($1::text[]) and state in ('queued', 'sent', 'acked') and expires_at > now() order by created_at`,
    [deviceIds],
  );
  return groupBy(rows, (row) => row.device_id);
}

export async function markSent(db: Queryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(`update commands set state = 'sent', sent_at = now() where id = any($1::uuid[]) and state = 'queued'`, [ids]);
}

/**
 * Records a screen's report on its own command; returns the row if it changed.
 * A screen fast enough to answer before markSent ran still got the command: its
 * report sets sent_at when that is missing.
 */
export async function recordResult(db: Queryable, deviceId: string, commandId: string, state: 'acked' | 'succeeded' | 'failed', message: string): Promise<CommandRow | undefined> {
  const { rows } = await db.query<CommandRow>(
    `update commands set state = $3, result_message = nullif($4, ''), sent_at = coalesce(sent_at, now()),
       finished_at = case when $3 in ('succeeded', 'failed') then now() else finished_at end
     where id = $2 and device_id = $1 and state in ('queued', 'sent', 'acked') and expires_at > now()
       and not ($3 = 'acked' and state = 'acked')
     returning ${columns}`,
    [deviceId, commandId, state, message],
  );
  return rows[0];
}

/** One command per device of a group, in one statement; returns them. */
export async function insertBulkCommands(
  db: Queryable,
  values: { tenantId: string; bulkId: string; deviceIds: string[]; type: CommandType; args: object; expiresAt: Date; createdBy: string },
): Promise<CommandRow[]> {
  const { rows } = await db.query<CommandRow>(
    `insert into commands (tenant_id, device_id, type, args, expires_at, created_by, bulk_id)
     select $1, d.id, $3, $4::jsonb, $5, $6, $7 from devices d
     where d.tenant_id = $1 and d.id = any($2::text[]) and d.status <> 'decommissioned'
     returning ${columns}`,
    [values.tenantId, values.deviceIds, values.type, JSON.stringify(values.args), values.expiresAt, values.createdBy, values.bulkId],
  );
  return rows;
}

/** Open commands past their expiry become `expired`; returns them. */
export async function expireCommands(db: Queryable): Promise<CommandRow[]> {
  const { rows } = await db.query<CommandRow>(
    `update commands set state = 'expired', finished_at = now() where state in ('queued', 'sent', 'acked') and expires_at <= now() returning ${columns}`,
  );
  return rows;
}

export async function findCommand(db: Queryable, tenantId: string, id: string): Promise<CommandRow | undefined> {
  const { rows } = await db.query<CommandRow>(`select ${columns} from commands where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listDeviceCommands(db: Queryable, tenantId: string, deviceId: string, page: { limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<CommandRow>(`select ${columns} from commands where tenant_id = $1 and device_id = $2 order by created_at desc, id limit $3 offset $4`, [tenantId, deviceId, page.limit, page.offset]),
    db.query<{ total: number }>('select count(*)::int as total from commands where tenant_id = $1 and device_id = $2', [tenantId, deviceId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}
