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
import { downlinkKindOf, downlinkTopic, encodeDownlink, signDownlink, type DownlinkProps, type ReconnectBody } from '@screenhub/protocol';
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
import { ClusterLink, processOf, type LinkMessage } from './cluster-link.js';
import { sendReconnectNotices, type NoticesSent } from './reconnect-notice.js';
import { UplinkDispatch } from './uplink-dispatch.js';
import { createPreConnectHook } from './will-refusal.js';
import { defaultBrokerLimits, type BrokerLimits, type DeviceAuthenticator, type DownlinkKeys, type OfflineReason, type PresenceSink, type UplinkSink } from './types.js';

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
  /**
   * Redis URL: several hub processes act as one broker (cluster-link.ts): a directory of which process holds which
   * screen, downlinks sent to the holder only, takeovers and kicks across processes. Sessions stay in memory.
   */
  redisUrl?: string;
  /**
   * Asked before each downlink is signed: `false` loses it on the way (it counts as sent). Only the hub's
   * conformance mode sets it, to show a screen's firmware what it does when an answer never arrives.
   */
  downlinkGate?: (deviceId: string, message: Omit<DownlinkProps, 'signature'>) => boolean;
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
  /** Set by leave(): the connections are left open for the process's exit to close, their offline state unwritten. */
  left = false;
  private link: ClusterLink | undefined;
  /** Numbers this process's connections, so a directory entry names one connection, not only a process. */
  private connectionSerial = 0;
  private readonly downlinkKeys: DownlinkKeys;
  private readonly authenticator: DeviceAuthenticator;
  private readonly downlinkGate: DeviceBrokerOptions['downlinkGate'];

  static async create(options: DeviceBrokerOptions): Promise<DeviceBroker> {
    const broker = new DeviceBroker(options);
    await broker.aedes.listen();
    if (options.redisUrl) {
      broker.link = await ClusterLink.start({
        url: options.redisUrl,
        processId: broker.aedes.id,
        logger: broker.logger,
        handle: (message) => broker.onLinkMessage(message),
        sent: (type) => broker.metrics.clusterMessages.inc({ type, direction: 'sent' }),
      });
    }
    return broker;
  }

  private constructor(options: DeviceBrokerOptions) {
    this.limits = { ...defaultBrokerLimits, ...options.limits };
    this.logger = options.logger;
    this.downlinkKeys = options.downlinkKeys;
    this.authenticator = options.authenticator;
    this.downlinkGate = options.downlinkGate;
    this.sessions = new DeviceSessions(this.limits);
    // MQTT state stays in this process's memory (aedes' in-memory persistence and emitter), with or without Redis:
    // what a screen must receive lives in the database and is offered again on every Hello.
    const aedes = new Aedes({
      id: options.id,
      mq: mqemitter({ concurrency: 1000, matchEmptyLevels: true }),
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
    this.trackHolders();
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
   * down topic. Resolves with whether it went to a live connection of the
   * screen, here or (with Redis) on the process that holds it; false when the
   * screen is connected nowhere (a persistent session this process keeps for
   * it still queues a QoS 1 downlink). The only way a message reaches a
   * screen: there is no unsigned variant. A screen the hub has no key for gets
   * nothing (counted, logged): it could not tell this downlink from a forged one.
   */
  async sendDownlink(deviceId: string, message: Omit<DownlinkProps, 'signature'>, qos: 0 | 1 = 1): Promise<boolean> {
    const kind = downlinkKindOf(message) ?? 'empty';
    const here = this.isConnected(deviceId);
    if (this.downlinkGate && !this.downlinkGate(deviceId, message)) return here;
    // Held by another process: sent there, once. Held nowhere: published here, where only a persistent session
    // would queue it (the hub offers again on Hello what the screen must get).
    const elsewhere = this.link && !here ? await this.link.holderToken(deviceId) : undefined;
    const key = await this.downlinkKeys.downlinkKey(deviceId);
    if (!key) {
      this.metrics.downlinksUnsent.inc({ kind, reason: 'no_key' });
      this.logger.warn({ deviceId, kind }, 'downlink not sent: no downlink key for this device');
      return false;
    }
    // A process that is stopping sends nothing more (aedes refuses a publish once closed): the screen gets it again
    // on its next Hello, wherever it reconnects.
    if (this.closing) {
      this.metrics.downlinksUnsent.inc({ kind, reason: 'stopping' });
      return false;
    }
    const payload = signDownlink(deviceId, encodeDownlink(message), key);
    if (elsewhere) {
      const heard = await this.link!.sendTo(elsewhere, { t: 'downlink', deviceId, qos, payload: Buffer.from(payload).toString('base64') });
      if (heard) this.metrics.messagesOut.inc({ kind });
      else this.metrics.downlinksUnsent.inc({ kind, reason: 'holder_gone' });
      return heard;
    }
    await this.publishHere(deviceId, payload, qos);
    this.metrics.messagesOut.inc({ kind });
    return here;
  }

  private publishHere(deviceId: string, payload: Uint8Array, qos: 0 | 1): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.aedes.publish({ cmd: 'publish', topic: downlinkTopic(deviceId), payload: Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength), qos, retain: false, dup: false }, (err?: Error) =>
        err ? reject(err) : resolve(),
      );
    });
  }

  /**
   * Whether a downlink may be worth sending to this screen from here: it is
   * connected to this process, or (several processes sharing Redis) it may be
   * connected to another one, which sendDownlink finds in the directory.
   */
  mayReach(deviceId: string): boolean {
    return this.link !== undefined || this.isConnected(deviceId);
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
    await this.link?.broadcast({ t: 'kick', deviceId, reason, from: this.aedes.id });
    return held;
  }

  private async disconnectHere(deviceId: string, reason: OfflineReason, onlyToken?: string): Promise<boolean> {
    const client = this.clients[deviceId];
    if (!client || (onlyToken && this.sessions.get(client)?.holderToken !== onlyToken)) return false;
    this.sessions.markClosing(client, reason);
    await new Promise<void>((resolve) => client.close(() => resolve()));
    return true;
  }

  /**
   * With Redis, each authenticated connection claims its screen in the directory (and, when another process held it,
   * has that connection closed there: a takeover); a connection that ends gives its claim back.
   */
  private trackHolders(): void {
    this.aedes.on('client', (client: Client) => {
      const session = this.sessions.get(client);
      if (!this.link || !session) return;
      const { deviceId } = session.identity;
      const token = (session.holderToken = `${this.aedes.id}/${++this.connectionSerial}`);
      this.link
        .claim(deviceId, token)
        .then(async (previous) => {
          if (previous && processOf(previous) !== this.aedes.id) await this.link?.sendTo(previous, { t: 'takeover', deviceId, holder: previous });
        })
        .catch((err: Error) => this.logger.warn({ deviceId, err: err.message }, 'could not record the screen in the cluster directory'));
    });
    this.aedes.on('clientDisconnect', (client: Client) => {
      const token = this.sessions.get(client)?.holderToken;
      if (!this.link || !token) return;
      this.link.release(client.id, token).catch((err: Error) => this.logger.warn({ deviceId: client.id, err: err.message }, 'could not release the screen in the cluster directory'));
    });
  }

  /** What other hub processes send this one (cluster-link.ts). */
  private onLinkMessage(message: LinkMessage): void {
    this.metrics.clusterMessages.inc({ type: message.t, direction: 'received' });
    switch (message.t) {
      case 'downlink':
        // Moved on since the sender looked it up: the screen gets what it must have on its next Hello.
        if (!this.isConnected(message.deviceId)) return void this.metrics.downlinksUnsent.inc({ kind: 'relayed', reason: 'holder_gone' });
        this.publishHere(message.deviceId, Buffer.from(message.payload, 'base64'), message.qos).catch((err: Error) =>
          this.logger.warn({ deviceId: message.deviceId, err: err.message }, 'relayed downlink not published'),
        );
        return;
      case 'takeover':
        void this.disconnectHere(message.deviceId, 'takeover', message.holder);
        return;
      case 'kick':
        if (message.from === this.aedes.id) return;
        this.authenticator.forget?.(message.deviceId);
        void this.disconnectHere(message.deviceId, message.reason);
        return;
    }
  }

  /**
   * Stops accepting, closes every session (offline events say broker_shutdown), and waits for the listeners.
   * With `reconnect`, each screen held is first told when to come back (a signed Reconnect downlink): a fleet
   * whose hub restarts then returns spread over `spreadMs` instead of retrying the closed port meanwhile.
   * Idempotent.
   */
  close(reconnect?: ReconnectBody): Promise<void> {
    this.closing ??= (async () => {
      // server.close's callback fires once the last connection has ended, which aedes.close brings about.
      const listenersClosed = this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
      if (reconnect) await this.tellScreensToReconnect(reconnect);
      for (const client of Object.values(this.clients)) this.sessions.markClosing(client, 'broker_shutdown');
      const released = this.link?.releaseAll(this.takeHolderTokens()).catch((err: Error) => this.logger.warn({ err: err.message }, 'could not release the screens in the cluster directory'));
      await new Promise<void>((resolve) => this.aedes.close(() => resolve()));
      await released;
      await Promise.all(listenersClosed);
      // The directory releases of the sessions just ended went out before this (one connection, in order).
      await this.link?.close();
    })();
    return this.closing;
  }

  /**
   * The stop of a process that exits next (`npm start` on SIGTERM): stops accepting and reading (no uplink is taken
   * from here on), tells each screen when to come back, gives its directory entries back, and leaves the connections
   * to the process's exit, which closes them all in the kernel at once. close() instead ends every session one by
   * one (aedes' cleanup and an offline event each): ~90 µs a screen in this layer and as much again in the hub,
   * 5–13 s for three processes of 16,700 screens stopping together on two cores. The hub then marks the screens it
   * held offline in one statement. Returns how many screens were left. Not for a process that goes on running.
   */
  async leave(reconnect?: ReconnectBody): Promise<number> {
    this.left = true;
    this.closing ??= (async () => {
      for (const server of this.servers) server.close();
      // aedes reads on 'readable': without the listener nothing more is read (what arrives waits in the kernel).
      for (const client of Object.values(this.clients)) client.conn.removeAllListeners('readable');
      const t0 = performance.now();
      const notices = reconnect && (await this.tellScreensToReconnect(reconnect));
      const t1 = performance.now();
      await this.link?.releaseAll(this.takeHolderTokens()).catch((err: Error) => this.logger.warn({ err: err.message }, 'could not release the screens in the cluster directory'));
      await this.link?.close();
      // The stop's MQTT phase in parts: it must end well inside the grace period (hub.ts logs the whole).
      this.logger.info({ noticesMs: Math.round(t1 - t0), ...notices, directoryMs: Math.round(performance.now() - t1) }, 'connections left');
    })();
    await this.closing;
    return Object.keys(this.clients).length;
  }

  private tellScreensToReconnect(reconnect: ReconnectBody): Promise<NoticesSent> {
    return sendReconnectNotices(this.clients, reconnect, { downlinkKeys: this.downlinkKeys, metrics: this.metrics, logger: this.logger });
  }

  /** The directory entries of every screen held here, taken from their sessions to be given back all at once. */
  private takeHolderTokens(): Array<[string, string]> {
    const held: Array<[string, string]> = [];
    for (const client of Object.values(this.clients)) {
      const session = this.sessions.get(client);
      if (session?.holderToken) held.push([session.identity.deviceId, session.holderToken]);
      if (session) session.holderToken = undefined;
    }
    return held;
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
