// GET /api/events (WebSocket): the live event stream of the operator's tenant,
// one JSON message per event. Browsers cannot set headers on a WebSocket, so
// the token comes as ?access_token=; a bad token closes the socket with 4401.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { OperatorClaims } from './auth-plugin.js';

export async function eventStreamRoutes(app: FastifyInstance) {
  app.describeLiveEvent(['hello'], { summary: 'The first message: the stream is open for this tenant.', data: Type.Object({}, { additionalProperties: false }) });
  app.get(
    '/api/events',
    {
      websocket: true,
      config: { liveEvents: true },
      schema: { tags: ['events'], summary: 'Live events of your tenant over WebSocket (?access_token=<JWT>)', querystring: Type.Object({ access_token: Type.Optional(Type.String()) }) },
    },
    (socket, request) => {
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
  );
}
