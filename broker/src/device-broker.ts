// The embedded MQTT 3.1.1 broker for screens: aedes plus device authentication,
// per-device ACL, abuse limits, uplink decoding and presence. Listens on TCP,
// optionally TLS, and accepts MQTT-over-WebSocket streams from the HTTP server.
import { once } from 'node:events';
import net from 'node:net';
import tls from 'node:tls';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Aedes, type Client } from 'aedes';
import mqemitter from 'mqemitter';
import { createWebSocketStream, type WebSocket } from 'ws';
import { downlinkKindOf, downlinkTopic, encodeDownlink, signDownlink, type DownlinkProps } from '@screenhub/protocol';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { createAuthenticateHook } from './authenticate.js';
import { createAuthorizeHooks } from './authorize.js';
import { BrokerMetrics } from './broker-metrics.js';
import { ConnectAdmission } from './connect-admission.js';
import { DeviceSessions } from './device-session.js';
import { limitFrameSize } from './frame-limit.js';
import { terminateClientPublishes } from './hub-terminated-publish.js';
import { trackPresence } from './presence.js';
import { redisTransport, type RedisTransport } from './redis-transport.js';
import { UplinkDispatch } from './uplink-dispatch.js';
import { createPreConnectHook } from './will-refusal.js';
import { defaultBrokerLimits, type BrokerLimits, type DeviceAuthenticator, type DownlinkKeys, type OfflineReason, type PresenceSink, type UplinkSink } from './types.js';

/** Hub-internal topic (never open to screens: the ACL allows only their own topics) for kicks across processes. */
const KICK_TOPIC = '$SYS/screenhub/kick';

/**
 * Connections the kernel queues for accept on each MQTT listener. Deep enough
 * for a burst, shallow enough that a screen is not left waiting there past its
 * CONNACK timeout (a process takes on the order of a hundred handshakes a
 * second); beyond it the kernel drops the SYN and the screen's TCP retries.
 */
const LISTEN_BACKLOG = 1024;

export interface DeviceBrokerOptions {
  authenticator: DeviceAuthenticator;
  /** Every downlink is signed with the screen's key from here; one without a key is not sent. */
  downlinkKeys: DownlinkKeys;
  uplinks: UplinkSink;
  presence: PresenceSink;
  logger: Logger;
  /** Where the broker's metrics go; a private registry when omitted. */
  metricsRegistry?: Registry;
  limits?: Partial<BrokerLimits>;
  /** Broker id, unique per process; aedes makes one when omitted. */
  id?: string;
  /** Redis URL: route and keep sessions through Redis, so several hub processes act as one broker. */
  redisUrl?: string;
}

export interface ListenAddress {
  host: string;
  port: number;
}

export class DeviceBroker {
  readonly aedes: Aedes;
  readonly metrics: BrokerMetrics;
  readonly limits: BrokerLimits;
  private readonly sessions: DeviceSessions;
  private readonly logger: Logger;
  private readonly servers: net.Server[] = [];
  private readonly transports = new WeakMap<Client, string>();
  private closing: Promise<void> | undefined;
  private readonly redis: RedisTransport | undefined;
  private readonly mq: mqemitter.MQEmitter;
  private readonly downlinkKeys: DownlinkKeys;

  static async create(options: DeviceBrokerOptions): Promise<DeviceBroker> {
    const broker = new DeviceBroker(options);
    await broker.aedes.listen();
    return broker;
  }

  private constructor(options: DeviceBrokerOptions) {
    this.limits = { ...defaultBrokerLimits, ...options.limits };
    this.logger = options.logger;
    this.downlinkKeys = options.downlinkKeys;
    this.sessions = new DeviceSessions(this.limits);
    this.redis = options.redisUrl ? redisTransport(options.redisUrl) : undefined;
    this.mq = this.redis?.mq ?? mqemitter({ concurrency: 1000, matchEmptyLevels: true });
    const aedes = new Aedes({
      id: options.id,
      mq: this.mq,
      ...(this.redis ? { persistence: this.redis.persistence as never } : {}),
      connectTimeout: this.limits.connectTimeoutMs,
      keepaliveLimit: this.limits.maxKeepaliveSeconds,
      maxClientsIdLength: 64,
      // A screen only ever publishes QoS 0/1 to one topic; nothing needs deep topics or QoS 2 windows.
      maxTopicLevels: 8,
      maxInflightInbound: 16,
      drainTimeout: 30_000,
    });
    this.aedes = aedes;
    terminateClientPublishes(aedes);
    const admission = new ConnectAdmission(this.limits.maxConnecting, this.limits.maxConnectRate);
    this.metrics = new BrokerMetrics(options.metricsRegistry ?? new Registry(), () => aedes.connectedClients ?? 0, () => admission.size);
    const dispatch = new UplinkDispatch(options.uplinks, this.metrics, this.logger);
    aedes.on('connackSent', (_packet: unknown, client: Client) => admission.leave(client));

    aedes.preConnect = createPreConnectHook({ metrics: this.metrics, logger: this.logger });
    aedes.authenticate = createAuthenticateHook({
      authenticator: options.authenticator,
      sessions: this.sessions,
      metrics: this.metrics,
      logger: this.logger,
      admission,
      onTakeover: (deviceId) => {
        const previous = clientsOf(aedes)[deviceId];
        if (previous) this.sessions.markClosing(previous, 'takeover');
      },
    });
    const { authorizePublish, authorizeSubscribe, authorizeForward } = createAuthorizeHooks({ sessions: this.sessions, dispatch, metrics: this.metrics, logger: this.logger });
    aedes.authorizePublish = authorizePublish;
    aedes.authorizeSubscribe = authorizeSubscribe;
    aedes.authorizeForward = authorizeForward;
    if (this.redis) this.listenForKicks(options.authenticator);
    trackPresence({
      aedes,
      sessions: this.sessions,
      sink: options.presence,
      metrics: this.metrics,
      logger: this.logger,
      transportOf: (client) => this.transports.get(client) ?? 'tcp',
    });
  }

  /** Accepts MQTT over plain TCP. Port 0 picks a free port; the bound address is returned. */
  async listenTcp(port: number, host: string): Promise<ListenAddress> {
    return this.listen(net.createServer({ noDelay: true }, (socket) => this.accept(socket, 'tcp')), port, host);
  }

  /** Accepts MQTT over TLS with the given PEM certificate chain and key. */
  async listenTls(port: number, host: string, credentials: { cert: string | Buffer; key: string | Buffer }): Promise<ListenAddress> {
    return this.listen(tls.createServer(credentials, (socket) => this.accept(socket, 'tls')), port, host);
  }

  /** Takes an upgraded WebSocket (the HTTP server owns the upgrade) and speaks MQTT over it. */
  handleWebSocket(socket: WebSocket, request: IncomingMessage): void {
    this.accept(createWebSocketStream(socket), 'websocket', request);
  }

  /**
   * Signs a downlink with the screen's key and publishes it to the screen's
   * down topic. Resolves once routed (queued, for an offline QoS 1 session).
   * The only way a message reaches a screen: there is no unsigned variant. A
   * screen the hub has no key for gets nothing (counted, logged): it could
   * not tell this downlink from a forged one.
   */
  async sendDownlink(deviceId: string, message: Omit<DownlinkProps, 'signature'>, qos: 0 | 1 = 1): Promise<void> {
    const kind = downlinkKindOf(message) ?? 'empty';
    const key = await this.downlinkKeys.downlinkKey(deviceId);
    if (!key) {
      this.metrics.downlinksUnsent.inc({ kind, reason: 'no_key' });
      this.logger.warn({ deviceId, kind }, 'downlink not sent: no downlink key for this device');
      return;
    }
    const payload = signDownlink(deviceId, encodeDownlink(message), key);
    await new Promise<void>((resolve, reject) => {
      this.aedes.publish({ cmd: 'publish', topic: downlinkTopic(deviceId), payload, qos, retain: false, dup: false }, (err?: Error) =>
        err ? reject(err) : resolve(),
      );
    });
    this.metrics.messagesOut.inc({ kind });
  }

  /**
   * Whether a downlink may be worth sending to this screen from here: it is
   * connected to this process, or (several processes sharing Redis) it may be
   * connected to another one, which the publish reaches through Redis.
   */
  mayReach(deviceId: string): boolean {
    return this.redis !== undefined || this.isConnected(deviceId);
  }

  isConnected(deviceId: string): boolean {
    const client = this.clients[deviceId];
    return !!client && !client.closed;
  }

  /** aedes' live clients by id (public at runtime, missing from its typings). */
  private get clients(): Record<string, Client> {
    return clientsOf(this.aedes);
  }

  get connectedCount(): number {
    return this.aedes.connectedClients ?? 0;
  }

  /**
   * Closes a screen's connection now (blocked, decommissioned, secret rotated).
   * With Redis the order also goes to every other hub process, which drops its
   * cached credentials for the screen and closes the screen if it holds it.
   * Resolves with whether this process held it.
   */
  async disconnect(deviceId: string, reason: OfflineReason = 'kicked'): Promise<boolean> {
    const held = await this.disconnectHere(deviceId, reason);
    if (this.redis) {
      const payload = Buffer.from(JSON.stringify({ deviceId, reason, from: this.aedes.id }));
      await new Promise<void>((resolve) => this.mq.emit({ topic: KICK_TOPIC, payload } as never, () => resolve()));
    }
    return held;
  }

  private async disconnectHere(deviceId: string, reason: OfflineReason): Promise<boolean> {
    const client = this.clients[deviceId];
    if (!client) return false;
    this.sessions.markClosing(client, reason);
    await new Promise<void>((resolve) => client.close(() => resolve()));
    return true;
  }

  /** Kicks ordered by other hub processes (see disconnect). */
  private listenForKicks(authenticator: DeviceAuthenticator): void {
    this.mq.on(KICK_TOPIC, (packet, done) => {
      try {
        const { deviceId, reason, from } = JSON.parse(String(packet.payload)) as { deviceId: string; reason: OfflineReason; from: string };
        if (from === this.aedes.id) return done();
        authenticator.forget?.(deviceId);
        this.disconnectHere(deviceId, reason).finally(done);
      } catch (err) {
        this.logger.warn({ err }, 'unreadable kick message');
        done();
      }
    });
  }

  /** Stops accepting, closes every session (offline events say broker_shutdown), and waits for the listeners. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      // server.close's callback fires once the last connection has ended, which aedes.close brings about.
      const listenersClosed = this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
      for (const client of Object.values(this.clients)) this.sessions.markClosing(client, 'broker_shutdown');
      await new Promise<void>((resolve) => this.aedes.close(() => resolve()));
      await Promise.all(listenersClosed);
      await this.redis?.persistence.destroy();
    })();
    return this.closing;
  }

  private accept(stream: Duplex, transport: string, request?: IncomingMessage): void {
    const client = this.aedes.handle(stream, request as IncomingMessage);
    this.transports.set(client, transport);
    limitFrameSize(client, this.limits.maxPacketBytes);
  }

  private async listen(server: net.Server, port: number, host: string): Promise<ListenAddress> {
    server.on('error', (err) => this.logger.error({ err }, 'mqtt listener error'));
    // Past this many connections a process closes new ones as soon as it accepts them (the screen retries,
    // reaching another process of the cluster): one process may hold at most 20,000 open files.
    server.maxConnections = this.limits.maxConnections;
    server.listen({ port, host, backlog: LISTEN_BACKLOG });
    await once(server, 'listening');
    this.servers.push(server);
    const address = server.address() as net.AddressInfo;
    return { host: address.address, port: address.port };
  }
}

function clientsOf(aedes: Aedes): Record<string, Client> {
  return (aedes as unknown as { clients: Record<string, Client> }).clients;
}
