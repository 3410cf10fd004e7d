// Groups domain: static groups (an explicit list of screens) and dynamic groups
// (a registry query). Groups receive config layers and bulk commands; the
// registry query language can name them (group = "pilot").
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { groupRoutes } from './group-routes.js';

async function groupsDomain(fastify: FastifyInstance) {
  await fastify.register(groupRoutes);
}

export default fp(groupsDomain, { name: 'groups', dependencies: ['devices', 'device-config'] });

// What other domains use of groups: one group by id (commands and campaigns aim at groups).
export { findGroup } from './group-sql.js';
