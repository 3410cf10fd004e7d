// Alerts domain: per-tenant rules (offline for N minutes outside closed hours,
// temperature above X, free storage below Y, repeated reboots, payment failure
// rate above Z %), the alerts they raise (open → acknowledged → resolved), and
// the tenant's alert webhook. Evaluation: alert-evaluator.ts. Other domains
// raise event alerts (a payment that needs a person) through transaction-alerts.ts.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AlertEvaluator } from './alert-evaluator.js';
import { AlertWebhookSchema } from './alert-payload.js';
import { alertRoutes } from './alert-routes.js';

export { alertPayload } from './alert-payload.js';
export { raisePaymentAlert } from './transaction-alerts.js';
export { raiseReconciliationAlert } from './reconciliation-alerts.js';
export { settleMerchantWarnings, type MerchantWarning, type MerchantWarningKind } from './merchant-warnings.js';

declare module 'fastify' {
  interface FastifyInstance {
    alerts: AlertEvaluator;
  }
}

async function alertsDomain(fastify: FastifyInstance, options: { evaluateMs: number }) {
  const evaluator = new AlertEvaluator({ db: fastify.db, events: fastify.hubEvents, logger: fastify.log.child({ component: 'alerts' }), intervalMs: options.evaluateMs });
  fastify.decorate('alerts', evaluator);
  fastify.addHook('onReady', async () => evaluator.start());
  fastify.addHook('onClose', async () => evaluator.stop());
  await fastify.register(alertRoutes);
  fastify.describeLiveEvent(['alert.opened', 'alert.acknowledged', 'alert.resolved'], { summary: 'An alert opened, was acknowledged or resolved, as its webhook tells it.', data: AlertWebhookSchema });
  fastify.describeWebhook('alert.opened', { summary: 'An alert opened (a rule breached past its hold-off, a payment or refund needing a person, a reconciliation difference, an early warning)', receiver: 'tenant', payload: AlertWebhookSchema });
  fastify.describeWebhook('alert.resolved', { summary: 'An alert resolved (its rule clear past its hold-off)', receiver: 'tenant', payload: AlertWebhookSchema });
}

export default fp(alertsDomain, { name: 'alerts', dependencies: ['webhooks', 'outbound'] });
