// What lets several hub processes act as one broker: MQTT routing between them
// through Redis pub/sub (mqemitter-redis), and sessions, subscriptions and
// offline QoS 1 messages kept in Redis (aedes-persistence-redis), so a downlink
// published by any process reaches the screen whichever process holds it, and
// a screen that reconnects to another process finds its session.
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import mqemitterRedis from 'mqemitter-redis';

export interface RedisPersistence {
  setup(broker: unknown): Promise<void>;
  destroy(): Promise<void>;
}

interface StreamingMethods {
  createRetainedStreamCombi(patterns: string[]): AsyncIterable<unknown> | Iterable<unknown>;
  outgoingStream(client: unknown): AsyncIterable<unknown> | Iterable<unknown>;
  streamWill(brokers: unknown): AsyncIterable<unknown> | Iterable<unknown>;
  getClientList(topic: string): AsyncIterable<unknown> | Iterable<unknown>;
}

const require = createRequire(import.meta.url);
// The async persistence class: aedes 1.x speaks the promise API (the package's main export is the callback wrapper).
const AsyncRedisPersistence = require('aedes-persistence-redis/asyncPersistence.js') as new (options: object) => RedisPersistence & StreamingMethods;

/**
 * aedes 1.2 pipes what these methods return, as its bundled in-memory
 * persistence returns Node streams; aedes-persistence-redis 12 returns async
 * generators. Readable.from bridges the two.
 */
class StreamingRedisPersistence extends AsyncRedisPersistence {
  override createRetainedStreamCombi(patterns: string[]) {
    return Readable.from(super.createRetainedStreamCombi(patterns));
  }
  override outgoingStream(client: unknown) {
    return Readable.from(super.outgoingStream(client));
  }
  override streamWill(brokers: unknown) {
    return Readable.from(super.streamWill(brokers));
  }
  override getClientList(topic: string) {
    return Readable.from(super.getClientList(topic));
  }
}

export interface RedisTransport {
  mq: ReturnType<typeof mqemitterRedis>;
  persistence: RedisPersistence;
}

/** Offline QoS 1 messages (commands, config) are kept this long for a screen that is away. */
const OFFLINE_MESSAGE_TTL_SECONDS = 86_400;

export function redisTransport(url: string): RedisTransport {
  const parsed = new URL(url);
  const connection = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number(parsed.pathname.slice(1) || 0),
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // ioredis 5 labels each connection (CLIENT SETINFO, after reading its own package.json) before its ready check.
    // SUBSCRIBE may be written in that gap (Redis lets it run while loading), and the ready check's INFO then meets
    // a connection in subscriber mode and throws where nothing catches it (seen in forbidden-publish.test.ts).
    // Without the labels the check follows the connect at once.
    disableClientInfo: true,
  };
  return {
    mq: mqemitterRedis({ ...connection, concurrency: 1000, matchEmptyLevels: true }),
    persistence: new StreamingRedisPersistence({
      ...connection,
      // A CONNECT costs the persistence about eight commands (will, session, inbound store); auto-pipelining sends
      // the commands of every screen connecting in the same event-loop turn in one write instead of one write each,
      // which is what a reconnect storm needs (socket writes are the hub's dearest operation under load).
      enableAutoPipelining: true,
      maxSessionDelivery: 1000,
      packetTTL: () => OFFLINE_MESSAGE_TTL_SECONDS,
    }),
  };
}
