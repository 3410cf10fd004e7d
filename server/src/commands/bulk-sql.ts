// SQL of bulk commands: one command sent to every screen of a group, with progress.
import type { Queryable } from '../db/database.js';

export interface BulkRow {
  id: string;
  tenant_id: string;
  group_id: string | null;
  type: string;
  args: Record<string, unknown>;
  device_count: number;
  created_at: Date;
  expires_at: Date;
  /** Commands by state: queued, sent, acked, succeeded, failed, expired. */
  progress: Record<string, number>;
}

const columns = `b.id, b.tenant_id, b.group_id, b.type, b.args, b.device_count, b.created_at, b.expires_at,
  coalesce((select json_object_agg(state, n) from (select state, count(*)::int as n from commands c where c.bulk_id = b.id group by state) s), '{}') as progress`;

export async function insertBulk(
  db: Queryable,
  values: { tenantId: string; groupId: string; type: string; args: object; deviceCount: number; ttlSeconds: number; createdBy: string },
): Promise<{ id: string; expires_at: Date }> {
  const { rows } = await db.query<{ id: string; expires_at: Date }>(
    `insert into bulk_commands (tenant_id, group_id, type, args, device_count, expires_at, created_by)
     values ($1, $2, $3, $4::jsonb, $5, now() + ($6::int * interval '1 second'), $7) returning id, expires_at`,
    [values.tenantId, values.groupId, values.type, JSON.stringify(values.args), values.deviceCount, values.ttlSeconds, values.createdBy],
  );
  return rows[0]!;
}

export async function findBulk(db: Queryable, tenantId: string, id: string): Promise<BulkRow | undefined> {
  const { rows } = await db.query<BulkRow>(`select ${columns} from bulk_commands b where b.tenant_id = $1 and b.id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listBulks(db: Queryable, tenantId: string, page: { limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<BulkRow>(`select ${columns} from bulk_commands b where b.tenant_id = $1 order by b.created_at desc, b.id limit $2 offset $3`, [tenantId, page.limit, page.offset]),
    db.query<{ total: number }>('select count(*)::int as total from bulk_commands where tenant_id = $1', [tenantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}
