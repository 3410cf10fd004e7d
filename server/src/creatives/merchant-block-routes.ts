// The ad categories a merchant will not show at its counter (a café blocks
// other cafés' ads). The schedule compiler leaves them out of its screens'
// schedules; a change marks those schedules stale.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AdCategory } from '../advertisers/index.js';
import { NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { blockedCategories, setBlockedCategories } from './creative-sql.js';

const AdBlocksSchema = Type.Object({ merchantId: Type.String({ format: 'uuid' }), categories: Type.Array(Type.String()) });

export async function merchantBlockRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ads'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/merchants/:id/ad-blocks',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'The ad categories a merchant blocks', params: IdParams, response: { 200: AdBlocksSchema } } },
    async (request) => {
      const categories = await blockedCategories(app.db, request.user.tenantId, request.params.id);
      if (!categories) throw new NotFoundError('merchant');
      return { merchantId: request.params.id, categories };
    },
  );

  app.put(
    '/api/merchants/:id/ad-blocks',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags, security, summary: 'Set the ad categories a merchant blocks (the whole list; [] blocks none)', params: IdParams,
        body: Type.Object({ categories: Type.Array(AdCategory, { maxItems: 200 }) }, { additionalProperties: false }),
        response: { 200: AdBlocksSchema },
      },
    },
    async (request) => {
      const { tenantId } = request.user;
      const wanted = [...new Set(request.body.categories)].sort();
      const categories = await setBlockedCategories(app.db, tenantId, request.params.id, wanted);
      if (!categories) throw new NotFoundError('merchant');
      await app.adSchedules.invalidation.merchantsChanged(tenantId, [request.params.id]);
      return { merchantId: request.params.id, categories };
    },
  );
}
