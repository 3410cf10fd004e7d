// A virtual payment screen's MQTT side: connect with its id and secret,
// subscribe to its downlinks (acting only on those the hub signed), say
// Hello, heartbeat, and reconnect with exponential backoff and full jitter.
// Used by the tests and the fleet simulator; it knows the hub only through
// MQTT, as a real screen does.
import { EventEmitter } from 'node:events';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { mqttFromAddress } from './mqtt-from-address.js';
import { PaymentWaiters, type PaymentAttempt } from './screen-payments.js';
import { ScreenSales } from './screen-sales.js';
import { ScreenCommands } from './screen-commands.js';
import { ScreenUpdater } from './ota/screen-updater.js';
import { ScreenAds } from './ads/screen-ads.js';
import {
  decodeDownlink,
  downlinkTopic,
  encodeUplink,
  NetworkType,
  uplinkTopic,
  type DecodedDownlink,
  type HeartbeatBody,
  type CommandBody,
  type ConfigUpdateBody,
  type HelloBody,
  type PayResultBody,
  type QrCodeBody,
  type UplinkProps,
  type AdPlay,
  type ReconnectBody,
  type WelcomeBody,
} from '@screenhub/protocol';
import { defaultBackoff } from './backoff.js';
import { connackError, ConnectRefusedError } from './connack-error.js';
import { DownlinkVerifier, type DownlinkRefusal } from './downlink-verifier.js';
import { ReconnectPlan } from './reconnect-plan.js';
import type { ScreenClientEvents, ScreenClientOptions } from './screen-client-options.js';

export type { ScreenClientEvents, ScreenClientOptions } from './screen-client-options.js';

const defaultHello: HelloBody = { firmwareVersion: '1.0.0', appVersion: '1.0.0', model: 'SIM-P1', hardwareRevision: 'A', iccid: '' };

export class ScreenClient extends EventEmitter<ScreenClientEvents> {
  private mqtt: MqttClient | undefined;
  private nextMessageId = 1;
  private readonly reconnects = new ReconnectPlan();
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly payments = new PaymentWaiters((result) => this.emit('lateResult', result));
  /** The sales taken at this screen: order numbers, signed PayRequests, resends (screen-sales.ts). */
  private readonly sales: ScreenSales;
  private readonly verifier: DownlinkVerifier;
  private readonly commands = new ScreenCommands(
    (body) => this.publish(body),
    () => `${this.options.deviceId} app log: idle, ${this.nextMessageId - 1} uplinks sent`,
    (err) => this.emitError(err),
  );
  private readonly startedAt = Date.now();
  /** The config in effect on this screen and the desired version it came from. */
  appliedConfig: Record<string, unknown> = {};
  appliedConfigVersion = 0;
  /** The last Welcome the hub sent. */
  welcome: WelcomeBody | undefined;
  /** Present when the screen takes OTA offers (options.ota). */
  readonly updater: ScreenUpdater | undefined;
  /** Present when the screen plays ads (options.ads). */
  readonly ads: ScreenAds | undefined;

  constructor(readonly options: ScreenClientOptions) {
    super();
    this.verifier = new DownlinkVerifier(options.deviceId, options.paymentKey);
    this.sales = new ScreenSales(
      {
        deviceId: options.deviceId,
        paymentKey: options.paymentKey,
        faults: options.faults,
        payResendAfterMs: options.payResendAfterMs,
        startedAt: this.startedAt,
        publish: (body) => this.publish(body),
        emitError: (err) => this.emitError(err),
      },
      this.payments,
    );
    if (options.ads) {
      const screen = {
        deviceId: options.deviceId,
        publish: (body: UplinkProps) => this.publish(body),
        played: (play: AdPlay) => this.emit('adPlay', play),
        connected: () => this.connected,
      };
      this.ads = new ScreenAds(screen, { ...options.ads, faults: options.faults }, (err) => this.emitError(err));
    }
    if (options.ota) {
      this.updater = new ScreenUpdater(
        {
          deviceId: options.deviceId,
          localAddress: options.localAddress,
          versions: () => ({ app: this.hello.appVersion ?? '', firmware: this.hello.firmwareVersion ?? '' }),
          busy: () => this.payments.busy,
          report: (campaignId, state, details = {}) =>
            this.publish({ otaStatus: { campaignId, state, progressPct: details.progressPct ?? 0, reason: details.reason ?? '', version: details.version ?? this.hello.appVersion ?? '' } }),
          reboot: (versions) => this.reboot({ appVersion: versions.app, firmwareVersion: versions.firmware }),
        },
        { ...options.ota, faults: options.faults },
        (err) => this.emitError(err),
      );
    }
  }

  /** What the screen says about itself in Hello now. */
  get hello(): HelloBody {
    return { ...defaultHello, ...this.options.hello };
  }

  /** Restarts: the connection drops and comes back, Hello saying what `hello` changes (a new version after an update). */
  async reboot(hello: Partial<HelloBody> = {}): Promise<void> {
    this.options.hello = { ...this.options.hello, ...hello };
    this.stop();
    await this.mqtt?.endAsync(true);
    await this.connect();
  }

  /** PayRequests sent again because the hub answered RETRY_LATER. */
  get paymentsRetried(): number {
    return this.sales.retried;
  }

  /** The wait the hub gave with its last RETRY_LATER, ms (0: none given). */
  get lastRetryAfterMs(): number {
    return this.sales.lastRetryAfterMs;
  }

  /** Downlinks refused so far (unsigned or wrongly signed), by reason. */
  get downlinksRefused(): Readonly<Record<DownlinkRefusal, number>> {
    return this.verifier.refused;
  }

  get connected(): boolean {
    return this.mqtt?.connected ?? false;
  }

  /**
   * Connects and resolves with the hub's Welcome. Rejects (and stops retrying)
   * if the hub refuses the CONNECT; network failures are retried with backoff.
   */
  connect(): Promise<WelcomeBody> {
    this.stopped = false;
    return new Promise((resolve, reject) => {
      const onWelcome = (welcome: WelcomeBody) => {
        cleanup();
        resolve(welcome);
      };
      const onError = (err: Error) => {
        if (!(err instanceof ConnectRefusedError)) return;
        cleanup();
        this.stop();
        reject(err);
      };
      const cleanup = () => {
        this.off('welcome', onWelcome);
        this.off('error', onError);
      };
      this.on('welcome', onWelcome);
      this.on('error', onError);
      this.mqttClient();
    });
  }

  /** Publishes an uplink envelope; with QoS 1, resolves on PUBACK. */
  async publish(body: Omit<UplinkProps, 'messageId' | 'sentAtMs'>, qos: 0 | 1 = 1): Promise<void> {
    const payload = Buffer.from(encodeUplink({ messageId: this.nextMessageId++, sentAtMs: Date.now(), ...body }));
    await this.publishRaw(uplinkTopic(this.options.deviceId), payload, qos);
  }

  /** Publishes raw bytes to any topic: for tests of what the hub does with bad input. */
  async publishRaw(topic: string, payload: Buffer, qos: 0 | 1 = 1): Promise<void> {
    const client = this.requireClient();
    await client.publishAsync(topic, payload, { qos });
  }

  /** Subscribes to any topic filter; resolves with the granted QoS (128 = refused). */
  async subscribeRaw(topic: string): Promise<number> {
    try {
      const granted = await this.requireClient().subscribeAsync(topic, { qos: 1 });
      return granted[0]?.qos ?? 128;
    } catch (err) {
      // mqtt.js turns a SUBACK of 0x80 into an error carrying the packet.
      const granted = (err as { packet?: { granted?: Array<number | { qos: number }> } }).packet?.granted?.[0];
      if (granted === undefined) throw err;
      return typeof granted === 'number' ? granted : granted.qos;
    }
  }

  /** A signed PayRequest body for `attempt` (the hub checks the HMAC and the time). */
  payRequest(attempt: PaymentAttempt): NonNullable<UplinkProps['payRequest']> {
    return this.sales.payRequest(attempt);
  }

  /** A sale at the counter, numbered by the screen (ScreenSales.take). */
  takePayment(amountFen: number, authCode: string, timeoutMs?: number): Promise<PayResultBody> {
    return this.sales.take(amountFen, authCode, timeoutMs);
  }

  /** Resolves with the next PayResult for `orderNo`. */
  payResult(orderNo: string, timeoutMs = 120_000): Promise<PayResultBody> {
    return this.payments.result(orderNo, timeoutMs);
  }

  /** Dynamic QR: resolves with the code to show; the outcome comes through payResult(orderNo) (ScreenSales.requestQr). */
  requestQr(attempt: Omit<PaymentAttempt, 'authCode'>, timeoutMs?: number): Promise<QrCodeBody> {
    return this.sales.requestQr(attempt, timeoutMs);
  }

  /** Scans a customer's code and resolves with the outcome, through RETRY_LATER and lost answers (ScreenSales.pay). */
  pay(attempt: PaymentAttempt, timeoutMs?: number): Promise<PayResultBody> {
    return this.sales.pay(attempt, timeoutMs);
  }

  async sendHello(): Promise<void> {
    // Tests may set awaitingOrderNos in options.hello to speak for orders this client never started.
    await this.publish({ hello: { awaitingOrderNos: this.payments.awaitingOrderNos(), ...this.hello } });
  }

  async sendHeartbeat(values: HeartbeatBody = {}): Promise<void> {
    await this.publish({
      heartbeat: {
        uptimeS: Math.floor((Date.now() - this.startedAt) / 1000),
        rssiDbm: -65,
        networkType: NetworkType.NETWORK_TYPE_CELLULAR_4G,
        temperatureDc: 380,
        freeStorageBytes: 2_000_000_000,
        freeMemoryBytes: 150_000_000,
        appVersion: this.options.hello?.appVersion ?? defaultHello.appVersion,
        ...values,
      },
    });
  }

  /** Clean MQTT DISCONNECT; no reconnect. */
  async end(): Promise<void> {
    this.stop();
    this.ads?.close();
    await this.mqtt?.endAsync();
  }

  /** Drops the socket without DISCONNECT, as a screen losing power or signal would; no reconnect. */
  kill(): void {
    this.stop();
    this.ads?.close();
    this.mqtt?.stream.destroy();
    this.mqtt?.end(true);
  }

  private stop(): void {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeatTimer);
  }

  private requireClient(): MqttClient {
    if (!this.mqtt) throw new Error('not connected: call connect() first');
    return this.mqtt;
  }

  private mqttClient(): MqttClient {
    if (this.mqtt) {
      this.mqtt.reconnect();
      return this.mqtt;
    }
    const { options } = this;
    const mqttOptions: IClientOptions = {
      clientId: options.deviceId,
      username: options.deviceId,
      password: options.secret,
      protocolVersion: 4,
      keepalive: options.keepaliveSeconds ?? 30,
      connectTimeout: options.connectTimeoutMs ?? 10_000,
      clean: options.cleanSession ?? true,
      // Reconnects are ours (backoff with jitter); mqtt.js only knows a fixed period.
      reconnectPeriod: 0,
      resubscribe: false,
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      ...(options.ca ? { ca: options.ca, rejectUnauthorized: true } : {}),
    };
    const client = options.localAddress && options.url.startsWith('mqtt:') ? mqttFromAddress(options.url, options.localAddress, mqttOptions) : mqtt.connect(options.url, mqttOptions);
    this.mqtt = client;

    client.on('connect', (connack) => {
      this.reconnects.connected();
      this.emit('connected');
      const subscribed = connack.sessionPresent ? Promise.resolve() : client.subscribeAsync(downlinkTopic(options.deviceId), { qos: 1 });
      subscribed.then(() => this.sendHello()).catch((err: Error) => this.emitError(err));
    });
    client.on('message', (_topic, payload) => this.onDownlink(payload));
    client.on('close', () => {
      this.ads?.wentOffline();
      clearInterval(this.heartbeatTimer);
      this.emit('disconnected');
      this.scheduleReconnect();
    });
    // A numeric code is a CONNACK's: a refusal (typed) or "server unavailable" (retried, connack-error.ts).
    client.on('error', (err: Error & { code?: number }) => this.emitError(typeof err.code === 'number' ? connackError(err.code) : err));
    return client;
  }

  private onDownlink(payload: Buffer): void {
    const signed = this.options.faults?.trustsUnsignedDownlinks ? { ok: true as const, body: payload } : this.verifier.open(payload);
    if (!signed.ok) return void this.emit('downlinkRefused', signed.reason);
    let message: DecodedDownlink;
    try {
      message = decodeDownlink(signed.body);
    } catch (err) {
      return this.emitError(err as Error);
    }
    if (message.welcome) this.onWelcome(message.welcome);
    if (message.command?.commandId) this.onCommand(message.command);
    if (message.configUpdate) this.onConfigUpdate(message.configUpdate);
    if (message.otaOffer) {
      this.emit('otaOffer', message.otaOffer);
      this.updater?.onOffer(message.otaOffer);
    }
    if (message.adSchedule) {
      this.emit('adSchedule', message.adSchedule);
      this.ads?.onSchedule(message.adSchedule);
    }
    if (message.reconnect) this.onReconnectNotice(message.reconnect);
    if (message.playProofsAck) this.ads?.onProofsAck(message.playProofsAck.batchIds ?? []);
    if (message.payResult) this.ads?.onPayResult(message.payResult);
    this.payments.deliver(message);
    this.emit('downlink', message);
  }

  private onCommand(command: CommandBody): void {
    this.emit('command', command);
    if ((this.options.commands ?? 'succeed') !== 'ignore') this.commands.onCommand(command);
  }

  private onConfigUpdate(update: ConfigUpdateBody): void {
    this.emit('configUpdate', update);
    if ((this.options.config ?? 'apply') === 'ignore') return;
    try {
      const delta = JSON.parse(update.deltaJson || '{}') as Record<string, unknown>;
      this.appliedConfig = { ...this.appliedConfig, ...delta };
      this.appliedConfigVersion = update.version ?? 0;
    } catch (err) {
      return this.emitError(err as Error);
    }
    this.publish({ configReport: { version: this.appliedConfigVersion, reportedJson: JSON.stringify(this.appliedConfig) } }).catch((err: Error) => this.emitError(err));
  }

  private onWelcome(welcome: WelcomeBody): void {
    this.welcome = welcome;
    const heartbeat = this.options.heartbeat ?? {};
    clearInterval(this.heartbeatTimer);
    if (heartbeat !== false) {
      const intervalMs = heartbeat.intervalMs ?? (welcome.heartbeatIntervalS ?? 30) * 1000;
      this.heartbeatTimer = setInterval(() => this.sendHeartbeat().catch((err: Error) => this.emitError(err)), intervalMs);
      this.heartbeatTimer.unref();
    }
    this.emit('welcome', welcome);
    // Proofs the hub did not acknowledge before the connection went (or before it crashed) go again, then those of
    // the plays shown while away.
    this.ads?.cameBack().catch((err: Error) => this.emitError(err));
  }

  /** The hub is closing this connection (its process stops): the next attempt goes when it said, not at once. */
  private onReconnectNotice(notice: ReconnectBody): void {
    this.reconnects.told(notice);
    this.emit('reconnectNotice', notice);
  }

  private scheduleReconnect(): void {
    const backoff = this.options.reconnect ?? defaultBackoff;
    if (this.stopped || backoff === false || this.reconnectTimer?.hasRef()) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.stopped) this.mqtt?.reconnect();
    }, this.options.faults?.reconnectsEveryMs ?? this.reconnects.nextDelayMs(backoff));
  }

  private emitError(err: Error): void {
    // An EventEmitter 'error' with no listener throws; a screen should not crash on a hub hiccup.
    if (this.listenerCount('error') > 0) this.emit('error', err);
  }
}
