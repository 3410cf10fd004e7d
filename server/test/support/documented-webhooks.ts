// Checks webhook deliveries a test received against the OpenAPI document the
// hub serves: each event must be described in its `webhooks`, its body must
// hold to the payload schema there, and its headers must be the ones named.
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import type http from 'node:http';
import type { ApiClient } from './api-client.js';

export interface ReceivedDelivery {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The problems of each delivery (empty when all hold), as "event: problem" lines. */
export async function undocumentedDeliveries(api: ApiClient, deliveries: ReceivedDelivery[]): Promise<string[]> {
  const webhooks = (await api.get('/docs/json')).body.webhooks as Record<string, { post: { parameters: Array<{ name: string }>; requestBody: { content: Record<string, { schema: object }> } } }>;
  const ajv = formats.default(new Ajv({ allErrors: true, strict: false }));
  const problems: string[] = [];
  for (const delivery of deliveries) {
    const event = String(delivery.headers['x-screenhub-event']);
    const described = webhooks[event];
    if (!described) {
      problems.push(`${event}: not in the document's webhooks`);
      continue;
    }
    for (const { name } of described.post.parameters) if (!delivery.headers[name.toLowerCase()]) problems.push(`${event}: no ${name} header`);
    const validate = ajv.compile(described.post.requestBody.content['application/json']!.schema);
    if (!validate(JSON.parse(delivery.body))) problems.push(`${event}: ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}
