// The ad booking domain's events on the live stream, for the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

export function describeBookingEvents(app: FastifyInstance): void {
  app.describeLiveEvent(['ads.booking'], {
    summary: "A booking's state changed (held, pending approval, approved, live, completed, rejected, cancelled, expired).",
    data: Type.Object({ id: Type.String({ format: 'uuid' }), state: Type.String() }, { additionalProperties: false }),
  });
}
