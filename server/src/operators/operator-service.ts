// Operators: login, creation, listing; and the first admin on a new hub.
import { randomBytes } from 'node:crypto';
import { lockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database, Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/database.js';
import type { AuthenticatedOperator, OperatorClaims, Role } from '../platform/auth-plugin.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from '../platform/errors.js';
import { hashPassword, UNKNOWN_OPERATOR_HASH, verifyPassword } from './password-hash.js';
import { countOperators, ensureRootTenant, findOperator, findOperatorForLogin, insertOperator, listOperators, recordLogin, type OperatorRow } from './operator-sql.js';
import type { OperatorDto } from './operator-schemas.js';

export const ROOT_TENANT_NAME = 'ScreenHub';

export function toOperatorDto(row: OperatorRow): OperatorDto {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

export class OperatorService {
  constructor(private readonly db: Database) {}

  /** Checks email and password; the same answer and similar time for an unknown email and a wrong password. */
  async login(email: string, password: string): Promise<{ claims: OperatorClaims; operator: OperatorDto }> {
    const row = await findOperatorForLogin(this.db, email);
    const ok = await verifyPassword(password, row?.password_hash ?? UNKNOWN_OPERATOR_HASH);
    if (!row || !ok || row.disabled) throw new UnauthorizedError('wrong email or password');
    await recordLogin(this.db, row.id);
    return { claims: { sub: row.id, tid: row.tenant_id, role: row.role, root: row.is_root }, operator: toOperatorDto(row) };
  }

  async get(tenantId: string, id: string): Promise<OperatorDto> {
    const row = await findOperator(this.db, tenantId, id);
    if (!row) throw new NotFoundError('operator');
    return toOperatorDto(row);
  }

  async list(tenantId: string, page: { orderBy: string; limit: number; offset: number }) {
    const { rows, total } = await listOperators(this.db, tenantId, page);
    return { rows: rows.map(toOperatorDto), total };
  }

  async create(
    actor: AuthenticatedOperator,
    input: { email: string; name?: string; role: Role; password: string; tenantId?: string },
    tx: Queryable = this.db,
  ): Promise<OperatorDto> {
    const tenantId = input.tenantId ?? actor.tenantId;
    if (tenantId !== actor.tenantId && !actor.isRoot) throw new ForbiddenError('only root admins create operators in another tenant');
    const passwordHash = await hashPassword(input.password);
    try {
      return toOperatorDto(await insertOperator(tx, { tenantId, email: input.email, name: input.name ?? '', role: input.role, passwordHash }));
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError(`an operator with email ${input.email} exists`);
      if ((err as { code?: string }).code === '23503') throw new NotFoundError('tenant');
      throw err;
    }
  }

  /**
   * On a hub with no operator yet: the root tenant and its first admin, from the
   * given credentials or with a generated password (returned so it can be
   * printed once). Returns undefined when operators already exist.
   */
  async bootstrapAdmin(credentials: { email?: string; password?: string }): Promise<{ email: string; generatedPassword?: string } | undefined> {
    return this.db.transaction(async (tx) => {
      await lockForTransaction(tx, 'firstAdmin');
      if ((await countOperators(tx)) > 0) return undefined;
      const email = credentials.email ?? 'admin@screenhub.local';
      const generatedPassword = credentials.password ? undefined : randomBytes(12).toString('base64url');
      const tenantId = await ensureRootTenant(tx, ROOT_TENANT_NAME);
      const passwordHash = await hashPassword(credentials.password ?? generatedPassword!);
      await insertOperator(tx, { tenantId, email, name: 'Administrator', role: 'admin', passwordHash });
      return { email, generatedPassword };
    });
  }
}
