// The OpenAPI document's `webhooks`: what the hub POSTs to merchants' and
// tenants' URLs. Each domain that sends one describes it where it builds its
// payload (app.describeWebhook, decorated by docs-plugin.ts), so the document
// names every event with the schema its payload is typed by.
import type { TSchema } from '@sinclair/typebox';

export interface WebhookDescription {
  summary: string;
  /** Whose URL receives it: a merchant's (PUT /api/merchants/{id}/webhook) or the tenant's alert webhook (PUT /api/alert-webhook). */
  receiver: 'merchant' | 'tenant';
  payload: TSchema;
}

const RECEIVERS = {
  merchant: "the merchant's webhook URL (PUT /api/merchants/{id}/webhook)",
  tenant: "the organisation's alert webhook URL (PUT /api/alert-webhook)",
};

const header = (name: string, description: string) => ({ in: 'header', name, required: true, schema: { type: 'string' }, description });

/** The body of every delivery (webhook-deliverer.ts): the event, and what it is about in `data`. */
function envelope(event: string, payload: TSchema): Record<string, unknown> {
  return {
    type: 'object',
    required: ['id', 'event', 'createdAt', 'data'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', format: 'uuid', description: 'the delivery id (X-ScreenHub-Delivery)' },
      event: { type: 'string', const: event },
      createdAt: { type: 'string', format: 'date-time', description: 'when the change was committed' },
      data: payload,
    },
  };
}

/** The OpenAPI path item of one webhook event. */
export function webhookPathItem(event: string, d: WebhookDescription): Record<string, unknown> {
  return {
    post: {
      summary: d.summary,
      description:
        `POSTed as JSON to ${RECEIVERS[d.receiver]}, queued in the same commit as the change it tells, so a crash cannot lose it. ` +
        'Verify X-ScreenHub-Signature before trusting the body: `t=<unix ms>,v1=<hex HMAC-SHA256(secret, t + "." + body)>` with the secret returned when the URL was set; refuse an old t. ' +
        'A delivery may arrive more than once: X-ScreenHub-Delivery is the same each time.',
      parameters: [
        header('X-ScreenHub-Signature', 't=<unix ms>,v1=<hex HMAC-SHA256 of "t.body">'),
        header('X-ScreenHub-Event', event),
        header('X-ScreenHub-Delivery', 'the delivery id, the same on every attempt'),
      ],
      requestBody: { required: true, content: { 'application/json': { schema: envelope(event, d.payload) } } },
      responses: {
        '2XX': { description: 'Received; not sent again.' },
        default: { description: 'Anything else, or no answer in time, is retried with exponential backoff and jitter up to HUB_WEBHOOK_MAX_ATTEMPTS; each attempt is in the delivery log.' },
      },
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Adds a webhook event to the OpenAPI document's `webhooks`. */
    describeWebhook(event: string, description: WebhookDescription): void;
  }
}
