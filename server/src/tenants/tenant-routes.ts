// The tenants API: root admins list and create tenants (each with its first
// admin); everyone else reads only their own tenant.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { isUniqueViolation } from '../db/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { Email, NewPassword, OperatorSchema } from '../operators/index.js';
import { findTenant, insertTenant, listTenants, type TenantRow } from './tenant-sql.js';

const TenantSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  isRoot: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
type TenantDto = Static<typeof TenantSchema>;

const CreateTenantBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    admin: Type.Object({ email: Email, password: NewPassword, name: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

function toDto(row: TenantRow): TenantDto {
  return { id: row.id, name: row.name, isRoot: row.is_root, createdAt: row.created_at.toISOString() };
}

const listSpec = { sortable: { name: 'name', createdAt: 'created_at' }, defaultSort: ['name', 'ASC'] as [string, 'ASC'], tieBreaker: 'id' };

export async function tenantRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const security = [{ bearer: [] }];

  app.get(
    '/api/tenants',
    { onRequest: app.authenticate, schema: { tags: ['tenants'], summary: 'Tenants you can see (all, for root admins)', security, querystring: ListQuerystring, response: { 200: Type.Array(TenantSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
      const { rows, total } = await listTenants(app.db, page, request.user.isRoot ? undefined : request.user.tenantId);
      return withContentRange(reply, 'tenants', rows.map(toDto), page.offset, total);
    },
  );

  app.get(
    '/api/tenants/:id',
    { onRequest: app.authenticate, schema: { tags: ['tenants'], summary: 'One tenant', security, params: IdParams, response: { 200: TenantSchema } } },
    async (request) => {
      const visible = request.user.isRoot || request.params.id === request.user.tenantId;
      const row = visible ? await findTenant(app.db, request.params.id) : undefined;
      if (!row) throw new NotFoundError('tenant');
      return toDto(row);
    },
  );

  app.post(
    '/api/tenants',
    {
      onRequest: app.requireRole('admin'),
      schema: { tags: ['tenants'], summary: 'Create a tenant and its first admin (root admins)', security, body: CreateTenantBody, response: { 201: Type.Composite([TenantSchema, Type.Object({ admin: OperatorSchema })]) } },
    },
    async (request, reply) => {
      if (!request.user.isRoot) throw new ForbiddenError('only root admins create tenants');
      const { name, admin } = request.body;
      const created = await app.db
        .transaction(async (tx) => {
          const tenant = await insertTenant(tx, name);
          const operator = await app.operators.create(request.user, { ...admin, role: 'admin', tenantId: tenant.id }, tx);
          return { ...toDto(tenant), admin: operator };
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new ConflictError(`a tenant named ${name} exists`);
          throw err;
        });
      reply.status(201);
      return created;
    },
  );
}
