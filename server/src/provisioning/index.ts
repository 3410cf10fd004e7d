// Provisioning domain: factory batches uploaded as CSV (all or nothing, every
// bad row reported), the zero-touch claim a fresh screen makes, and re-opening
// a serial for another claim.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ClaimService } from './claim-service.js';
import { provisioningRoutes } from './provisioning-routes.js';

async function provisioningDomain(fastify: FastifyInstance, options: { publicMqttUrl?: string; heartbeatIntervalSeconds: number }) {
  const claims = new ClaimService({ db: fastify.db, secretBox: fastify.secretBox, authenticator: fastify.devices.authenticator, broker: fastify.mqtt.broker });
  await fastify.register(provisioningRoutes, { claims, publicMqttUrl: options.publicMqttUrl, heartbeatIntervalSeconds: options.heartbeatIntervalSeconds });
}

export default fp(provisioningDomain, { name: 'provisioning', dependencies: ['database', 'auth', 'mqtt', 'devices'] });
