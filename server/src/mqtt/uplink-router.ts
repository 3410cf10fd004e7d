// Hands each decoded uplink to the domains that registered for its body kind:
// devices take hello and heartbeat, payments their requests, commands their
// results (and hello, to deliver what waited while the screen was away).
import type { UplinkEvent, UplinkSink } from '@screenhub/broker';
import type { UplinkKind } from '@screenhub/protocol';
import type { FastifyBaseLogger } from 'fastify';

export type UplinkHandler = (event: UplinkEvent) => void | Promise<void>;

export class UplinkRouter implements UplinkSink {
  private readonly handlers = new Map<UplinkKind, UplinkHandler[]>();

  constructor(private readonly logger: FastifyBaseLogger) {}

  on(kind: UplinkKind, handler: UplinkHandler): void {
    this.handlers.set(kind, [...(this.handlers.get(kind) ?? []), handler]);
  }

  handleUplink(event: UplinkEvent): void | Promise<void> {
    const handlers = this.handlers.get(event.kind);
    if (!handlers) {
      this.logger.warn({ deviceId: event.identity.deviceId, kind: event.kind }, 'no handler for uplink kind');
      return;
    }
    if (handlers.length === 1) return handlers[0]!(event);
    return Promise.all(handlers.map((handler) => handler(event))).then(() => undefined);
  }
}
