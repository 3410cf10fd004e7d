// OpenAPI from the route schemas: the document at /docs/json, Swagger UI at
// /docs. Each route's own responses are completed with the problems a route
// of its shape can answer (openapi-responses.ts, which the tests' response
// audit holds the hub to), both ways in are described (operators' JWTs and
// advertisers' API keys with their scopes), and the webhooks the hub sends.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { uploadBody } from './binary-bodies.js';
import { HUB_VERSION } from './hub-version.js';
import { ProblemSchema, withProblemResponses } from './openapi-responses.js';
import { liveEventsResponse, type LiveEventDescription } from './openapi-live-events.js';
import { webhookPathItem, type WebhookDescription } from './openapi-webhooks.js';

/** A paged list (react-admin's `range` in the query) answers with Content-Range: `<resource> <first>-<last>/<total>`. */
function withListHeader(schema: { querystring?: unknown }, response: Record<string, unknown>): Record<string, unknown> {
  const paged = (schema.querystring as { properties?: Record<string, unknown> } | undefined)?.properties?.range !== undefined;
  if (!paged || typeof response[200] !== 'object') return response;
  const contentRange = { type: 'string', description: '<resource> <first>-<last>/<total>, e.g. devices 0-24/319: the rows returned and how many match' };
  return { ...response, 200: { ...(response[200] as object), headers: { 'content-range': contentRange } } };
}

export default fp(
  async function docsPlugin(app: FastifyInstance) {
    app.addSchema(ProblemSchema);
    // Filled by the domains as they register (describeWebhook); read when the document is first asked for.
    const webhooks: Record<string, unknown> = {};
    app.decorate('describeWebhook', (event: string, description: WebhookDescription) => {
      webhooks[event] = webhookPathItem(event, description);
    });
    const liveEvents = new Map<string, LiveEventDescription>();
    app.decorate('describeLiveEvent', (types: string[], description: LiveEventDescription) => {
      for (const type of types) liveEvents.set(type, description);
    });
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'ScreenHub API',
          version: HUB_VERSION,
          description:
            'Operators log in at POST /api/auth/login and send the token as `Authorization: Bearer <token>`; advertisers send an API key the same way. ' +
            'Every error is `application/problem+json` (RFC 9457) with a stable `code`, the parameter named in `detail` and `errors`. ' +
            "The screens' MQTT interface is described in AsyncAPI at /docs/asyncapi.json.",
        },
        webhooks: webhooks as never,
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "An operator's token from POST /api/auth/login; its role (viewer, operator, admin) decides what it may do." },
            advertiserKey: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'shk_<key id>_<secret>',
              description:
                "An advertiser's API key (POST /api/advertisers/{id}/api-keys, shown once), with scopes such as creatives:write; each operation names the scope it needs. Requests per key are limited per minute (429 with Retry-After).",
            },
          },
        },
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
      transform: ({ schema, url, route }) => {
        if (!schema || schema.hide) return { schema, url };
        const uploads = route.config?.uploadMediaTypes;
        const response = withListHeader(schema, withProblemResponses({ method: route.method, url: route.url, schema: schema as never, config: route.config as never }));
        if (route.config?.liveEvents) response[101] = liveEventsResponse(liveEvents);
        return { schema: { ...schema, ...(uploads ? { body: uploadBody(uploads) } : {}), response }, url };
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'docs' },
);
