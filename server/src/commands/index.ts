// Commands domain: operators send a screen a command (reboot, set volume, play
// a test announcement); it reaches the screen now or when it next connects,
// and ends with the screen's result or its expiry. Progress is on the live
// event stream.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { CommandDispatcher } from './command-dispatcher.js';
import { findCommand, insertCommand, listDeviceCommands, type CommandRow } from './command-sql.js';

declare module 'fastify' {
  interface FastifyInstance {
    commands: CommandDispatcher;
  }
}

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
});

const CreateCommandBody = Type.Object(
  {
    type: Type.Union([Type.Literal('reboot'), Type.Literal('set_volume'), Type.Literal('play_test_announcement')]),
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
});

export default async function commandsDomain(fastify: FastifyInstance, options: { expirySweepMs: number }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['commands'];
  const security = [{ bearer: [] }];
  const dispatcher = new CommandDispatcher(app.db, app.mqtt.broker, app.hubEvents, app.log.child({ component: 'commands' }), options.expirySweepMs);
  fastify.decorate('commands', dispatcher);
  // Hello comes after the screen subscribed to its downlinks: the moment to deliver what waited.
  app.mqtt.uplinks.on('hello', (event) => dispatcher.onConnect(event.identity.deviceId));
  app.mqtt.uplinks.on('commandResult', (event) => dispatcher.onResult(event));
  app.addHook('onReady', async () => dispatcher.start());
  app.addHook('onClose', async () => dispatcher.stop());

  app.post(
    '/api/devices/:id/commands',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Send a command to a screen (delivered now, or when it next connects)', params: Type.Object({ id: Type.String() }), body: CreateCommandBody, response: { 201: CommandSchema } },
    },
    async (request, reply) => {
      const { type, volume, text, ttlSeconds } = request.body;
      if (type === 'set_volume' && volume === undefined) throw new BadRequestError('set_volume needs volume (0-100)');
      if (type === 'play_test_announcement' && !text) throw new BadRequestError('play_test_announcement needs text');
      const args = type === 'set_volume' ? { volume } : type === 'play_test_announcement' ? { text } : {};
      const command = await insertCommand(app.db, { tenantId: request.user.tenantId, deviceId: request.params.id, type, args, ttlSeconds: ttlSeconds ?? 86_400, createdBy: request.user.id });
      if (!command) throw new NotFoundError('device');
      await dispatcher.dispatch(command);
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

  app.get(
    '/api/commands/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One command', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: CommandSchema } } },
    async (request) => {
      const command = await findCommand(app.db, request.user.tenantId, request.params.id);
      if (!command) throw new NotFoundError('command');
      return toDto(command);
    },
  );
}
