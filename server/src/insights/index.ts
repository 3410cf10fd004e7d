// Insights domain: what a bank learns from its merchants' payments. Ended
// payments and refunds are folded into daily rollups per merchant (in its own
// time zone) as they happen; each tenant's day is closed once it has ended
// (trading coverage, 30-day activity, the fleet's figures, early warnings). The
// API answers from the rollups: a merchant's days, the fleet's activity now and
// over time, and the bank's credit export (merchants who consented only).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { DayCloser } from './day-closer.js';
import { InsightFolder } from './insight-folder.js';
import { insightRoutes } from './insight-routes.js';
import { InsightService } from './insight-service.js';

/** The settings this domain reads (config.ts). */
export type InsightsConfig = Pick<HubConfig, 'insightsFoldMs' | 'insightsCloseMs' | 'insightsGraceMinutes'>;

declare module 'fastify' {
  interface FastifyInstance {
    insights: { folder: InsightFolder; closer: DayCloser; service: InsightService };
  }
}

async function insightsDomain(fastify: FastifyInstance, options: { config: InsightsConfig }) {
  const logger = fastify.log.child({ component: 'insights' });
  const service = new InsightService(fastify.db);
  const folder = new InsightFolder(fastify.db, logger, options.config.insightsFoldMs);
  const closer = new DayCloser({
    db: fastify.db,
    folder,
    events: fastify.hubEvents,
    settings: (db, tenantId) => service.settings(tenantId, db),
    logger,
    intervalMs: options.config.insightsCloseMs,
    graceMinutes: options.config.insightsGraceMinutes,
  });
  fastify.decorate('insights', { folder, closer, service });
  fastify.addHook('onReady', async () => {
    folder.start();
    closer.start();
  });
  fastify.addHook('onClose', async () => {
    await closer.stop();
    await folder.stop();
  });
  await fastify.register(insightRoutes, { service });
}

export default fp(insightsDomain, { name: 'insights', dependencies: ['alerts', 'merchants'] });
