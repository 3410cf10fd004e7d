// Operators look at a screen's compiled schedule (decoded, with what the screen
// acknowledged) and can ask for a compile round now rather than at the next tick.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { hub } from '@screenhub/protocol';
import { NotFoundError } from '../platform/errors.js';
import type { ScheduleCompilerTask } from './schedule-compiler-task.js';
import { scheduleStatus } from './schedule-sql.js';

export async function scheduleRoutes(fastify: FastifyInstance, options: { compiler: ScheduleCompilerTask }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ads'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/devices/:id/ad-schedule',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: "A screen's compiled ad schedule (the AdSchedule it is sent, as JSON) and whether it acknowledged it",
        params: Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }),
        response: {
          200: Type.Object({
            deviceId: Type.String(),
            version: Type.Integer(),
            compiledAt: Type.String({ format: 'date-time' }),
            validUntil: Type.String({ format: 'date-time' }),
            stale: Type.Boolean(),
            ackedVersion: Type.Union([Type.Integer(), Type.Null()]),
            ackedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
            missingCreativeIds: Type.Array(Type.String()),
            schedule: Type.Object({}, { additionalProperties: true, description: 'the AdSchedule message as JSON (protobufjs toObject, field names in camelCase)' }),
          }),
        },
      },
    },
    async (request) => {
      const row = await scheduleStatus(app.db, request.user.tenantId, request.params.id);
      if (!row) throw new NotFoundError('ad schedule (none compiled for this screen yet)');
      return {
        deviceId: row.device_id,
        version: row.version,
        compiledAt: row.compiled_at.toISOString(),
        validUntil: row.valid_until.toISOString(),
        stale: row.stale,
        ackedVersion: row.acked_version,
        ackedAt: row.acked_at?.toISOString() ?? null,
        missingCreativeIds: row.missing_creative_ids,
        schedule: hub.v1.AdSchedule.toObject(hub.v1.AdSchedule.decode(row.body), { defaults: true, longs: Number }),
      };
    },
  );

  app.post(
    '/api/ad-schedules/compile',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Compile every due schedule now (stale, new or running out) and send them', response: { 204: Type.Null() } } },
    async (_request, reply) => {
      await options.compiler.run();
      reply.status(204);
    },
  );
}
