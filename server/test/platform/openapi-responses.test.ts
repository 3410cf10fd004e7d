// What a route is held to by the response audit and told in the OpenAPI
// document: its own responses, and the problems a route of its shape answers.
import { describe, expect, it } from 'vitest';
import { declaredMediaTypes, problemStatuses } from '../../src/platform/openapi-responses.js';

const read = { method: 'GET', url: '/api/things/:id', schema: { security: [{ bearer: [] }], response: { 200: { type: 'object' } } } };
const open = { method: 'POST', url: '/api/auth/login', schema: { body: { type: 'object' }, response: { 200: { type: 'object' } } }, config: { problems: { 401: 'wrong password' }, rateLimit: {} } };

describe('declared responses', () => {
  it('adds the problems of its shape: credentials for a secured route, 404 for an id, 409 for a secured write, body limits for a body', () => {
    expect([...problemStatuses(read).keys()].sort()).toEqual([400, 401, 403, 404, 503]);
    expect([...problemStatuses({ ...read, method: 'PUT' }).keys()].sort()).toEqual([400, 401, 403, 404, 409, 413, 415, 503]);
    expect([...problemStatuses(open).keys()].sort()).toEqual([400, 401, 413, 415, 429, 503]);
    expect([...problemStatuses({ method: 'GET', url: '/f/:id', schema: { response: { 200: {}, 206: {} } } }).keys()]).toContain(416);
  });

  it('holds a response to its status and media type', () => {
    expect(declaredMediaTypes(read, 200)).toEqual(['application/json']);
    expect(declaredMediaTypes(read, 404)).toEqual(['application/problem+json']);
    expect(declaredMediaTypes(read, 409)).toBeUndefined();
    expect(declaredMediaTypes(read, 201)).toBeUndefined();
    expect(declaredMediaTypes(open, 401)).toEqual(['application/problem+json']);
    const csv = { ...read, schema: { response: { 200: { content: { 'application/json': {}, 'text/csv': {} } } } } };
    expect(declaredMediaTypes(csv, 200)).toEqual(['application/json', 'text/csv']);
    expect(declaredMediaTypes({ ...read, schema: { response: { '2xx': {} } } }, 204)).toEqual(['application/json']);
  });
});
