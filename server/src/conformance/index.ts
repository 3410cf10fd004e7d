// Conformance domain, in conformance mode only (HUB_CONFORMANCE=true): the
// hub keeps a journal of each screen's MQTT traffic and lets an operator plant
// faults on it (its MQTT connection, its package downloads), so that the screen conformance suite (simulator/src/conformance,
// `npm run conformance`) can judge a firmware's reconnects, payments and
// signature checks from what the hub saw. A hub for firmware teams' tests,
// never a fleet's: the startup log says so.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ConformanceWatch } from './conformance-watch.js';
import { conformanceRoutes } from './conformance-routes.js';
import { watchDownloads } from './download-faults.js';

async function conformanceDomain(fastify: FastifyInstance) {
  const watch = new ConformanceWatch((deviceId, message) => fastify.mqtt.broker.sendDownlink(deviceId, message));
  fastify.mqtt.setWatcher(watch);
  watchDownloads(fastify, watch);
  fastify.log.warn('conformance mode (HUB_CONFORMANCE): screens’ traffic is journalled and operators may plant faults on it; not for a production fleet');
  await fastify.register(conformanceRoutes, { watch });
}

export default fp(conformanceDomain, { name: 'conformance', dependencies: ['mqtt', 'database', 'auth', 'devices', 'ota'] });
