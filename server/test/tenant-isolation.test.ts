// Every row belongs to a tenant: an operator of tenant A cannot list, read,
// change, rotate or decommission devices of tenant B, nor see B's tenant or
// operators. Cross-tenant reads answer 404, so they do not reveal that the id exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestHub } from './support/test-hub.js';
import type { ApiClient } from './support/api-client.js';

let t: TestHub;
let root: ApiClient;
let bankA: { tenantId: string; admin: ApiClient };
let bankB: { tenantId: string; admin: ApiClient };
let deviceOfB: { id: string; secret: string; paymentKey: string };

beforeAll(async () => {
  t = await TestHub.start();
  root = await t.api.loginRoot();
  bankA = await root.createTenant('Bank A');
  bankB = await root.createTenant('Bank B');
  deviceOfB = await bankB.admin.createDevice({ id: 'bank-b-screen', name: 'B counter' });
  await bankA.admin.createDevice({ id: 'bank-a-screen' });
});
afterAll(async () => t?.stop());

describe('tenant isolation on devices', () => {
  it('lists only the own tenant\'s devices, whatever the filter', async () => {
    const list = await bankA.admin.get('/api/devices?range=[0,99]');
    expect(list.body.map((d: { id: string }) => d.id)).toEqual(['bank-a-screen']);
    expect(list.headers.get('content-range')).toBe('devices 0-0/1');
    const byId = await bankA.admin.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ id: [deviceOfB.id] }))}`);
    expect(byId.body).toEqual([]);
    const bySearch = await bankA.admin.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ q: 'bank-b' }))}`);
    expect(bySearch.body).toEqual([]);
  });

  it.each([
    ['read', 'GET', `/api/devices/bank-b-screen`, undefined],
    ['rename or block', 'PUT', `/api/devices/bank-b-screen`, { status: 'blocked', name: 'pwned' }],
    ['rotate the secret of', 'POST', `/api/devices/bank-b-screen/secret`, {}],
    ['decommission', 'DELETE', `/api/devices/bank-b-screen`, undefined],
    ['read the history of', 'GET', `/api/devices/bank-b-screen/presence`, undefined],
  ])('cannot %s another tenant\'s device', async (_what, method, path, body) => {
    const response = await bankA.admin.request(method, path, body);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('left the other tenant\'s device untouched, and it still connects', async () => {
    const seen = await bankB.admin.get(`/api/devices/${deviceOfB.id}`);
    expect(seen.body).toMatchObject({ status: 'active', name: 'B counter' });
    await expect(t.screen(deviceOfB).connect()).resolves.toBeTruthy();
  });

  it('cannot take an id that another tenant already uses (409, no overwrite)', async () => {
    const response = await bankA.admin.post('/api/devices', { id: 'bank-b-screen' });
    expect(response.status).toBe(409);
    expect((await bankB.admin.get('/api/devices/bank-b-screen')).body.tenantId).toBe(bankB.tenantId);
  });
});

describe('tenants, operators and roles', () => {
  it('shows a tenant admin only its own tenant', async () => {
    const list = await bankA.admin.get('/api/tenants');
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([bankA.tenantId]);
    expect((await bankA.admin.get(`/api/tenants/${bankB.tenantId}`)).status).toBe(404);
    const all = await root.get('/api/tenants?range=[0,99]');
    expect(all.body.length).toBeGreaterThanOrEqual(3);
  });

  it('lets only root admins create tenants, and tenant admins only their own operators', async () => {
    expect((await bankA.admin.post('/api/tenants', { name: 'Rogue', admin: { email: 'x@rogue.test', password: 'long enough password' } })).status).toBe(403);
    const crossTenant = await bankA.admin.post('/api/operators', { email: 'spy@bank-b.test', role: 'admin', password: 'long enough password', tenantId: bankB.tenantId });
    expect(crossTenant.status).toBe(403);
    const operatorsOfA = await bankA.admin.get('/api/operators');
    expect(operatorsOfA.body.every((o: { tenantId: string }) => o.tenantId === bankA.tenantId)).toBe(true);
  });

  it('enforces roles: a viewer reads but cannot create or block', async () => {
    const created = await bankA.admin.post('/api/operators', { email: 'viewer@bank-a.test', role: 'viewer', password: 'viewer password 1' });
    expect(created.status).toBe(201);
    const viewer = await t.api.login('viewer@bank-a.test', 'viewer password 1');
    expect((await viewer.get('/api/devices')).status).toBe(200);
    expect((await viewer.post('/api/devices', {})).status).toBe(403);
    expect((await viewer.put('/api/devices/bank-a-screen', { status: 'blocked' })).status).toBe(403);
    expect((await viewer.get('/api/operators')).status).toBe(403);
  });

  it('refuses requests without a valid token', async () => {
    expect((await t.api.get('/api/devices')).status).toBe(401);
    expect((await t.api.as('not.a.jwt').get('/api/devices')).status).toBe(401);
    const forged = bankA.admin.token!.split('.');
    forged[1] = Buffer.from(JSON.stringify({ sub: 'x', tid: bankB.tenantId, role: 'admin', root: true })).toString('base64url');
    expect((await t.api.as(forged.join('.')).get('/api/devices')).status).toBe(401);
  });
});
