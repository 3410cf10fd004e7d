// The OpenAPI document as the hub serves it (/docs/json): valid OpenAPI 3.1
// for a validator of its own, and telling what the hub really does: every
// operation's problems as application/problem+json, both ways in (operators'
// JWTs, advertisers' keys with the scope each operation needs), uploads and
// downloads as bytes with their headers, paged lists' Content-Range, and the
// webhooks. That each response the hub gives is declared here is checked by
// every test that starts a hub (support/test-hub.ts: the response audit), and
// that each live event is described, by every test reading the stream
// (support/event-stream-client.ts).
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestHub } from '../support/test-hub.js';

type Operation = { security?: Array<Record<string, string[]>>; responses: Record<string, any>; requestBody?: { content: Record<string, unknown> }; parameters?: Array<{ in: string; name: string }> };
let t: TestHub;
let doc: { paths: Record<string, Record<string, Operation>>; components: Record<string, any>; webhooks: Record<string, any> };
const operation = (path: string, method: string) => doc.paths[path]![method]!;

beforeAll(async () => {
  t = await TestHub.start();
  doc = (await t.api.get('/docs/json')).body;
});
afterAll(async () => t?.stop());

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(structuredClone(doc) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('gives every operation its problems as application/problem+json with the Problem schema', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThan(140);
    for (const { path, method, op } of operations) {
      expect(op.responses['400']?.content?.['application/problem+json']?.schema, `${method} ${path}`).toEqual({ $ref: '#/components/schemas/Problem' });
      if (op.security?.length) expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '403', '404']));
    }
    expect(doc.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']));
    expect(Object.keys(operation('/api/discount-campaigns/{id}', 'put').responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '413', '415', '503']));
    expect(operation('/api/auth/login', 'post').responses['401'].description).toContain('Wrong email or password');
  });

  it('describes both ways in: the operator JWT, and advertiser keys with the scope each operation needs and their 429', () => {
    expect(doc.components.securitySchemes).toMatchObject({ bearer: { type: 'http', scheme: 'bearer' }, advertiserKey: { type: 'http', scheme: 'bearer' } });
    const createCreative = operation('/api/creatives', 'post');
    expect(createCreative.security).toEqual([{ bearer: [] }, { advertiserKey: ['creatives:write'] }]);
    expect(createCreative.responses['429']).toBeDefined();
    expect(operation('/api/devices', 'get').security).toEqual([{ bearer: [] }]);
  });

  it('describes uploads and downloads as bytes, with Range, ETag, Content-Range and X-Content-SHA256', () => {
    expect(Object.keys(operation('/api/releases/{id}/package', 'put').requestBody!.content)).toEqual(['application/octet-stream']);
    expect(Object.keys(operation('/api/creatives/{id}/media', 'put').requestBody!.content)).toEqual(['image/png', 'image/jpeg', 'video/mp4']);
    const download = operation('/api/ota/downloads/{releaseId}/{deviceId}', 'get');
    expect(download.parameters!.filter((p) => p.in === 'header').map((p) => p.name)).toEqual(expect.arrayContaining(['range', 'if-range', 'if-none-match']));
    expect(Object.keys(download.responses)).toEqual(expect.arrayContaining(['200', '206', '304', '401', '403', '416']));
    expect(download.responses['206'].headers).toHaveProperty('content-range');
    expect(download.responses['200'].content['application/octet-stream'].schema).toMatchObject({ type: 'string', format: 'binary' });
    expect(operation('/api/commands/{id}/upload', 'get').responses['200'].headers).toHaveProperty('x-content-sha256');
    expect(operation('/api/devices', 'get').responses['200'].headers).toHaveProperty('content-range');
    expect(Object.keys(operation('/api/discount-statements/{day}', 'get').responses['200'].content)).toEqual(['application/json', 'text/csv']);
  });

  it("lists the live event stream's messages, each type with its data", () => {
    const messages = operation('/api/events', 'get').responses['101'].content['application/json'].schema.oneOf as Array<{ title: string; properties: { data: object } }>;
    const types = messages.map((m) => m.title);
    expect(types).toEqual(expect.arrayContaining(['hello', 'device.online', 'device.offline', 'payment.succeeded', 'alert.opened', 'command.succeeded', 'config.applied', 'ota.device', 'ads.booking', 'ads.schedule.ack']));
    expect(messages.find((m) => m.title === 'payment.succeeded')!.properties.data).toHaveProperty('properties.amountFen');
  });

  it('names every webhook the hub sends, with its headers and body', () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual(
      ['alert.opened', 'alert.resolved', 'payment.cancelled', 'payment.failed', 'payment.needs_attention', 'payment.succeeded', 'refund.failed', 'refund.needs_attention', 'refund.succeeded'].sort(),
    );
    const succeeded = doc.webhooks['payment.succeeded'].post;
    expect(succeeded.parameters.map((p: { name: string }) => p.name)).toEqual(['X-ScreenHub-Signature', 'X-ScreenHub-Event', 'X-ScreenHub-Delivery']);
    expect(succeeded.requestBody.content['application/json'].schema.properties.data.properties).toHaveProperty('discountFen');
  });
});
