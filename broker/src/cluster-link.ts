// How several hub processes act as one broker without sharing MQTT state.
// Each process keeps its screens' sessions in memory; what they share in Redis
// is a directory (hash: device id -> the holding connection's token,
// "<process id>/<serial>") and one pub/sub channel per process. A downlink for
// a screen held elsewhere is published once, to the holder's channel; a screen
// that connects to a second process has its old connection closed through the
// old holder's channel; nothing goes to processes that do not hold the screen.
// Orders every process must hear (a revoked screen: drop cached credentials,
// close it if held) go to one channel for all.
//
// A process that died without a word leaves its entries behind: PUBLISH counts
// its receivers, so a message to a dead holder is known undelivered at once
// and its entry is removed; a screen's next connect overwrites it anyway.
// Directory writes are auto-pipelined: the claims of one event-loop turn
// (a reconnect storm) go to Redis in one write.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { OfflineReason } from './types.js';

/** What travels between processes. Payloads are already signed by the sender. */
export type LinkMessage =
  | { t: 'downlink'; deviceId: string; qos: 0 | 1; payload: string }
  | { t: 'takeover'; deviceId: string; holder: string }
  | { t: 'kick'; deviceId: string; reason: OfflineReason; from: string };

export interface LinkHandler {
  (message: LinkMessage): void;
}

// Claim: set the holder, return the previous one. Release: only the holder's own entry (the screen may already have
// connected elsewhere, whose claim must survive this connection's late goodbye).
const CLAIM = `local old = redis.call('HGET', KEYS[1], ARGV[1]); redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]); return old`;
const RELEASE = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end return 0`;
// The same for many (device id, token) pairs at once: a process that stops gives back all its screens in a few calls.
const RELEASE_MANY = `for i = 1, #ARGV, 2 do if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[i + 1] then redis.call('HDEL', KEYS[1], ARGV[i]) end end return 0`;
/** Pairs per RELEASE_MANY call: a Lua script blocks Redis while it runs. */
const RELEASE_BATCH = 1000;

type ScriptedRedis = Redis & {
  claimHolder(key: string, deviceId: string, token: string): Promise<string | null>;
  releaseHolder(key: string, deviceId: string, token: string): Promise<number>;
  releaseHolders(key: string, ...pairs: string[]): Promise<number>;
};

export class ClusterLink {
  private readonly commands: ScriptedRedis;
  private readonly subscriber: Redis;
  private readonly directoryKey: string;
  private readonly ownChannel: string;
  private readonly allChannel: string;
  private readonly channelPrefix: string;

  private constructor(
    url: string,
    readonly processId: string,
    private readonly logger: Logger,
    private readonly sent: (type: LinkMessage['t']) => void,
  ) {
    // Redis pub/sub ignores the database number; channels carry it so that hubs on different databases of one server
    // (tests) stay apart, as their directories do.
    const db = Number(new URL(url).pathname.slice(1) || 0);
    this.directoryKey = 'screenhub:mqtt:holders';
    this.channelPrefix = `screenhub:mqtt:${db}:`;
    this.ownChannel = `${this.channelPrefix}process:${processId}`;
    this.allChannel = `${this.channelPrefix}all`;
    // ioredis 5 labels a connection (CLIENT SETINFO) before its ready check, which races SUBSCRIBE on a subscriber
    // connection and throws where nothing catches it; without the labels the check follows the connect at once.
    this.commands = new Redis(url, { disableClientInfo: true, lazyConnect: true, enableAutoPipelining: true }) as ScriptedRedis;
    this.commands.defineCommand('claimHolder', { numberOfKeys: 1, lua: CLAIM });
    this.commands.defineCommand('releaseHolder', { numberOfKeys: 1, lua: RELEASE });
    this.commands.defineCommand('releaseHolders', { numberOfKeys: 1, lua: RELEASE_MANY });
    this.subscriber = new Redis(url, { disableClientInfo: true, lazyConnect: true });
    for (const connection of [this.commands, this.subscriber]) {
      // ioredis reconnects by itself; meanwhile downlinks to other processes fail (counted) and screens get what they
      // missed on their next Hello. Logged, not thrown.
      connection.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'cluster link: Redis connection error'));
    }
  }

  /** Connects, and listens on this process's channel and the channel for all. */
  static async start(options: { url: string; processId: string; logger: Logger; handle: LinkHandler; sent: (type: LinkMessage['t']) => void }): Promise<ClusterLink> {
    const { url, processId, logger, handle } = options;
    const link = new ClusterLink(url, processId, logger, options.sent);
    await Promise.all([link.commands.connect(), link.subscriber.connect()]);
    link.subscriber.on('messageBuffer', (_channel: Buffer, raw: Buffer) => link.receive(raw, handle));
    await link.subscriber.subscribe(link.ownChannel, link.allChannel);
    return link;
  }

  /** Records this connection as the screen's holder; resolves with the previous holder's token, if another. */
  async claim(deviceId: string, token: string): Promise<string | undefined> {
    const previous = await this.commands.claimHolder(this.directoryKey, deviceId, token);
    return previous && previous !== token ? previous : undefined;
  }

  /** Forgets this connection as the screen's holder, unless another has claimed the screen since. */
  async release(deviceId: string, token: string): Promise<void> {
    await this.commands.releaseHolder(this.directoryKey, deviceId, token);
  }

  /** release() for many connections at once (a process that stops): a few Redis calls instead of one per screen. */
  async releaseAll(held: Array<[deviceId: string, token: string]>): Promise<void> {
    // Every batch at once (one pipeline): Redis runs them back to back, and the stop waits one round trip, not one per batch.
    const batches: Array<Promise<unknown>> = [];
    for (let i = 0; i < held.length; i += RELEASE_BATCH) batches.push(this.commands.releaseHolders(this.directoryKey, ...held.slice(i, i + RELEASE_BATCH).flat()));
    await Promise.all(batches);
  }

  /** The token of the connection holding the screen, when another process holds it. */
  async holderToken(deviceId: string): Promise<string | undefined> {
    const token = await this.commands.hget(this.directoryKey, deviceId);
    return token && processOf(token) !== this.processId ? token : undefined;
  }

  /**
   * Sends to one process; resolves with whether it is alive to hear it. A dead process's entry for the screen is
   * removed (only if still its own).
   */
  async sendTo(holderToken: string, message: LinkMessage): Promise<boolean> {
    this.sent(message.t);
    const heard = await this.commands.publish(`${this.channelPrefix}process:${processOf(holderToken)}`, JSON.stringify(message));
    if (heard === 0) await this.commands.releaseHolder(this.directoryKey, message.deviceId, holderToken);
    return heard > 0;
  }

  async broadcast(message: LinkMessage): Promise<void> {
    this.sent(message.t);
    await this.commands.publish(this.allChannel, JSON.stringify(message));
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    await this.commands.quit().catch(() => this.commands.disconnect());
  }

  private receive(raw: Buffer, handle: LinkHandler): void {
    let message: LinkMessage;
    try {
      message = JSON.parse(raw.toString()) as LinkMessage;
    } catch (err) {
      this.logger.warn({ err }, 'cluster link: unreadable message dropped');
      return;
    }
    try {
      handle(message);
    } catch (err) {
      this.logger.error({ err, type: message.t }, 'cluster link: handler failed');
    }
  }
}

export function processOf(token: string): string {
  const slash = token.lastIndexOf('/');
  return slash < 0 ? token : token.slice(0, slash);
}
