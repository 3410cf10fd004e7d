// The live event stream's messages in the OpenAPI document: each domain that
// publishes an event type describes its data where it publishes it
// (app.describeLiveEvent, decorated by docs-plugin.ts), and the stream's
// route (config.liveEvents) is documented with every message it may carry.
// OpenAPI has no WebSocket messages: they are the 101 response's JSON, one
// message per text frame.
import type { TSchema } from '@sinclair/typebox';

export interface LiveEventDescription {
  summary: string;
  data: TSchema;
}

/** One message of the stream: the event type, the tenant, when, and what it is about. */
function message(type: string, d: LiveEventDescription): Record<string, unknown> {
  return {
    title: type,
    description: d.summary,
    type: 'object',
    required: ['type', 'tenantId', 'at', 'data'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', const: type },
      tenantId: { type: 'string', format: 'uuid' },
      at: { type: 'string', format: 'date-time' },
      data: d.data,
    },
  };
}

/** The stream route's 101 response: a WebSocket whose every message is one of `events`. */
export function liveEventsResponse(events: Map<string, LiveEventDescription>): Record<string, unknown> {
  return {
    description:
      "Switching Protocols: a WebSocket carrying the tenant's events as JSON text messages, a `hello` first. " +
      'A missing or bad access_token closes it with code 4401; a reader more than 1 MiB behind misses events.',
    content: { 'application/json': { schema: { oneOf: [...events].map(([type, d]) => message(type, d)) } } },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Adds event types to the live stream's messages in the OpenAPI document. */
    describeLiveEvent(types: string[], description: LiveEventDescription): void;
  }
  interface FastifyContextConfig {
    /** This route is the live event stream: the document lists every described event as its messages. */
    liveEvents?: boolean;
  }
}
