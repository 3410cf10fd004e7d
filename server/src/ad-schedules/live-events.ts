// The ad schedules domain's events on the live stream, for the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

export function describeScheduleEvents(app: FastifyInstance): void {
  app.describeLiveEvent(['ads.schedules'], {
    summary: "Screens' schedules were compiled: how many, and how many of them differ.",
    data: Type.Object({ compiled: Type.Integer(), distinct: Type.Integer() }, { additionalProperties: false }),
  });
  app.describeLiveEvent(['ads.schedule.ack'], {
    summary: 'A screen acknowledged a schedule version, with the creatives it could not fetch.',
    data: Type.Object({ deviceId: Type.String(), version: Type.Integer(), missingCreativeIds: Type.Array(Type.String()) }, { additionalProperties: false }),
  });
}
