// The tenant's ad loop: its length and its slot length (GET for anyone of the
// tenant, PUT for operators). Changing it recompiles every schedule of the tenant.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { BadRequestError } from '../platform/errors.js';
import { loopSettings, saveLoopSettings } from './ad-settings-sql.js';

const LoopSchema = Type.Object(
  {
    loopSeconds: Type.Integer({ minimum: 10, maximum: 3600, description: 'one loop, e.g. 60' }),
    slotSeconds: Type.Integer({ minimum: 1, maximum: 600, description: 'one slot, e.g. 10 (the loop must be a whole number of slots)' }),
  },
  { additionalProperties: false },
);

export async function settingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ads'];
  const security = [{ bearer: [] }];

  app.get('/api/ad-settings/loop', { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: "The tenant's ad loop", response: { 200: LoopSchema } } }, async (request) =>
    loopSettings(app.db, request.user.tenantId),
  );

  app.put(
    '/api/ad-settings/loop',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: "Set the tenant's ad loop (recompiles its schedules)", body: LoopSchema, response: { 200: LoopSchema } } },
    async (request) => {
      const loop = request.body;
      if (loop.loopSeconds % loop.slotSeconds !== 0) throw new BadRequestError('loopSeconds must be a whole number of slots');
      await saveLoopSettings(app.db, request.user.tenantId, loop);
      await app.adSchedules.invalidation.tenantChanged(request.user.tenantId);
      return loop;
    },
  );
}
