// Advertisers domain: the advertisers of a tenant (what they sell, whether they
// may act) and their API keys. Keys authenticate in advertiser-auth.ts.
import type { FastifyInstance } from 'fastify';
import type { HubConfig } from '../config.js';
import { advertiserRoutes } from './advertiser-routes.js';
import { apiKeyRoutes } from './api-key-routes.js';

export default async function advertisersDomain(fastify: FastifyInstance, options: { config: HubConfig }) {
  await fastify.register(advertiserRoutes, options);
  await fastify.register(apiKeyRoutes, options);
}
