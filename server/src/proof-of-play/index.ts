// Proof-of-play domain: the screens' PlayProofBatch uplinks, checked and
// written in batches (proof-ingest.ts), and the reports built on them: plays
// per booking, advertiser, screen, merchant or hour, and attribution.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { ProofIngest } from './proof-ingest.js';
import { reportRoutes } from './report-routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    proofOfPlay: { ingest: ProofIngest };
  }
}

async function proofOfPlayDomain(fastify: FastifyInstance, options: { config: HubConfig }) {
  const ingest = new ProofIngest(fastify.db, fastify.log.child({ component: 'proof-of-play' }), fastify.metrics, {
    flushMs: options.config.adProofFlushMs,
    // About a second of a large fleet's plays: big enough for few statements, small enough for PGlite's thread.
    flushAtRecords: 20_000,
    maxPendingRecords: 2_000_000,
    parallelWrites: fastify.db.kind === 'postgres' ? Math.max(1, Math.min(4, options.config.databasePoolSize - 2)) : 1,
  });
  fastify.decorate('proofOfPlay', { ingest });
  fastify.mqtt.uplinks.on('playProofs', (event) => ingest.onUplink(event));
  fastify.addHook('onReady', async () => ingest.start());
  // MQTT closes first (app.ts), so nothing arrives after this last flush.
  fastify.addHook('onClose', async () => ingest.stop());
  await fastify.register(reportRoutes);
}

export default fp(proofOfPlayDomain, { name: 'proof-of-play', dependencies: ['mqtt', 'advertiser-auth'] });
