// The commands API: one command to a screen, a bulk command to a group (its
// progress by state), and reading them back. Screens' uploads: upload-routes.ts.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { findGroup } from '../groups/index.js';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { findBulk, insertBulk, listBulks, type BulkRow } from './bulk-sql.js';
import type { CommandDispatcher } from './command-dispatcher.js';
import { findCommand, insertBulkCommands, insertCommand, listDeviceCommands, type CommandRow } from './command-sql.js';
import { uploadRoutes } from './upload-routes.js';

const CommandSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  deviceId: Type.String(),
  type: Type.String(),
  args: Type.Object({ volume: Type.Optional(Type.Integer()), text: Type.Optional(Type.String()) }),
  state: Type.String({ description: 'queued, sent, acked, succeeded, failed, expired' }),
  resultMessage: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  bulkId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  upload: Type.Union([
    Type.Object({ contentType: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String(), uploadedAt: Type.String() }, { description: 'download at /api/commands/{id}/upload' }),
    Type.Null(),
  ]),
});

const BulkSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  groupId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  type: Type.String(),
  args: Type.Object({ volume: Type.Optional(Type.Integer()), text: Type.Optional(Type.String()) }),
  deviceCount: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  progress: Type.Object(
    { queued: Type.Integer(), sent: Type.Integer(), acked: Type.Integer(), succeeded: Type.Integer(), failed: Type.Integer(), expired: Type.Integer(), done: Type.Integer({ description: 'succeeded + failed + expired' }) },
  ),
});

const CreateCommandBody = Type.Object(
  {
    type: Type.Union([Type.Literal('reboot'), Type.Literal('set_volume'), Type.Literal('play_test_announcement'), Type.Literal('upload_logs'), Type.Literal('take_screenshot')], {
      description: 'upload_logs and take_screenshot: the screen uploads the file over HTTP; download it at /api/commands/{id}/upload',
    }),
    volume: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: 'set_volume only' })),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'play_test_announcement only' })),
    ttlSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 * 86_400, description: 'how long it may wait for an offline screen; default one day' })),
  },
  { additionalProperties: false },
);

const toDto = (c: CommandRow): Static<typeof CommandSchema> => ({
  id: c.id,
  deviceId: c.device_id,
  type: c.type,
  args: c.args,
  state: c.state,
  resultMessage: c.result_message,
  createdAt: c.created_at.toISOString(),
  expiresAt: c.expires_at.toISOString(),
  sentAt: c.sent_at?.toISOString() ?? null,
  finishedAt: c.finished_at?.toISOString() ?? null,
  bulkId: c.bulk_id,
  upload: c.upload,
});

const toBulkDto = (b: BulkRow): Static<typeof BulkSchema> => {
  const count = (state: string) => b.progress[state] ?? 0;
  return {
    id: b.id,
    groupId: b.group_id,
    type: b.type,
    args: b.args,
    deviceCount: b.device_count,
    createdAt: b.created_at.toISOString(),
    expiresAt: b.expires_at.toISOString(),
    progress: {
      queued: count('queued'),
      sent: count('sent'),
      acked: count('acked'),
      succeeded: count('succeeded'),
      failed: count('failed'),
      expired: count('expired'),
      done: count('succeeded') + count('failed') + count('expired'),
    },
  };
};

/** Checks a command body and returns the arguments its type carries. */
function commandArgs(body: Static<typeof CreateCommandBody>): { volume?: number; text?: string } {
  const { type, volume, text } = body;
  if (type === 'set_volume' && volume === undefined) throw new BadRequestError('set_volume needs volume (0-100)');
  if (type === 'play_test_announcement' && !text) throw new BadRequestError('play_test_announcement needs text');
  return type === 'set_volume' ? { volume } : type === 'play_test_announcement' ? { text } : {};
}

export async function commandRoutes(fastify: FastifyInstance, options: { dispatcher: CommandDispatcher; uploadMaxBytes: number }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['commands'];
  const security = [{ bearer: [] }];

  const { dispatcher, uploadMaxBytes } = options;
  app.post(
    '/api/devices/:id/commands',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Send a command to a screen (delivered now, or when it next connects)', params: Type.Object({ id: Type.String() }), body: CreateCommandBody, response: { 201: CommandSchema } },
    },
    async (request, reply) => {
      const { type, ttlSeconds } = request.body;
      const args = commandArgs(request.body);
      const command = await insertCommand(app.db, { tenantId: request.user.tenantId, deviceId: request.params.id, type, args, ttlSeconds: ttlSeconds ?? 86_400, createdBy: request.user.id });
      if (!command) throw new NotFoundError('device');
      await dispatcher.dispatch([command]);
      reply.status(201);
      return toDto((await findCommand(app.db, request.user.tenantId, command.id))!);
    },
  );

  app.get(
    '/api/devices/:id/commands',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Commands of a screen, newest first', params: Type.Object({ id: Type.String() }), querystring: ListQuerystring, response: { 200: Type.Array(CommandSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { createdAt: 'created_at' }, defaultSort: ['createdAt', 'DESC'], tieBreaker: 'id' });
      const { rows, total } = await listDeviceCommands(app.db, request.user.tenantId, request.params.id, page);
      return withContentRange(reply, 'commands', rows.map(toDto), page.offset, total);
    },
  );

  app.post(
    '/api/groups/:id/commands',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Send one command to every screen in a group; follow it at /api/bulk-commands/{id}', params: IdParams, body: CreateCommandBody, response: { 201: BulkSchema } },
    },
    async (request, reply) => {
      const { tenantId, id: operatorId } = request.user;
      const { type, ttlSeconds } = request.body;
      const args = commandArgs(request.body);
      const group = await findGroup(app.db, tenantId, request.params.id);
      if (!group) throw new NotFoundError('group');
      const deviceIds = await app.devices.registry.deviceIds(tenantId, `group = "${group.id}"`);
      const { bulk, commands } = await app.db.transaction(async (tx) => {
        const bulk = await insertBulk(tx, { tenantId, groupId: group.id, type, args, deviceCount: deviceIds.length, ttlSeconds: ttlSeconds ?? 86_400, createdBy: operatorId });
        return { bulk, commands: await insertBulkCommands(tx, { tenantId, bulkId: bulk.id, deviceIds, type, args, expiresAt: bulk.expires_at, createdBy: operatorId }) };
      });
      await dispatcher.dispatch(commands);
      reply.status(201);
      return toBulkDto((await findBulk(app.db, tenantId, bulk.id))!);
    },
  );

  app.get(
    '/api/bulk-commands',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Bulk commands, newest first, with progress', querystring: ListQuerystring, response: { 200: Type.Array(BulkSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { createdAt: 'created_at' }, defaultSort: ['createdAt', 'DESC'], tieBreaker: 'id' });
      const { rows, total } = await listBulks(app.db, request.user.tenantId, page);
      return withContentRange(reply, 'bulk-commands', rows.map(toBulkDto), page.offset, total);
    },
  );

  app.get(
    '/api/bulk-commands/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One bulk command and its progress by state', params: IdParams, response: { 200: BulkSchema } } },
    async (request) => {
      const bulk = await findBulk(app.db, request.user.tenantId, request.params.id);
      if (!bulk) throw new NotFoundError('bulk command');
      return toBulkDto(bulk);
    },
  );

  await app.register(uploadRoutes, { maxBytes: uploadMaxBytes });

  app.get(
    '/api/commands/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One command', params: IdParams, response: { 200: CommandSchema } } },
    async (request) => {
      const command = await findCommand(app.db, request.user.tenantId, request.params.id);
      if (!command) throw new NotFoundError('command');
      return toDto(command);
    },
  );
}
