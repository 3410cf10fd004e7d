// Carries hub events between hub processes over Redis pub/sub, so that an
// operator's live stream, held by one process, hears what happens on every
// other: a screen that connects to process A shows on a console whose
// WebSocket landed on process B. One channel for the whole hub; each message
// carries the events of one event-loop turn (every screen's online and offline
// event and every payment's end are events: thousands a second in a storm or a
// stop) and names the process that sent it, and a process skips its own (it delivered
// them locally already, without waiting for Redis). Tenant filtering stays
// where it was, at each stream (hub-events.ts): the relay carries everything.
// Delivery is at most once, as for an in-process event: a stream is a live
// view, and what it missed is in the API.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';
import type { HubEvent } from './hub-events.js';

const CHANNEL = 'screenhub:hub-events';

/** One message carries the events of one event-loop turn (a reconnect storm or a stop is thousands a second). */
interface Relayed {
  origin: string;
  events: HubEvent[];
}

export class RedisEventRelay {
  private readonly origin = randomUUID();
  /** Events published in this event-loop turn, sent together at its end. */
  private pending: HubEvent[] = [];
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  private constructor(url: string, private readonly logger: FastifyBaseLogger) {
    // ioredis 5 labels a connection (CLIENT SETINFO) before its ready check; on a subscriber that races SUBSCRIBE
    // (see broker/src/cluster-link.ts). Without the labels the check follows the connect at once.
    this.publisher = new Redis(url, { disableClientInfo: true, lazyConnect: true });
    this.subscriber = new Redis(url, { disableClientInfo: true, lazyConnect: true });
    for (const connection of [this.publisher, this.subscriber]) {
      // ioredis reconnects by itself; meanwhile events are not relayed, which a live view can bear. Logged, not thrown.
      connection.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'hub event relay: Redis connection error'));
    }
  }

  /**
   * Connects both connections and subscribes; `deliver` gets every other process's events, while `listened()` says
   * this process holds a stream: a process without one does not even parse them (every screen's online and offline
   * event, every payment, from every process).
   */
  static async start(url: string, logger: FastifyBaseLogger, deliver: (event: HubEvent) => void, listened: () => boolean): Promise<RedisEventRelay> {
    const relay = new RedisEventRelay(url, logger);
    await Promise.all([relay.publisher.connect(), relay.subscriber.connect()]);
    relay.subscriber.on('message', (_channel: string, raw: string) => listened() && relay.receive(raw, deliver));
    await relay.subscriber.subscribe(CHANNEL);
    return relay;
  }

  send(event: HubEvent): void {
    if (this.pending.push(event) === 1) setImmediate(() => this.flush());
  }

  private flush(): void {
    const message: Relayed = { origin: this.origin, events: this.pending };
    this.pending = [];
    this.publisher
      .publish(CHANNEL, JSON.stringify(message))
      .catch((err: Error) => this.logger.warn({ err: err.message, events: message.events.length }, 'hub events not relayed'));
  }

  /** Stops hearing the other processes (a process that is stopping), still sending its own events until close. */
  stopHearing(): void {
    this.subscriber.disconnect();
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    if (this.pending.length > 0) this.flush();
    await this.publisher.quit().catch(() => this.publisher.disconnect());
  }

  private receive(raw: string, deliver: (event: HubEvent) => void): void {
    let message: Relayed;
    try {
      message = JSON.parse(raw) as Relayed;
    } catch {
      return this.logger.warn('hub event relay: a message that is not JSON, dropped');
    }
    if (message.origin === this.origin || !Array.isArray(message.events)) return;
    for (const event of message.events) if (typeof event?.tenantId === 'string') deliver(event);
  }
}
