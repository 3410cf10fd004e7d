// The commands domain's events on the live stream, for the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { Nullable } from '../platform/nullable-schema.js';


export function describeCommandEvents(app: FastifyInstance): void {
  app.describeLiveEvent(['command.queued', 'command.sent', 'command.acked', 'command.succeeded', 'command.failed', 'command.expired'], {
    summary: "A command's state changed (the type says to which).",
    data: Type.Object(
      { commandId: Type.String({ format: 'uuid' }), deviceId: Type.String(), type: Type.String(), message: Nullable(Type.String()), bulkId: Nullable(Type.String({ format: 'uuid' })) },
      { additionalProperties: false },
    ),
  });
  app.describeLiveEvent(['command.uploaded'], {
    summary: 'A screen uploaded the file a command asked for (logs, a screenshot).',
    data: Type.Object({ commandId: Type.String({ format: 'uuid' }), deviceId: Type.String(), sizeBytes: Type.Integer() }, { additionalProperties: false }),
  });
}
