// Hands each decoded uplink to the domains that registered for its body kind:
// devices take hello and heartbeat, payments their requests, commands their
// results (and hello, to deliver what waited while the screen was away).
// Every body's fields are range-checked first (uplink-fields.ts), so no domain
// ever sees a value its column or its meaning cannot hold.
import type { UplinkEvent, UplinkSink } from '@screenhub/broker';
import type { UplinkKind } from '@screenhub/protocol';
import type { FastifyBaseLogger } from 'fastify';
import { Counter, type Registry } from 'prom-client';
import { checkUplinkFields } from './uplink-fields.js';

export type UplinkHandler = (event: UplinkEvent) => void | Promise<void>;

export class UplinkRouter implements UplinkSink {
  private readonly handlers = new Map<UplinkKind, UplinkHandler[]>();
  private readonly droppedFields: Counter<'kind' | 'field' | 'reason'>;

  constructor(
    private readonly logger: FastifyBaseLogger,
    registry: Registry,
  ) {
    this.droppedFields = new Counter({
      name: 'hub_uplink_fields_dropped_total',
      help: 'Uplink fields dropped before any domain saw them, by field and reason (out of range, not an exact integer, NUL, too long, unknown enum)',
      labelNames: ['kind', 'field', 'reason'],
      registers: [registry],
    });
  }

  on(kind: UplinkKind, handler: UplinkHandler): void {
    this.handlers.set(kind, [...(this.handlers.get(kind) ?? []), handler]);
  }

  handleUplink(event: UplinkEvent): void | Promise<void> {
    const body = (event.message as unknown as Record<string, Record<string, unknown> | undefined>)[event.kind];
    if (body) {
      const dropped = checkUplinkFields(event.kind, body);
      for (const { field, reason } of dropped) this.droppedFields.inc({ kind: event.kind, field, reason });
      if (dropped.length > 0) this.logger.warn({ deviceId: event.identity.deviceId, kind: event.kind, dropped }, 'uplink fields out of range dropped');
    }
    const handlers = this.handlers.get(event.kind);
    if (!handlers) {
      this.logger.warn({ deviceId: event.identity.deviceId, kind: event.kind }, 'no handler for uplink kind');
      return;
    }
    if (handlers.length === 1) return handlers[0]!(event);
    return Promise.all(handlers.map((handler) => handler(event))).then(() => undefined);
  }
}
