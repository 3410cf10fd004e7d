// Live facts for operators (screens going online and offline, payments reaching
// a final state, alerts, command results, OTA progress), each tagged with its
// tenant. Delivered in this process at once and, with several hub processes
// (HUB_REDIS_URL), relayed to the others through Redis (redis-event-relay.ts),
// so a stream hears the whole hub whichever process holds it.
import { EventEmitter } from 'node:events';

export interface HubEvent {
  tenantId: string;
  type: string;
  at: string;
  data: Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyInstance {
    hubEvents: HubEvents;
  }
}

/** Where events go beyond this process (redis-event-relay.ts). */
export interface EventRelay {
  send(event: HubEvent): void;
  /** Stops delivering other processes' events here (this process is stopping). */
  stopHearing(): void;
}

export class HubEvents {
  private readonly emitter = new EventEmitter();
  private relay?: EventRelay;

  constructor() {
    // One listener per open operator stream.
    this.emitter.setMaxListeners(0);
  }

  publish(tenantId: string, type: string, data: Record<string, unknown>): void {
    const event: HubEvent = { tenantId, type, at: new Date().toISOString(), data };
    this.emitter.emit('event', event);
    this.relay?.send(event);
  }

  /** Sends every event published here on through `relay` too. */
  relayTo(relay: EventRelay): void {
    this.relay = relay;
  }

  /** This process is stopping: other processes' events are no longer read (its own still go out). */
  stopHearingOthers(): void {
    this.relay?.stopHearing();
  }

  /** Whether any stream is open in this process (the relay need not read other processes' events otherwise). */
  get listened(): boolean {
    return this.emitter.listenerCount('event') > 0;
  }

  /** An event another process published (the relay's delivery): to this process's streams only. */
  deliver(event: HubEvent): void {
    this.emitter.emit('event', event);
  }

  /** Calls `listener` for each event of `tenantId`; returns the unsubscribe function. */
  subscribe(tenantId: string, listener: (event: HubEvent) => void): () => void {
    const filtered = (event: HubEvent) => {
      if (event.tenantId === tenantId) listener(event);
    };
    this.emitter.on('event', filtered);
    return () => this.emitter.off('event', filtered);
  }
}
