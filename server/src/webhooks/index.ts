// Webhooks domain: each merchant may register a URL; every final payment state
// is POSTed there, signed (webhook-signature.ts), retried with backoff, and
// logged per attempt for operators.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { WebhookDeliverer, type DeliveryPolicy } from './webhook-deliverer.js';
import { webhookRoutes } from './webhook-routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    webhooks: WebhookDeliverer;
  }
}

async function webhooksDomain(fastify: FastifyInstance, options: { policy: DeliveryPolicy }) {
  const deliverer = new WebhookDeliverer({ db: fastify.db, secretBox: fastify.secretBox, logger: fastify.log.child({ component: 'webhooks' }), registry: fastify.metrics, policy: options.policy, http: fastify.outbound.http });
  fastify.decorate('webhooks', deliverer);
  fastify.addHook('onReady', async () => deliverer.start());
  fastify.addHook('onClose', async () => deliverer.stop());
  await fastify.register(webhookRoutes);
}

export default fp(webhooksDomain, { name: 'webhooks', dependencies: ['database', 'auth', 'outbound'] });

// What other domains use of webhooks: a delivery queued in the caller's transaction, sent by the deliverer; the
// body and answer of setting a webhook URL, and its new secret (the alert webhook).
export { enqueueAlertDelivery, enqueueDelivery } from './webhook-sql.js';
export { newWebhookSecret, WebhookTargetSchemas } from './webhook-target.js';
