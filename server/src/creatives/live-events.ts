// The creatives domain's events on the live stream, for the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

export function describeCreativeEvents(app: FastifyInstance): void {
  app.describeLiveEvent(['ads.creative'], {
    summary: "A creative's media arrived or it was reviewed: its state now.",
    data: Type.Object({ creativeId: Type.String({ format: 'uuid' }), state: Type.String(), advertiserId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]) }, { additionalProperties: false }),
  });
}
