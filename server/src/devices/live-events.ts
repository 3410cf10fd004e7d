// The devices domain's events on the live stream, for the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

export function describeDeviceEvents(app: FastifyInstance): void {
  app.describeLiveEvent(['device.online'], { summary: 'A screen connected.', data: Type.Object({ deviceId: Type.String() }, { additionalProperties: false }) });
  app.describeLiveEvent(['device.offline'], {
    summary: 'A screen went away, and why (clean disconnect, keepalive timeout, takeover, the hub closed it).',
    data: Type.Object({ deviceId: Type.String(), reason: Type.String() }, { additionalProperties: false }),
  });
}
