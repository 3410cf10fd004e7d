// SQL of the files screens upload in answer to upload_logs and take_screenshot.
import type { Queryable } from '../db/database.js';

export interface UploadTarget {
  tenant_id: string;
  device_id: string;
  type: string;
  state: string;
  expired: boolean;
  uploaded: boolean;
}

export async function findUploadTarget(db: Queryable, commandId: string): Promise<UploadTarget | undefined> {
  const { rows } = await db.query<UploadTarget>(
    `select c.tenant_id, c.device_id, c.type, c.state, c.expires_at <= now() as expired,
            exists (select 1 from device_uploads u where u.command_id = c.id) as uploaded
     from commands c where c.id = $1`,
    [commandId],
  );
  return rows[0];
}

/** Stores the file; false if the command already has one. */
export async function insertUpload(db: Queryable, values: { commandId: string; tenantId: string; deviceId: string; contentType: string; sha256: string; content: Buffer }): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into device_uploads (command_id, tenant_id, device_id, content_type, size_bytes, sha256, content)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (command_id) do nothing`,
    [values.commandId, values.tenantId, values.deviceId, values.contentType, values.content.length, values.sha256, values.content],
  );
  return rowCount > 0;
}

export async function findUpload(db: Queryable, tenantId: string, commandId: string): Promise<{ content_type: string; content: Uint8Array; sha256: string } | undefined> {
  const { rows } = await db.query<{ content_type: string; content: Uint8Array; sha256: string }>(
    'select content_type, content, sha256 from device_uploads where tenant_id = $1 and command_id = $2',
    [tenantId, commandId],
  );
  return rows[0];
}
