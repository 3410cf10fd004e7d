// Which responses a route declares, errors included: what the OpenAPI
// document tells clients (docs-plugin.ts) and what the response audit holds
// the hub to (response-audit.ts), from one place so the two cannot differ.
// A route's own `schema.response` gives its successes (and any problem it
// names itself); the problems every route of its shape can answer are added
// here: a bad request, a missing or refused credential, an unknown id, a write
// that conflicts, a body too large or of a type it does not take, a range past
// the end of a file, a rate limit, an overloaded hub. A route that answers
// another problem (a credential of its own, a file it cannot read) names it in
// `config.problems`.
import { Type, type TObject } from '@sinclair/typebox';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** RFC 9457 problem details as every error of the hub leaves (problem-details.ts). */
export const ProblemSchema: TObject = Type.Object(
  {
    type: Type.String({ description: 'urn:screenhub:problem:<code in lower case>' }),
    title: Type.String({ description: "the HTTP status's reason phrase" }),
    status: Type.Integer(),
    detail: Type.String({ description: 'what was wrong, naming the parameter' }),
    code: Type.String({ description: 'stable machine-readable code, e.g. HUB_VALIDATION, HUB_NOT_FOUND, HUB_CONFLICT' }),
    instance: Type.Optional(Type.String({ description: 'the request path' })),
    requestId: Type.Optional(Type.String({ description: "the hub's log names the request by it" })),
    errors: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'each invalid parameter ({path, message}) or rejected row' })),
  },
  { $id: 'Problem', title: 'Problem', additionalProperties: false },
);

/** Why a route may answer each problem status. */
const WHY: Record<number, string> = {
  400: 'The request is not valid: a parameter, the body or a header fails its schema (each named in `errors`), or holds a NUL character or a non-finite number.',
  401: 'No credential, or one not valid (expired, revoked).',
  403: "The credential's role or scope does not allow this, or the resource is another organisation's.",
  404: 'No such resource in your organisation (named in the path, or referred to in the body or query).',
  409: 'The change conflicts with what is there: a name or number already taken, or a state that does not allow it (`detail` says which).',
  413: 'The body is larger than this route takes.',
  415: 'The body is of a media type this route does not take.',
  416: 'The Range asked for starts past the end of the file.',
  429: 'Too many requests from this credential or address: wait for Retry-After seconds.',
  503: 'The hub is overloaded or not ready: retry after Retry-After seconds.',
};

interface RouteShape {
  method: string | string[];
  url: string;
  schema?: { security?: unknown[]; response?: Record<string, unknown>; body?: unknown; hide?: boolean };
  config?: { rateLimit?: unknown; problems?: Record<number, string> };
}

const isWrite = (method: string | string[]) => [method].flat().some((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m.toUpperCase()));
const hasBody = (method: string | string[]) => [method].flat().some((m) => ['POST', 'PUT', 'PATCH'].includes(m.toUpperCase()));
const hasAdvertiserKey = (security: unknown[] | undefined) => (security ?? []).some((s) => typeof s === 'object' && s !== null && 'advertiserKey' in s);

/** The problem statuses a route may answer, each with why. */
export function problemStatuses(route: RouteShape): Map<number, string> {
  const statuses = new Map<number, string>([[400, WHY[400]!]]);
  const secured = (route.schema?.security ?? []).length > 0;
  if (secured) {
    statuses.set(401, WHY[401]!);
    statuses.set(403, WHY[403]!);
  }
  if (route.url.includes(':') || secured) statuses.set(404, WHY[404]!);
  if (secured && isWrite(route.method)) statuses.set(409, WHY[409]!);
  if (hasBody(route.method) || route.schema?.body) {
    statuses.set(413, WHY[413]!);
    statuses.set(415, WHY[415]!);
  }
  if (route.config?.rateLimit || hasAdvertiserKey(route.schema?.security)) statuses.set(429, WHY[429]!);
  if (route.schema?.response?.['206'] !== undefined) statuses.set(416, WHY[416]!);
  statuses.set(503, WHY[503]!);
  for (const [status, why] of Object.entries(route.config?.problems ?? {})) statuses.set(Number(status), why);
  return statuses;
}

/** The route's `schema.response` with its problem responses added (those it declares itself are kept). */
export function withProblemResponses(route: RouteShape): Record<string, unknown> {
  const response: Record<string, unknown> = { ...(route.schema?.response ?? {}) };
  for (const [status, why] of problemStatuses(route)) {
    if (response[status] !== undefined) continue;
    response[status] = { description: why, content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: 'Problem#' } } } };
  }
  return response;
}

/**
 * The media types the route declares for `status` (undefined: the status is not declared). A response schema
 * without `content` is JSON; with `content`, its media types.
 */
export function declaredMediaTypes(route: RouteShape, status: number): string[] | undefined {
  const response = route.schema?.response ?? {};
  const declared = response[status] ?? response[`${String(status)[0]}xx`] ?? response.default;
  if (declared !== undefined) {
    const content = (declared as { content?: Record<string, unknown> }).content;
    return content ? Object.keys(content) : ['application/json'];
  }
  return problemStatuses(route).has(status) ? [PROBLEM_MEDIA_TYPE] : undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Problem statuses this route answers beyond those of its shape (openapi-responses.ts), each with why. */
    problems?: Record<number, string>;
  }
}
