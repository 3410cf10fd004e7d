// The OTA domain's events on the live stream, for the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { Nullable } from '../platform/nullable-schema.js';


export function describeOtaEvents(app: FastifyInstance): void {
  app.describeLiveEvent(['ota.campaign'], {
    summary: "A campaign's state or wave changed (started, paused and why, resumed, completed, cancelled).",
    data: Type.Object({ campaignId: Type.String({ format: 'uuid' }), state: Type.String(), currentWave: Type.Integer(), pauseReason: Nullable(Type.String()) }, { additionalProperties: false }),
  });
  app.describeLiveEvent(['ota.device'], {
    summary: "A screen's progress in a campaign (offered, downloading with its per cent, installed, failed and why).",
    data: Type.Object(
      {
        campaignId: Type.String({ format: 'uuid' }),
        deviceId: Type.String(),
        wave: Type.Integer(),
        state: Type.String(),
        progressPct: Type.Optional(Nullable(Type.Integer())),
        reason: Type.Optional(Nullable(Type.String())),
      },
      { additionalProperties: false },
    ),
  });
  app.describeLiveEvent(['ota.release'], {
    summary: "A release's package was uploaded and its signature held: it is ready.",
    data: Type.Object({ releaseId: Type.String({ format: 'uuid' }), kind: Type.String(), version: Type.String(), state: Type.String() }, { additionalProperties: false }),
  });
}
