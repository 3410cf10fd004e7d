// Hands each decoded uplink to the domain that owns its body kind: devices take
// hello and heartbeat; later payments, OTA and ads register theirs.
import type { UplinkEvent, UplinkSink } from '@screenhub/broker';
import type { UplinkKind } from '@screenhub/protocol';
import type { FastifyBaseLogger } from 'fastify';

export type UplinkHandler = (event: UplinkEvent) => void | Promise<void>;

export class UplinkRouter implements UplinkSink {
  private readonly handlers = new Map<UplinkKind, UplinkHandler>();

  constructor(private readonly logger: FastifyBaseLogger) {}

  on(kind: UplinkKind, handler: UplinkHandler): void {
    if (this.handlers.has(kind)) throw new Error(`an uplink handler for ${kind} is already registered`);
    this.handlers.set(kind, handler);
  }

  handleUplink(event: UplinkEvent): void | Promise<void> {
    const handler = this.handlers.get(event.kind);
    if (!handler) {
      this.logger.warn({ deviceId: event.identity.deviceId, kind: event.kind }, 'no handler for uplink kind');
      return;
    }
    return handler(event);
  }
}
