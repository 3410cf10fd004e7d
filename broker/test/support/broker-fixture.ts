// A DeviceBroker on a free loopback port with an in-memory device list (which
// also holds each device's downlink key), a sink that records uplinks and
// presence and answers Hello with Welcome (as the hub does), for the broker's
// own tests over real TCP.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import pino from 'pino';
import { Registry } from 'prom-client';
import { ScreenClient, type ScreenClientOptions } from '@screenhub/simulator';
import { deriveDownlinkKey } from '@screenhub/protocol';
import { DeviceBroker, type AuthDecision, type BrokerLimits, type DeviceAuthenticator, type DownlinkKeys, type PresenceEvent, type UplinkEvent } from '../../src/index.js';

interface TestDevice {
  secretHash: Buffer;
  /** Undefined: a device the hub holds no payment key for. */
  downlinkKey: Buffer | undefined;
  tenantId: string;
  blocked: boolean;
}

export class TestDeviceRegistry implements DeviceAuthenticator, DownlinkKeys {
  readonly devices = new Map<string, TestDevice>();
  /** While set, lookups wait for it: a slow database, for tests of what the broker does meanwhile. */
  gate: Promise<void> | undefined;
  /** Lookups started so far. */
  verifications = 0;

  /** A new device and the credentials provisioning would give its screen. */
  add(deviceId: string, tenantId = 'tenant-a'): { deviceId: string; secret: string; paymentKey: string } {
    const secret = randomBytes(32).toString('base64url');
    const paymentKey = randomBytes(32);
    this.devices.set(deviceId, { secretHash: sha256(secret), downlinkKey: deriveDownlinkKey(paymentKey), tenantId, blocked: false });
    return { deviceId, secret, paymentKey: paymentKey.toString('base64url') };
  }

  async verify(deviceId: string, secret: Buffer): Promise<AuthDecision> {
    this.verifications++;
    await this.gate;
    const device = this.devices.get(deviceId);
    if (!device) return { ok: false, reason: 'unknown_device' };
    if (!timingSafeEqual(sha256(secret), device.secretHash)) return { ok: false, reason: 'bad_secret' };
    if (device.blocked) return { ok: false, reason: 'blocked' };
    return { ok: true, identity: { deviceId, tenantId: device.tenantId } };
  }

  async downlinkKey(deviceId: string): Promise<Buffer | undefined> {
    return this.devices.get(deviceId)?.downlinkKey;
  }
}

function sha256(value: string | Buffer): Buffer {
  return createHash('sha256').update(value).digest();
}

export class BrokerFixture {
  /** `registry`: share one device list between fixtures that play several hub processes. */
  constructor(readonly registry = new TestDeviceRegistry()) {}

  readonly uplinks: UplinkEvent[] = [];
  readonly presence: PresenceEvent[] = [];
  readonly events = new EventEmitter();
  readonly metrics = new Registry();
  readonly clients: ScreenClient[] = [];
  broker!: DeviceBroker;
  url = '';
  port = 0;

  /** `redisUrl`: one of several hub processes sharing Redis (the cluster directory and each process's channel). */
  async start(limits: Partial<BrokerLimits> = {}, options: { redisUrl?: string } = {}): Promise<this> {
    this.broker = await DeviceBroker.create({
      redisUrl: options.redisUrl,
      authenticator: this.registry,
      downlinkKeys: this.registry,
      logger: pino({ level: 'silent' }),
      metricsRegistry: this.metrics,
      limits,
      uplinks: {
        handleUplink: async (event) => {
          this.uplinks.push(event);
          this.events.emit('uplink', event);
          if (event.kind === 'hello') {
            await this.broker.sendDownlink(event.identity.deviceId, {
              messageId: 1,
              sentAtMs: Date.now(),
              replyTo: event.message.messageId,
              welcome: { serverTimeMs: Date.now(), heartbeatIntervalS: 3600, deviceId: event.identity.deviceId },
            });
          }
        },
      },
      presence: {
        handlePresence: (event) => {
          this.presence.push(event);
          this.events.emit('presence', event);
        },
      },
    });
    const address = await this.broker.listenTcp(0, '127.0.0.1');
    this.port = address.port;
    this.url = `mqtt://127.0.0.1:${address.port}`;
    return this;
  }

  /** A screen client for a registered device (not yet connected). */
  screen(device: { deviceId: string; secret: string; paymentKey: string }, options: Partial<ScreenClientOptions> = {}): ScreenClient {
    const client = new ScreenClient({ url: this.url, reconnect: false, heartbeat: false, ...device, ...options });
    this.clients.push(client);
    return client;
  }

  /** Resolves with the next uplink from `deviceId` that satisfies `match`. */
  nextUplink(deviceId: string, match: (event: UplinkEvent) => boolean = () => true): Promise<UplinkEvent> {
    return this.nextEvent<UplinkEvent>('uplink', (event) => event.identity.deviceId === deviceId && match(event));
  }

  nextPresence(deviceId: string, online: boolean): Promise<PresenceEvent> {
    return this.nextEvent<PresenceEvent>('presence', (event) => event.identity.deviceId === deviceId && event.online === online);
  }

  async metric(name: string, labels: Record<string, string> = {}): Promise<number> {
    const metric = await this.metrics.getSingleMetric(name)?.get();
    const value = metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
    return value?.value ?? 0;
  }

  async stop(): Promise<void> {
    for (const client of this.clients) client.kill();
    await this.broker?.close();
  }

  private nextEvent<T>(name: string, match: (event: T) => boolean): Promise<T> {
    return new Promise((resolve) => {
      const listener = (event: T) => {
        if (!match(event)) return;
        this.events.off(name, listener);
        resolve(event);
      };
      this.events.on(name, listener);
    });
  }
}

export { once };
