// Payments domain: screens' PayRequests relayed to the merchant's acquirer,
// followed to exactly one final state, answered with PayResult; the sweeper for
// anything left in flight; the transactions API.
import type { FastifyInstance } from 'fastify';
import type { HubConfig } from '../config.js';
import { AnswerAudit } from './answer-audit.js';
import { ConnectorRegistry } from './connectors/connector-registry.js';
import { PaymentProcessor } from './payment-processor.js';
import { paymentRoutes } from './payment-routes.js';
import { PaymentSweeper } from './payment-sweeper.js';
import { RefundService } from './refund-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    payments: { processor: PaymentProcessor; sweeper: PaymentSweeper; connectors: ConnectorRegistry };
  }
}

export default async function paymentsDomain(app: FastifyInstance, options: { config: HubConfig }) {
  const { config } = options;
  const log = app.log.child({ component: 'payments' });
  const connectors = new ConnectorRegistry(app.db, app.secretBox, config.acquirerTimeoutMs, {
    resetMs: config.acquirerBreakerResetMs,
    minCalls: config.acquirerBreakerMinCalls,
    failurePercent: 50,
  });
  const answers = new AnswerAudit(app.metrics, log);
  const processor = new PaymentProcessor({
    db: app.db,
    broker: app.mqtt.broker,
    connectors,
    secretBox: app.secretBox,
    logger: log,
    registry: app.metrics,
    timings: { maxSkewMs: config.payRequestMaxSkewMs, pollIntervalMs: config.payPollIntervalMs, payTimeoutMs: config.payTimeoutMs, qrTimeoutMs: config.qrTimeoutMs },
    answers,
    instanceId: app.instance.id,
    events: app.hubEvents,
  });
  const refunds = new RefundService({ db: app.db, connectors, logger: log, answers, events: app.hubEvents });
  // A live flow is never idle longer than one acquirer call or one poll interval.
  const sweeper = new PaymentSweeper(app.db, processor, refunds, log, Math.max(1000, config.payPollIntervalMs), 2 * config.acquirerTimeoutMs + config.payPollIntervalMs, app.instance.id);

  app.mqtt.uplinks.on('payRequest', (event) => processor.onPayRequest(event));
  app.mqtt.uplinks.on('qrPayRequest', (event) => processor.onQrPayRequest(event));
  app.decorate('payments', { processor, sweeper, connectors });
  app.addHook('onReady', async () => sweeper.start());
  app.addHook('onClose', async () => {
    processor.stop();
    await sweeper.stop();
    await connectors.close();
  });
  await app.register(paymentRoutes, { refunds });
}
