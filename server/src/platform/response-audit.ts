// Holds the hub to its OpenAPI document while the tests run: every response
// whose status, or whose media type, the route does not declare
// (openapi-responses.ts) is reported. The test harness turns a report into a
// failure of the test file whose hub answered it, so the whole suite checks
// the document against what the hub really says. Off in production.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { declaredMediaTypes } from './openapi-responses.js';

export interface ResponseViolation {
  method: string;
  route: string;
  status: number;
  mediaType: string;
  declared: string[] | undefined;
}

export default fp(
  async function responseAudit(app: FastifyInstance, options: { report(violation: ResponseViolation): void }) {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions;
      // No route (a 404 of the router), an undocumented one (console assets, metrics), a WebSocket upgrade.
      if (!route.url || (route.schema as { hide?: boolean } | undefined)?.hide || reply.statusCode === 101) return;
      const shape = { method: route.method, url: route.url, schema: route.schema as never, config: route.config as never };
      const declared = declaredMediaTypes(shape, reply.statusCode);
      const mediaType = String(reply.getHeader('content-type') ?? '').split(';')[0]!.trim();
      const bodyless = mediaType === '' || request.method === 'HEAD';
      if (declared && (bodyless || declared.includes(mediaType))) return;
      options.report({ method: request.method, route: route.url, status: reply.statusCode, mediaType, declared });
    });
  },
  { name: 'response-audit' },
);
