// Tenants domain: the banks and payment service providers on this hub. Root
// admins (of the organisation running the hub) create tenants with their first
// admin; everyone else sees only their own tenant.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { tenantRoutes } from './tenant-routes.js';

async function tenantsDomain(fastify: FastifyInstance) {
  await fastify.register(tenantRoutes);
}

export default fp(tenantsDomain, { name: 'tenants', dependencies: ['database', 'auth'] });
