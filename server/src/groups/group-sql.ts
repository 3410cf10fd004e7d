// SQL of device groups and static group membership.
import type { Queryable } from '../db/database.js';

export interface GroupRow {
  id: string;
  tenant_id: string;
  name: string;
  kind: 'static' | 'dynamic';
  query: string | null;
  priority: number;
  member_count: number | null;
  created_at: Date;
  updated_at: Date;
}

// member_count: static groups only; a dynamic group's size is a query away (GET .../devices).
const columns = `g.id, g.tenant_id, g.name, g.kind, g.query, g.priority, g.created_at, g.updated_at,
  case when g.kind = 'static' then (select count(*)::int from device_group_members gm where gm.group_id = g.id) end as member_count`;


export async function insertGroup(db: Queryable, tenantId: string, values: { name: string; kind: 'static' | 'dynamic'; query: string | null; priority: number }): Promise<GroupRow> {
  const { rows } = await db.query<GroupRow>(
    `with g as (insert into device_groups (tenant_id, name, kind, query, priority) values ($1, $2, $3, $4, $5) returning *)
     select ${columns} from g`,
    [tenantId, values.name, values.kind, values.query, values.priority],
  );
  return rows[0]!;
}

export async function findGroup(db: Queryable, tenantId: string, id: string): Promise<GroupRow | undefined> {
  const { rows } = await db.query<GroupRow>(`select ${columns} from device_groups g where g.tenant_id = $1 and g.id = $2`, [tenantId, id]);
  return rows[0];
}

export async function updateGroup(db: Queryable, tenantId: string, id: string, changes: { name?: string; query?: string; priority?: number }): Promise<GroupRow | undefined> {
  const { rows } = await db.query<GroupRow>(
    `with g as (
       update device_groups set name = coalesce($3, name), query = case when kind = 'dynamic' then coalesce($4, query) else query end,
         priority = coalesce($5, priority), updated_at = now()
       where tenant_id = $1 and id = $2 returning *
     ) select ${columns} from g`,
    [tenantId, id, changes.name ?? null, changes.query ?? null, changes.priority ?? null],
  );
  return rows[0];
}

export async function deleteGroup(db: Queryable, tenantId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from device_groups where tenant_id = $1 and id = $2', [tenantId, id]);
  return rowCount > 0;
}

export async function listGroups(db: Queryable, tenantId: string, page: { orderBy: string; limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<GroupRow>(`select ${columns} from device_groups g where g.tenant_id = $1 order by ${page.orderBy} limit $2 offset $3`, [tenantId, page.limit, page.offset]),
    db.query<{ total: number }>('select count(*)::int as total from device_groups where tenant_id = $1', [tenantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

/** Adds the tenant's devices among `deviceIds`; returns the ids that are not the tenant's devices. */
export async function addMembers(db: Queryable, tenantId: string, groupId: string, deviceIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `with wanted as (select unnest($3::text[]) as id),
     found as (select d.id from devices d join wanted w on w.id = d.id where d.tenant_id = $1 and d.status <> 'decommissioned'),
     added as (insert into device_group_members (group_id, device_id, tenant_id) select $2, id, $1 from found on conflict do nothing)
     select w.id from wanted w where not exists (select 1 from found f where f.id = w.id)`,
    [tenantId, groupId, deviceIds],
  );
  return rows.map((r) => r.id);
}

export async function removeMembers(db: Queryable, tenantId: string, groupId: string, deviceIds: string[]): Promise<number> {
  const { rowCount } = await db.query('delete from device_group_members where tenant_id = $1 and group_id = $2 and device_id = any($3::text[])', [tenantId, groupId, deviceIds]);
  return rowCount;
}
