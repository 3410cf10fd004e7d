// GET /api/events (WebSocket): the live event stream of the operator's tenant,
// one JSON message per event. Browsers cannot set headers on a WebSocket, so
// the token comes as ?access_token=; a bad token closes the socket with 4401.
// A plain GET is answered 426 as a problem; the OpenAPI document lists the
// stream's messages (openapi-live-events.ts).
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { OperatorClaims } from './auth-plugin.js';
import { UpgradeRequiredError } from './errors.js';

export async function eventStreamRoutes(app: FastifyInstance) {
  app.describeLiveEvent(['hello'], { summary: 'The first message: the stream is open for this tenant.', data: Type.Object({}, { additionalProperties: false }) });
  app.route({
    method: 'GET',
    url: '/api/events',
    config: { liveEvents: true, problems: { 426: 'Not a WebSocket upgrade: connect with a WebSocket client.' } },
    schema: { tags: ['events'], summary: 'Live events of your tenant over WebSocket (?access_token=<JWT>)', querystring: Type.Object({ access_token: Type.Optional(Type.String()) }) },
    // A plain GET (no Upgrade) is told what this is, as a problem.
    handler: async () => {
      throw new UpgradeRequiredError('/api/events is a WebSocket: connect with Upgrade: websocket and ?access_token=<JWT>');
    },
    wsHandler: (socket, request) => {
      let claims: OperatorClaims;
      try {
        claims = app.jwt.verify<OperatorClaims>((request.query as { access_token?: string }).access_token ?? '');
      } catch {
        socket.close(4401, 'a valid access_token is required');
        return;
      }
      const unsubscribe = app.hubEvents.subscribe(claims.tid, (event) => {
        // A slow reader must not make the hub buffer without bound.
        if (socket.bufferedAmount < 1024 * 1024) socket.send(JSON.stringify(event));
      });
      socket.on('close', unsubscribe);
      socket.send(JSON.stringify({ type: 'hello', tenantId: claims.tid, at: new Date().toISOString(), data: {} }));
    },
  });
}
