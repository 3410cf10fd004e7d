// Reconciliation domain: each merchant's daily bill from its acquirer matched
// against the hub's ledger, every difference kept in a report. Runs by itself
// once per merchant and day after the acquirer publishes (the scheduler,
// coordinated through PostgreSQL across hub processes), and on an operator's
// request (the POST).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { ReconciliationScheduler } from './reconciliation-scheduler.js';
import { reconciliationRoutes } from './reconciliation-routes.js';
import { ReconciliationService } from './reconciliation-service.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type ReconciliationConfig = Pick<HubConfig, 'reconciliationAlipayAtMinutes' | 'reconciliationIntervalMs' | 'reconciliationLookbackDays' | 'reconciliationMaxAttempts' | 'reconciliationRetryMs' | 'reconciliationWechatAtMinutes'>;

/** A run whose process has not finished it in this long may be taken over (a bill download times out after 30 s). */
const RUN_LEASE_MS = 5 * 60_000;

async function reconciliationDomain(app: FastifyInstance, options: { config: ReconciliationConfig }) {
  const { config } = options;
  const logger = app.log.child({ component: 'reconciliation' });
  const service = new ReconciliationService({
    db: app.db,
    bills: app.payments.connectors,
    events: app.hubEvents,
    logger,
    instanceId: app.instance.id,
    retry: { retryMs: config.reconciliationRetryMs, maxAttempts: config.reconciliationMaxAttempts },
  });
  await app.register(reconciliationRoutes, { service });
  if (config.reconciliationIntervalMs === 0) return;
  const scheduler = new ReconciliationScheduler({
    db: app.db,
    service,
    instanceId: app.instance.id,
    intervalMs: config.reconciliationIntervalMs,
    logger,
    policy: {
      alipayAtMinutes: config.reconciliationAlipayAtMinutes,
      wechatAtMinutes: config.reconciliationWechatAtMinutes,
      lookbackDays: config.reconciliationLookbackDays,
      leaseMs: RUN_LEASE_MS,
    },
  });
  app.addHook('onReady', async () => scheduler.start());
  app.addHook('onClose', async () => scheduler.stop());
}

export default fp(reconciliationDomain, { name: 'reconciliation', dependencies: ['payments', 'alerts'] });
