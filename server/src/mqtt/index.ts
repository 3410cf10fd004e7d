// The MQTT side of the hub: the embedded broker on TCP (and TLS), MQTT over
// WebSocket at /mqtt on the HTTP port, and the seams domains plug into:
// `uplinks` (handlers per body kind), `presence` (listeners), and the device
// authenticator, which also holds the keys downlinks are signed with. The broker starts listening once every plugin is loaded.
// Its interface is described for firmware teams at /docs/asyncapi.json (asyncapi-routes.ts).
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DeviceBroker, type DeviceAuthenticator, type DownlinkKeys, type ListenAddress } from '@screenhub/broker';
import type { HubConfig } from '../config.js';
import { asyncApiRoutes } from './asyncapi-routes.js';
import type { MqttWatcher } from './mqtt-watcher.js';
import { PresenceFanout } from './presence-fanout.js';
import { UplinkRouter } from './uplink-router.js';

/** The settings this plugin reads (config.ts); its options' type lets it read no others. */
export type MqttConfig = Pick<HubConfig, 'heartbeatIntervalSeconds' | 'host' | 'mqttMaxConnectRate' | 'mqttMaxConnecting' | 'mqttMaxConnections' | 'mqttMaxKeepaliveSeconds' | 'mqttMaxPacketBytes' | 'mqttPort' | 'mqttTlsCertFile' | 'mqttTlsKeyFile' | 'mqttTlsPort' | 'mqttUplinkBurst' | 'mqttUplinkRatePerSecond' | 'payRequestMaxSkewMs' | 'redisUrl' | 'conformanceMode'>;

export interface MqttSide {
  broker: DeviceBroker;
  uplinks: UplinkRouter;
  presence: PresenceFanout;
  /** Set once by the devices domain before the broker listens. */
  setAuthenticator(authenticator: DeviceAuthenticator & DownlinkKeys): void;
  /** Set once by the conformance domain (conformance mode only): sees connects, uplinks and downlinks, and plants faults. */
  setWatcher(watcher: MqttWatcher): void;
  /** Where MQTT listens, once the app is ready. */
  addresses: { tcp?: ListenAddress; tls?: ListenAddress };
}

declare module 'fastify' {
  interface FastifyInstance {
    mqtt: MqttSide;
  }
}

export default fp(
  async function mqttPlugin(app: FastifyInstance, options: { config: MqttConfig }) {
    const { config } = options;
    let authenticator: (DeviceAuthenticator & DownlinkKeys) | undefined;
    let watcher: MqttWatcher | undefined;
    const uplinks = new UplinkRouter(app.log, app.metrics);
    const presence = new PresenceFanout(app.log);
    const broker = await DeviceBroker.create({
      authenticator: {
        verify: (deviceId, secret) => {
          if (!authenticator) return Promise.reject(new Error('no device authenticator registered'));
          // A rejection is answered "server unavailable, try again later", as when the database is away.
          if (watcher && !watcher.connectAttempt(deviceId)) return Promise.reject(new Error('conformance mode: this CONNECT is refused on purpose'));
          return authenticator.verify(deviceId, secret);
        },
        forget: (deviceId) => authenticator?.forget?.(deviceId),
      },
      downlinkKeys: {
        downlinkKey: (deviceId) => {
          if (!authenticator) return Promise.reject(new Error('no device authenticator registered'));
          return authenticator.downlinkKey(deviceId);
        },
      },
      // Outside conformance mode the broker hands uplinks to the router itself, with nothing in between.
      uplinks: config.conformanceMode ? { handleUplink: (event) => (watcher?.uplink(event), uplinks.handleUplink(event)) } : uplinks,
      presence,
      downlinkGate: config.conformanceMode ? (deviceId, message) => watcher?.downlink(deviceId, message) ?? true : undefined,
      logger: app.log.child({ component: 'mqtt' }) as never,
      metricsRegistry: app.metrics,
      id: app.instance.id,
      redisUrl: config.redisUrl,
      limits: {
        maxPacketBytes: config.mqttMaxPacketBytes,
        uplinkRatePerSecond: config.mqttUplinkRatePerSecond,
        uplinkBurst: config.mqttUplinkBurst,
        maxKeepaliveSeconds: config.mqttMaxKeepaliveSeconds,
        maxConnecting: config.mqttMaxConnecting,
        maxConnectRate: config.mqttMaxConnectRate,
        maxConnections: config.mqttMaxConnections,
      },
    });
    const side: MqttSide = {
      broker,
      uplinks,
      presence,
      setAuthenticator(value) {
        if (authenticator) throw new Error('device authenticator already set');
        authenticator = value;
      },
      setWatcher(value) {
        if (watcher) throw new Error('MQTT watcher already set');
        watcher = value;
      },
      addresses: {},
    };
    app.decorate('mqtt', side);

    app.get('/mqtt', { websocket: true, schema: { hide: true } }, (socket, request) => broker.handleWebSocket(socket, request.raw));
    await app.register(asyncApiRoutes, { config, side });

    app.addHook('onReady', async () => {
      side.addresses.tcp = await broker.listenTcp(config.mqttPort, config.host);
      if (config.mqttTlsCertFile && config.mqttTlsKeyFile) {
        const [cert, key] = await Promise.all([readFile(config.mqttTlsCertFile), readFile(config.mqttTlsKeyFile)]);
        side.addresses.tls = await broker.listenTls(config.mqttTlsPort, config.host, { cert, key });
      }
    });
    // Close MQTT before the database goes (onClose runs in reverse order of registration).
    app.addHook('onClose', async () => broker.close());
  },
  { name: 'mqtt', dependencies: ['metrics'] },
);

// What other domains use of the MQTT side: the router their uplink handlers register with.
export type { UplinkRouter } from './uplink-router.js';
export type { MqttWatcher } from './mqtt-watcher.js';
