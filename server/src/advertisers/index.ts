// Advertisers domain: the advertisers of a tenant (what they sell, whether they
// may act) and their API keys. Keys authenticate in advertiser-auth.ts.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { advertiserRoutes } from './advertiser-routes.js';
import { apiKeyRoutes } from './api-key-routes.js';

async function advertisersDomain(fastify: FastifyInstance) {
  await fastify.register(advertiserRoutes);
  await fastify.register(apiKeyRoutes);
}

export default fp(advertisersDomain, { name: 'advertisers', dependencies: ['advertiser-auth'] });

// What other domains use of advertisers: who is acting, whom a request may see, and one advertiser's row.
export { actingAdvertiser, adRateLimitKey, visibleAdvertiser, type AdActor } from './advertiser-auth.js';
export { AdCategory } from './ad-category.js';
export { findAdvertiser } from './advertiser-sql.js';
