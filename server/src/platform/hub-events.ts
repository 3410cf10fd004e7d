// Live facts for operators (screens going online and offline, payments reaching
// a final state; later alerts, command results, OTA progress), each tagged with
// its tenant. In process today; the multi-process mode will carry them over Redis.
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

export class HubEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open operator stream.
    this.emitter.setMaxListeners(0);
  }

  publish(tenantId: string, type: string, data: Record<string, unknown>): void {
    this.emitter.emit('event', { tenantId, type, at: new Date().toISOString(), data } satisfies HubEvent);
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
