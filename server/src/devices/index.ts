// Devices domain: the registry, device credentials for MQTT, live presence and
// heartbeats (in memory, flushed in batches), and the HTTP API.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { CachingDeviceAuthenticator } from './device-authenticator.js';
import { deviceRoutes } from './device-routes.js';
import { DeviceService } from './device-service.js';
import { markOffline } from './device-sql.js';
import { registerDeviceUplinks } from './device-uplinks.js';
import { LiveStateFlusher } from './live-state-flusher.js';
import { DeviceLiveState } from './live-state.js';
import { HistoryRetention } from './history-retention.js';
import { PresenceSweeper } from './presence-sweeper.js';
import { RegistryQueries } from './registry-queries.js';
import { ScreenMap } from './screen-map.js';
import { screenMapRoutes } from './screen-map-routes.js';
import { describeDeviceEvents } from './live-events.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type DevicesConfig = Pick<HubConfig, 'deviceAuthCacheTtlMs' | 'heartbeatIntervalSeconds' | 'heartbeatRetentionDays' | 'liveStateFlushMs' | 'redisUrl'>;

// What other domains use of devices: the registry's query language (groups, campaigns and config layers aim with
// it), the schemas other domains' routes return, and what provisioning needs to create and re-key a screen.
export type { CachingDeviceAuthenticator, DevicePaymentContext } from './device-authenticator.js';
export { hashDeviceSecret, newDeviceSecret, newPaymentKey, secretMatches } from './device-credentials.js';
export { findDevice, insertDevice, replaceCredentials } from './device-sql.js';
export { deviceListSpec } from './device-routes.js';
export { DeviceIdParams, DeviceSchema } from './device-schemas.js';
export type { GroupRef } from './registry-query-language.js';
export type { RegistryQueries } from './registry-queries.js';

declare module 'fastify' {
  interface FastifyInstance {
    devices: { service: DeviceService; registry: RegistryQueries; liveState: DeviceLiveState; flusher: LiveStateFlusher; authenticator: CachingDeviceAuthenticator; retention: HistoryRetention };
  }
}

async function devicesDomain(app: FastifyInstance, options: { config: DevicesConfig }) {
  describeDeviceEvents(app);
  const { config } = options;
  const { broker, uplinks, presence } = app.mqtt;

  // A sole process holds no connection yet: rows still marked online were left by a
  // process that is gone. With several processes, the presence sweeper does this
  // for exactly the screens of processes whose lease expired.
  if (!config.redisUrl) await markOffline(app.db, 'hub_restart');
  const presenceSweeper = new PresenceSweeper(app.db, app.log.child({ component: 'presence-sweeper' }));

  const liveState = new DeviceLiveState();
  const authenticator = new CachingDeviceAuthenticator(app.db, config.deviceAuthCacheTtlMs, app.secretBox);
  const stopFollowingChanges = await authenticator.followChanges();
  const flusher = new LiveStateFlusher({ db: app.db, state: liveState, logger: app.log.child({ component: 'live-state' }), registry: app.metrics, intervalMs: config.liveStateFlushMs, instanceId: app.instance.id });
  app.readiness.add('liveState', () => flusher.health());
  const registry = new RegistryQueries(app.db);
  const service = new DeviceService({ db: app.db, liveState, authenticator, broker, secretBox: app.secretBox, registry });

  app.mqtt.setAuthenticator(authenticator);
  presence.subscribe((event) => {
    liveState.onPresence(event);
    const { deviceId, tenantId } = event.identity;
    app.hubEvents.publish(tenantId, event.online ? 'device.online' : 'device.offline', event.online ? { deviceId } : { deviceId, reason: event.reason });
  });
  registerDeviceUplinks({ uplinks, liveState, broker, heartbeatIntervalSeconds: config.heartbeatIntervalSeconds });

  // Decorated on the root (this plugin is wrapped with fastify-plugin below) for tests and later domains.
  const retention = new HistoryRetention({ db: app.db, logger: app.log.child({ component: 'retention' }), heartbeatRetentionDays: config.heartbeatRetentionDays });
  app.decorate('devices', { service, registry, liveState, flusher, authenticator, retention });
  flusher.start();
  app.addHook('onReady', async () => {
    retention.start();
    presenceSweeper.start();
  });
  app.addHook('onClose', async () => {
    await stopFollowingChanges();
    await retention.stop();
    await presenceSweeper.stop();
    await flusher.stop();
    // A process that left its connections to its exit (hub.ts, stopping for good) wrote no offline event per screen.
    if (broker.left) await markOffline(app.db, 'broker_shutdown', app.instance.id);
  });

  await app.register(deviceRoutes, { service });
  await app.register(screenMapRoutes, { screenMap: new ScreenMap(app.db) });
}

export default fp(devicesDomain, { name: 'devices', dependencies: ['mqtt', 'database', 'auth'] });
