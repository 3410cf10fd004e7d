// Ad revenue domain: what the proofs of play earned (cpm per thousand
// completed plays, slot_day per screen-day played, capped by each booking's
// budget) and how it is split between the operator, the bank and the merchants.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { shareRoutes } from './share-routes.js';
import { statementRoutes } from './statement-routes.js';

async function adRevenueDomain(fastify: FastifyInstance) {
  await fastify.register(shareRoutes);
  await fastify.register(statementRoutes);
}

export default fp(adRevenueDomain, { name: 'ad-revenue', dependencies: ['advertiser-auth'] });
