// Ad revenue domain: what the proofs of play earned (cpm per thousand
// completed billable plays, slot_day per screen-day played, capped by each
// booking's budget) and how it is split between the operator, the bank and
// the merchants: computed for any month, and closed once per day into
// statements that never change (late plays go into the next open one).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { dailyStatementRoutes } from './daily-statement-routes.js';
import { shareRoutes } from './share-routes.js';
import { StatementCloser } from './statement-closer.js';
import { statementRoutes } from './statement-routes.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type AdRevenueConfig = Pick<HubConfig, 'adStatementCloseMs' | 'adStatementGraceMinutes'>;

declare module 'fastify' {
  interface FastifyInstance {
    adRevenue: { closer: StatementCloser };
  }
}

async function adRevenueDomain(fastify: FastifyInstance, options: { config: AdRevenueConfig }) {
  const closer = new StatementCloser({
    db: fastify.db,
    logger: fastify.log.child({ component: 'ad-revenue' }),
    intervalMs: options.config.adStatementCloseMs,
    graceMinutes: options.config.adStatementGraceMinutes,
  });
  fastify.decorate('adRevenue', { closer });
  fastify.addHook('onReady', async () => closer.start());
  fastify.addHook('onClose', async () => closer.stop());
  await fastify.register(shareRoutes);
  await fastify.register(statementRoutes);
  await fastify.register(dailyStatementRoutes);
}

export default fp(adRevenueDomain, { name: 'ad-revenue', dependencies: ['advertiser-auth'] });
