// Device config domain (the twin): operators write config layers for a
// merchant, a group or one screen; each screen gets the merge, versioned, and
// reports what it applied. See twin-service.ts for precedence and delivery.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { configRoutes } from './config-routes.js';
import { TwinService } from './twin-service.js';
import { describeConfigEvents } from './live-events.js';

declare module 'fastify' {
  interface FastifyInstance {
    deviceConfig: TwinService;
  }
}

async function deviceConfigDomain(fastify: FastifyInstance) {
  describeConfigEvents(fastify);
  const twins = new TwinService({ db: fastify.db, broker: fastify.mqtt.broker, registry: fastify.devices.registry, events: fastify.hubEvents, logger: fastify.log.child({ component: 'twin' }) });
  fastify.decorate('deviceConfig', twins);

  fastify.mqtt.uplinks.on('hello', (event) => twins.onConnect(event.identity.tenantId, event.identity.deviceId));
  fastify.mqtt.uplinks.on('configReport', (event) => twins.onReport(event));

  await fastify.register(configRoutes, { twins });
}

export default fp(deviceConfigDomain, { name: 'device-config', dependencies: ['mqtt', 'devices'] });

// What other domains use of device config: a group's layer goes when the group goes.
export { deleteLayer } from './twin-sql.js';
