// Proof-of-play domain: the screens' PlayProofBatch uplinks, checked and
// written in batches (proof-ingest.ts), and the reports built on them: plays
// per booking, advertiser, screen, merchant or hour, and attribution.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { ProofIngest } from './proof-ingest.js';
import { reportRoutes } from './report-routes.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type ProofOfPlayConfig = Pick<HubConfig, 'adProofFlushMs' | 'databasePoolSize'>;

declare module 'fastify' {
  interface FastifyInstance {
    proofOfPlay: { ingest: ProofIngest };
  }
}

/** About a second of a large fleet's plays: big enough for few statements, small enough for PGlite's thread. */
const FLUSH_AT_RECORDS = 20_000;
/** Plays held while the database is away (~100 s of a large fleet's); past it new batches are dropped and counted, not held without bound. */
const MAX_PENDING_RECORDS = 2_000_000;

async function proofOfPlayDomain(fastify: FastifyInstance, options: { config: ProofOfPlayConfig }) {
  const { broker } = fastify.mqtt;
  let messageId = 1;
  const acks = {
    async send(deviceId: string, batchIds: string[]) {
      if (broker.mayReach(deviceId)) await broker.sendDownlink(deviceId, { messageId: messageId++, sentAtMs: Date.now(), playProofsAck: { batchIds } });
    },
  };
  const ingest = new ProofIngest({ db: fastify.db, acks, logger: fastify.log.child({ component: 'proof-of-play' }), registry: fastify.metrics, options: {
    flushMs: options.config.adProofFlushMs,
    flushAtRecords: FLUSH_AT_RECORDS,
    maxPendingRecords: MAX_PENDING_RECORDS,
    parallelWrites: fastify.db.kind === 'postgres' ? Math.max(1, Math.min(4, options.config.databasePoolSize - 2)) : 1,
  } });
  fastify.decorate('proofOfPlay', { ingest });
  fastify.mqtt.uplinks.on('playProofs', (event) => ingest.onUplink(event));
  fastify.addHook('onReady', async () => ingest.start());
  // MQTT closes first (hub.ts), so nothing arrives after this last flush.
  fastify.addHook('onClose', async () => ingest.stop());
  await fastify.register(reportRoutes);
}

export default fp(proofOfPlayDomain, { name: 'proof-of-play', dependencies: ['mqtt', 'advertiser-auth'] });
