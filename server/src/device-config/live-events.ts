// The device config domain's events on the live stream, for the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

export function describeConfigEvents(app: FastifyInstance): void {
  app.describeLiveEvent(['config.applied'], { summary: 'A screen reported the desired config applied.', data: Type.Object({ deviceId: Type.String(), version: Type.Integer() }, { additionalProperties: false }) });
  app.describeLiveEvent(['config.failed'], {
    summary: 'A screen reported it could not apply a config, and why.',
    data: Type.Object({ deviceId: Type.String(), version: Type.Integer(), error: Type.Union([Type.String(), Type.Null()]) }, { additionalProperties: false }),
  });
}
