// The groups API: static groups and their members, dynamic groups and their
// query (checked when saved), and the screens each holds.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { isUniqueViolation } from '../db/database.js';
import { deleteLayer } from '../device-config/index.js';
import { DeviceSchema, deviceListSpec } from '../devices/index.js';
import { BadRequestError, ConflictError, NotFoundError, rejectedFile } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { addMembers, deleteGroup, findGroup, insertGroup, listGroups, removeMembers, updateGroup, type GroupRow } from './group-sql.js';

const GroupSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  kind: Type.Union([Type.Literal('static'), Type.Literal('dynamic')]),
  query: Type.Union([Type.String(), Type.Null()]),
  priority: Type.Integer({ description: 'a higher priority wins when groups\' config layers disagree' }),
  memberCount: Type.Integer({ description: 'screens in the group now (a dynamic group: those its query holds)' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '^[^"\\\\]+$', description: 'unique in the tenant; no quotes, so queries can name it' });
const Priority = Type.Integer({ minimum: -1000, maximum: 1000 });
// The dynamic branch first: ajv's removeAdditional would strip `query` while trying the static one.
const CreateGroupBody = Type.Union([
  Type.Object({ name: Name, kind: Type.Literal('dynamic'), query: Type.String({ minLength: 1, maxLength: 4000 }), priority: Type.Optional(Priority) }, { additionalProperties: false }),
  Type.Object({ name: Name, kind: Type.Literal('static'), priority: Type.Optional(Priority) }, { additionalProperties: false }),
]);
const UpdateGroupBody = Type.Object({ name: Type.Optional(Name), query: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })), priority: Type.Optional(Priority) });
const MembersBody = Type.Object({ deviceIds: Type.Array(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }), { minItems: 1, maxItems: 10_000 }) }, { additionalProperties: false });

const toDto = (row: GroupRow & { member_count: number }): Static<typeof GroupSchema> => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  query: row.query,
  priority: row.priority,
  memberCount: row.member_count,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export async function groupRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['groups'];
  const security = [{ bearer: [] }];
  const registry = app.devices.registry;
  /** Config layers and dynamic membership depend on groups: tell the twin which screens may have changed. */
  const membershipChanged = (tenantId: string, deviceIds: string[] | 'all') => app.deviceConfig.devicesChanged(tenantId, deviceIds);

  const load = async (tenantId: string, id: string) => {
    const group = await findGroup(app.db, tenantId, id);
    if (!group) throw new NotFoundError('group');
    return group;
  };
  /** A dynamic group's size is its query's count now; a static group's comes with its row. */
  const counted = async (tenantId: string, row: GroupRow) => ({
    ...row,
    member_count: row.member_count ?? (await app.devices.service.count(tenantId, `group = "${row.id}"`)),
  });
  const dto = async (tenantId: string, row: GroupRow) => toDto(await counted(tenantId, row));

  app.post(
    '/api/groups',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Create a static or dynamic group', body: CreateGroupBody, response: { 201: GroupSchema } } },
    async (request, reply) => {
      const body = request.body;
      const query = body.kind === 'dynamic' ? body.query : null;
      if (query !== null) await registry.compile(request.user.tenantId, query);
      try {
        const row = await insertGroup(app.db, request.user.tenantId, { name: body.name, kind: body.kind, query, priority: body.priority ?? 0 });
        reply.status(201);
        return await dto(request.user.tenantId, row);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`a group named "${body.name}" exists`);
        throw err;
      }
    },
  );

  app.get(
    '/api/groups',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'List groups', querystring: ListQuerystring, response: { 200: Type.Array(GroupSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { name: 'g.name', priority: 'g.priority', createdAt: 'g.created_at' }, defaultSort: ['name', 'ASC'], tieBreaker: 'g.id' });
      const { rows, total } = await listGroups(app.db, request.user.tenantId, page);
      return withContentRange(reply, 'groups', await Promise.all(rows.map((row) => dto(request.user.tenantId, row))), page.offset, total);
    },
  );

  app.get(
    '/api/groups/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One group', params: IdParams, response: { 200: GroupSchema } } },
    async (request) => dto(request.user.tenantId, await load(request.user.tenantId, request.params.id)),
  );

  app.put(
    '/api/groups/:id',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Rename a group, change its priority or (dynamic) its query', params: IdParams, body: UpdateGroupBody, response: { 200: GroupSchema } } },
    async (request) => {
      const { tenantId } = request.user;
      const group = await load(tenantId, request.params.id);
      const { query } = request.body;
      if (query !== undefined && group.kind === 'static') throw new BadRequestError('a static group has no query; its members are listed');
      if (query !== undefined) await registry.compile(tenantId, query, group.id);
      let row: GroupRow | undefined;
      try {
        row = await updateGroup(app.db, tenantId, group.id, request.body);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`a group named "${request.body.name}" exists`);
        throw err;
      }
      if (query !== undefined || request.body.priority !== undefined) await membershipChanged(tenantId, 'all');
      return dto(tenantId, row!);
    },
  );

  app.delete(
    '/api/groups/:id',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Delete a group (its config layer goes with it)', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const { tenantId } = request.user;
      const group = await load(tenantId, request.params.id);
      const members = group.kind === 'static' ? await registry.deviceIds(tenantId, `group = "${group.id}"`) : 'all';
      await app.db.transaction(async (tx) => {
        await deleteLayer(tx, tenantId, 'group', group.id);
        await deleteGroup(tx, tenantId, group.id);
      });
      await membershipChanged(tenantId, members);
      reply.status(204);
      return null;
    },
  );

  app.post(
    '/api/groups/:id/members',
    {
      onRequest: app.requireRole('operator'),
      config: { problems: { 422: 'Some device ids are not devices of this organisation (each listed in `errors`); none were added.' } },
      schema: { tags, security, summary: 'Add screens to a static group (all or none: unknown ids are listed in a 422)', params: IdParams, body: MembersBody, response: { 200: GroupSchema } },
    },
    async (request) => {
      const { tenantId } = request.user;
      const group = await load(tenantId, request.params.id);
      if (group.kind !== 'static') throw new BadRequestError('a dynamic group\'s members follow its query');
      await app.db.transaction(async (tx) => {
        const unknown = await addMembers(tx, tenantId, group.id, request.body.deviceIds);
        if (unknown.length > 0) throw rejectedFile(`${unknown.length} of the device ids are not devices of this tenant; none were added`, unknown.map((deviceId) => ({ deviceId, reason: 'no such device' })));
      });
      await membershipChanged(tenantId, request.body.deviceIds);
      return dto(tenantId, await load(tenantId, group.id));
    },
  );

  app.delete(
    '/api/groups/:id/members',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Remove screens from a static group', params: IdParams, body: MembersBody, response: { 200: GroupSchema } } },
    async (request) => {
      const { tenantId } = request.user;
      const group = await load(tenantId, request.params.id);
      if (group.kind !== 'static') throw new BadRequestError('a dynamic group\'s members follow its query');
      await removeMembers(app.db, tenantId, group.id, request.body.deviceIds);
      await membershipChanged(tenantId, request.body.deviceIds);
      return dto(tenantId, await load(tenantId, group.id));
    },
  );

  app.get(
    '/api/groups/:id/devices',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'The screens in a group (the device list, filtered to the group)', params: IdParams, querystring: ListQuerystring, response: { 200: Type.Array(DeviceSchema) } } },
    async (request, reply) => {
      const { tenantId } = request.user;
      const group = await load(tenantId, request.params.id);
      const page = parseListQuery(request.query, deviceListSpec);
      const { rows, total } = await app.devices.service.list(tenantId, page.filter, page, `group = "${group.id}"`);
      return withContentRange(reply, 'devices', rows, page.offset, total);
    },
  );
}
