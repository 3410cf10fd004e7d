// The webhooks API: a merchant's webhook URL (set or rotated; the signing secret
// is shown only then) and the deliveries made to it.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { listDeliveries, setWebhook } from './webhook-sql.js';
import { newWebhookSecret, WebhookTargetSchemas } from './webhook-target.js';

const DeliverySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  event: Type.String(),
  transactionId: Type.Union([Type.String(), Type.Null()]),
  state: Type.String(),
  attempts: Type.Integer(),
  lastStatus: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  nextAttemptAt: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  payload: Type.Record(Type.String(), Type.Unknown()),
});

export async function webhookRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['webhooks'];
  const security = [{ bearer: [] }];

  app.put(
    '/api/merchants/:id/webhook',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags,
        security,
        summary: 'Set (or rotate) the merchant\'s webhook; the signing secret is returned only here',
        params: IdParams,
        ...WebhookTargetSchemas,
      },
    },
    async (request) => {
      const url = app.outbound.acceptUrl('url', request.body.url);
      const secret = newWebhookSecret(app.secretBox);
      const updated = await setWebhook(app.db, request.user.tenantId, request.params.id, url, secret.sealed);
      if (!updated) throw new NotFoundError('merchant');
      return { url, secret: secret.shown };
    },
  );

  app.get(
    '/api/merchants/:id/webhook-deliveries',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Delivery log, newest first', params: IdParams, querystring: ListQuerystring, response: { 200: Type.Array(DeliverySchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { createdAt: 'created_at' }, defaultSort: ['createdAt', 'DESC'], tieBreaker: 'id' });
      const { rows, total } = await listDeliveries(app.db, request.user.tenantId, request.params.id, page);
      return withContentRange(
        reply,
        'webhook-deliveries',
        rows.map((r) => ({
          id: r.id,
          event: r.event,
          transactionId: r.transaction_id,
          state: r.state,
          attempts: r.attempts,
          lastStatus: r.last_status,
          lastError: r.last_error,
          nextAttemptAt: r.next_attempt_at.toISOString(),
          createdAt: r.created_at.toISOString(),
          deliveredAt: r.delivered_at?.toISOString() ?? null,
          payload: r.payload,
        })),
        page.offset,
        total,
      );
    },
  );
}
