// A client of the operators' live event stream (WebSocket /api/events) that
// collects what arrives and can wait for the next event of a type. Every
// message is checked against the stream's messages in the hub's OpenAPI
// document; close() fails on any the document does not describe.
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import WebSocket from 'ws';

export interface Received {
  type: string;
  tenantId: string;
  data: Record<string, unknown>;
}

/** Opens the stream and collects what arrives; resolves once the hello came. */
export async function openEventStream(httpUrl: string, token: string): Promise<{ events: Received[]; next(type: string): Promise<Received>; close(): void }> {
  const described = await documentedMessages(httpUrl);
  const socket = new WebSocket(`${httpUrl.replace('http', 'ws')}/api/events?access_token=${token}`);
  const events: Received[] = [];
  const undocumented: string[] = [];
  const waiters: Array<[string, (e: Received) => void]> = [];
  socket.on('message', (raw) => {
    const event = JSON.parse(String(raw)) as Received;
    if (!described(event)) undocumented.push(`${event.type}: ${described.errors}`);
    events.push(event);
    for (const [type, resolve] of waiters.splice(0)) {
      if (type === event.type) resolve(event);
      else waiters.push([type, resolve]);
    }
  });
  await new Promise<void>((resolve) => socket.once('message', () => resolve()));
  return {
    events,
    next: (type) => new Promise((resolve) => waiters.push([type, resolve])),
    close: () => {
      socket.close();
      if (undocumented.length > 0) throw new Error(`live events the OpenAPI document does not describe:\n${undocumented.join('\n')}`);
    },
  };
}

/** A check of one message against the stream route's messages in the served OpenAPI document. */
async function documentedMessages(httpUrl: string): Promise<((message: unknown) => boolean) & { errors?: string }> {
  const doc = (await (await fetch(`${httpUrl}/docs/json`)).json()) as { paths: Record<string, any> };
  const schema = doc.paths['/api/events'].get.responses['101'].content['application/json'].schema;
  const ajv = formats.default(new Ajv({ allErrors: true, strict: false }));
  const validate = ajv.compile(schema);
  const check = Object.assign((message: unknown) => {
    const ok = validate(message);
    check.errors = ok ? undefined : ajv.errorsText(validate.errors);
    return ok;
  }, { errors: undefined as string | undefined });
  return check;
}
