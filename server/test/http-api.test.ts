// The HTTP surface every domain shares: login, problem+json errors, OpenAPI,
// health, readiness, metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/credentials.js';
import { TestHub } from './support/test-hub.js';

let t: TestHub;
beforeAll(async () => {
  t = await TestHub.start();
});
afterAll(async () => t?.stop());

describe('login', () => {
  it('returns a token and the operator for the right password', async () => {
    const response = await t.api.post('/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ operator: { email: ADMIN_EMAIL, role: 'admin' }, isRoot: true, expiresIn: 43_200 });
    expect(JSON.stringify(response.body)).not.toContain('password');
    const me = await t.api.as(response.body.token).get('/api/auth/me');
    expect(me.body).toMatchObject({ email: ADMIN_EMAIL, isRoot: true });
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await t.api.post('/api/auth/login', { email: ADMIN_EMAIL, password: 'nope' });
    const unknown = await t.api.post('/api/auth/login', { email: 'ghost@screenhub.test', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
  });

  it('rate limits password guessing per address and email', async () => {
    const email = 'target@screenhub.test';
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await t.api.post('/api/auth/login', { email, password: `guess ${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('errors are application/problem+json', () => {
  it('for schema validation, with the offending path', async () => {
    const response = await t.api.post('/api/auth/login', { email: 'not-an-email' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, code: 'HUB_VALIDATION', title: 'Bad Request' });
    expect(response.body.errors.length).toBeGreaterThan(0);
  });

  it('for unknown routes and malformed JSON', async () => {
    const missing = await t.api.get('/api/nothing-here');
    expect(missing).toMatchObject({ status: 404, body: { code: 'HUB_ROUTE_NOT_FOUND' } });
    const raw = await fetch(`${t.hub.httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(raw.status).toBe(400);
    expect(raw.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('operations endpoints', () => {
  it('serves the OpenAPI document with the device routes', async () => {
    const doc = await t.api.get('/docs/json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/devices', '/api/devices/{id}', '/api/auth/login', '/api/tenants']));
    expect((await t.api.get('/docs')).status).toBe(200);
  });

  it('reports health and readiness', async () => {
    expect((await t.api.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await t.api.get('/readyz')).body).toEqual({ status: 'ready', checks: { database: 'ok', mqtt: 'ok', liveState: 'ok' } });
  });

  it('exposes Prometheus metrics for the broker, the flusher and HTTP', async () => {
    const metrics = await t.api.get('/metrics');
    for (const name of [
      'hub_mqtt_connected_devices',
      'hub_mqtt_messages_in_total',
      'hub_mqtt_uplinks_dropped_total',
      'hub_mqtt_auth_failures_total',
      'hub_live_state_flush_seconds',
      'hub_http_request_duration_seconds',
      'process_resident_memory_bytes',
    ]) {
      expect(metrics.body).toContain(name);
    }
  });
});
