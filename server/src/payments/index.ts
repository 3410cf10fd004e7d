// Payments domain: screens' PayRequests relayed to the merchant's acquirer,
// followed to exactly one final state, answered with PayResult; the sweeper for
// anything left in flight; the transactions API.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { AnswerAudit } from './answer-audit.js';
import { listenUrl } from '../platform/listen-url.js';
import { AcquirerGateways } from '../merchants/index.js';
import { AcquirerTransport, readAcquirerCaFile } from './connectors/acquirer-transport.js';
import { ConnectorRegistry } from './connectors/connector-registry.js';
import { HelloReplay } from './hello-replay.js';
import { PaymentProcessor } from './payment-processor.js';
import { paymentRoutes } from './payment-routes.js';
import { PaymentSweeper } from './payment-sweeper.js';
import { RefundService } from './refund-service.js';
import { PaymentWebhookSchema, RefundWebhookSchema } from './webhook-payloads.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type PaymentsConfig = Pick<HubConfig, 'acquirerBreakerMinCalls' | 'acquirerBreakerResetMs' | 'acquirerCaFile' | 'acquirerTimeoutMs' | 'alipayGateways' | 'payMaxInFlight' | 'payPollIntervalMs' | 'payRequestMaxSkewMs' | 'payRetryAfterMs' | 'payTimeoutMs' | 'paymentWriteGatherMs' | 'publicHttpUrl' | 'qrTimeoutMs' | 'wechatGateways'>;

export type { Statement, StatementFetch, StatementLine, StatementProblem } from './connectors/acquirer-connector.js';

declare module 'fastify' {
  interface FastifyInstance {
    payments: { processor: PaymentProcessor; sweeper: PaymentSweeper; connectors: ConnectorRegistry };
  }
}

/** The acquirer's circuit opens when half the calls in its window fail (opossum's default, kept on purpose). */
const BREAKER_FAILURE_PERCENT = 50;
/** The sweeper looks for stuck payments at least this far apart, however short the poll interval is set. */
const MIN_SWEEP_INTERVAL_MS = 1000;

async function paymentsDomain(app: FastifyInstance, options: { config: PaymentsConfig }) {
  const { config } = options;
  const log = app.log.child({ component: 'payments' });
  const extraCa = config.acquirerCaFile ? await readAcquirerCaFile(config.acquirerCaFile) : undefined;
  const connectors = new ConnectorRegistry({
    db: app.db,
    secretBox: app.secretBox,
    timeoutMs: config.acquirerTimeoutMs,
    breaker: { resetMs: config.acquirerBreakerResetMs, minCalls: config.acquirerBreakerMinCalls, failurePercent: BREAKER_FAILURE_PERCENT },
    transport: new AcquirerTransport({ extraCa, connectTimeoutMs: config.acquirerTimeoutMs }),
    gateways: new AcquirerGateways({ alipay: config.alipayGateways, wechat: config.wechatGateways }),
    // WeChat Pay requires a notify_url on unifiedorder. The hub learns outcomes by orderquery and takes no
    // notifications, so it names an address of its own (answered 404), never a third party's.
    notifyUrl: () => {
      // The sweeper may build a connector before the listener is bound: then loopback, as unreachable for WeChat as the rest.
      const address = app.server.address() as AddressInfo | null;
      const base = config.publicHttpUrl ?? (address ? listenUrl('http', address.address, address.port) : 'http://127.0.0.1');
      return `${base.replace(/\/$/, '')}/api/acquirer-notifications/wechat`;
    },
    logger: log,
  });
  const answers = new AnswerAudit(app.metrics, log);
  const processor = new PaymentProcessor({
    db: app.db,
    broker: app.mqtt.broker,
    connectors,
    contexts: app.devices.authenticator,
    logger: log,
    registry: app.metrics,
    timings: { maxSkewMs: config.payRequestMaxSkewMs, pollIntervalMs: config.payPollIntervalMs, payTimeoutMs: config.payTimeoutMs, qrTimeoutMs: config.qrTimeoutMs },
    maxInFlight: config.payMaxInFlight,
    retryAfterMs: config.payRetryAfterMs,
    writeGatherMs: config.paymentWriteGatherMs,
    answers,
    instanceId: app.instance.id,
    events: app.hubEvents,
    discounts: app.discounts.desk,
  });
  const refunds = new RefundService({ db: app.db, connectors, logger: log, answers, events: app.hubEvents });
  // A live flow is never idle longer than one acquirer call or one poll interval.
  const sweeper = new PaymentSweeper({
    db: app.db,
    processor,
    refunds,
    logger: log,
    intervalMs: Math.max(MIN_SWEEP_INTERVAL_MS, config.payPollIntervalMs),
    staleAfterMs: 2 * config.acquirerTimeoutMs + config.payPollIntervalMs,
    instanceId: app.instance.id,
  });

  app.mqtt.uplinks.on('payRequest', (event) => processor.onPayRequest(event));
  app.mqtt.uplinks.on('qrPayRequest', (event) => processor.onQrPayRequest(event));
  const replay = new HelloReplay(app.db, processor, Math.max(config.payTimeoutMs, config.qrTimeoutMs));
  app.mqtt.uplinks.on('hello', (event) => replay.onHello(event));
  app.decorate('payments', { processor, sweeper, connectors });
  app.addHook('onReady', async () => sweeper.start());
  app.addHook('onClose', async () => {
    processor.stop();
    await sweeper.stop();
    await connectors.close();
  });
  await app.register(paymentRoutes, { refunds });
  app.describeLiveEvent(['payment.succeeded', 'payment.failed', 'payment.cancelled', 'payment.refunded', 'payment.needs_attention'], {
    summary: 'A payment ended (the type says how), as its webhook tells it.',
    data: PaymentWebhookSchema,
  });
  for (const state of ['succeeded', 'failed', 'cancelled', 'needs_attention'])
    app.describeWebhook(`payment.${state}`, { summary: `A payment ${state === 'needs_attention' ? 'needs a person (the acquirer never answered clearly)' : state}`, receiver: 'merchant', payload: PaymentWebhookSchema });
  for (const state of ['succeeded', 'failed', 'needs_attention'])
    app.describeWebhook(`refund.${state}`, { summary: `A refund ${state === 'needs_attention' ? 'needs a person' : state}`, receiver: 'merchant', payload: RefundWebhookSchema });
}

export default fp(paymentsDomain, { name: 'payments', dependencies: ['devices', 'discounts'] });
