// SQL of the operators table.
import type { Queryable } from '../db/database.js';
import type { Role } from '../platform/auth-plugin.js';

export interface OperatorRow {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  created_at: Date;
  last_login_at: Date | null;
}

export interface OperatorLoginRow extends OperatorRow {
  password_hash: string;
  is_root: boolean;
}

const columns = 'o.id, o.tenant_id, o.email, o.name, o.role, o.disabled, o.created_at, o.last_login_at';

export async function findOperatorForLogin(db: Queryable, email: string): Promise<OperatorLoginRow | undefined> {
  const { rows } = await db.query<OperatorLoginRow>(
    `select ${columns}, o.password_hash, t.is_root from operators o join tenants t on t.id = o.tenant_id where lower(o.email) = lower($1)`,
    [email],
  );
  return rows[0];
}

export async function findOperator(db: Queryable, tenantId: string, id: string): Promise<OperatorRow | undefined> {
  const { rows } = await db.query<OperatorRow>(`select ${columns} from operators o where o.tenant_id = $1 and o.id = $2`, [tenantId, id]);
  return rows[0];
}

export async function insertOperator(
  db: Queryable,
  values: { tenantId: string; email: string; name: string; role: Role; passwordHash: string },
): Promise<OperatorRow> {
  const { rows } = await db.query<OperatorRow>(
    `insert into operators (tenant_id, email, name, role, password_hash) values ($1, $2, $3, $4, $5)
     returning id, tenant_id, email, name, role, disabled, created_at, last_login_at`,
    [values.tenantId, values.email, values.name, values.role, values.passwordHash],
  );
  return rows[0]!;
}

export async function listOperators(db: Queryable, tenantId: string, page: { orderBy: string; limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<OperatorRow>(`select ${columns} from operators o where o.tenant_id = $1 order by ${page.orderBy} limit $2 offset $3`, [tenantId, page.limit, page.offset]),
    db.query<{ total: number }>('select count(*)::int as total from operators where tenant_id = $1', [tenantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function recordLogin(db: Queryable, id: string): Promise<void> {
  await db.query('update operators set last_login_at = now() where id = $1', [id]);
}

export async function countOperators(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ total: number }>('select count(*)::int as total from operators');
  return rows[0]?.total ?? 0;
}

/** The root tenant's id, made with `name` if there is none yet (one root: a partial unique index on is_root). */
export async function ensureRootTenant(db: Queryable, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into tenants (name, is_root) values ($1, true)
     on conflict (is_root) where is_root do update set name = tenants.name returning id`,
    [name],
  );
  return rows[0]!.id;
}
