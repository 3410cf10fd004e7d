// Advertisers and their API keys over real HTTP: names unique per tenant, the
// token shown once and kept only as a hash, bad, revoked and under-scoped keys
// refused, disabled advertisers locked out, the per-key rate limit, and nothing
// of another tenant reachable.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { createAdvertiser } from '../support/ads-fixture.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;

beforeAll(async () => {
  t = await TestHub.start();
  const root = await t.api.loginRoot();
  bank = (await root.createTenant('Ads Bank')).admin;
  otherBank = (await root.createTenant('Ads Other Bank')).admin;
});
afterAll(async () => t?.stop());

describe('advertisers', () => {
  it('are created with a category, their names unique in the tenant, and listed react-admin style', async () => {
    const created = await bank.post('/api/advertisers', { name: 'Spring Tea', category: 'beverage', contactEmail: 'ads@spring-tea.test' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Spring Tea', category: 'beverage', contactEmail: 'ads@spring-tea.test', disabled: false });

    const duplicate = await bank.post('/api/advertisers', { name: 'Spring Tea', category: 'telecom' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers.get('content-type')).toContain('application/problem+json');
    expect((await bank.post('/api/advertisers', { name: 'No Category' })).status).toBe(400);
    expect((await bank.post('/api/advertisers', { name: 'Shouting', category: 'BEVERAGE' })).status).toBe(400);
    // Another tenant may use the same name.
    expect((await otherBank.post('/api/advertisers', { name: 'Spring Tea', category: 'beverage' })).status).toBe(201);

    await bank.post('/api/advertisers', { name: 'City Mobile', category: 'telecom' });
    const listed = await bank.get('/api/advertisers?sort=["name","ASC"]&range=[0,9]');
    expect(listed.body.map((a: { name: string }) => a.name)).toEqual(['City Mobile', 'Spring Tea']);
    expect(listed.headers.get('content-range')).toBe('advertisers 0-1/2');
    const filtered = await bank.get(`/api/advertisers?filter=${encodeURIComponent(JSON.stringify({ category: 'telecom' }))}`);
    expect(filtered.body.map((a: { name: string }) => a.name)).toEqual(['City Mobile']);
    expect((await bank.get(`/api/advertisers/${created.body.id}`)).body.name).toBe('Spring Tea');
  });

  it('are renamed and recategorised, never onto a taken name', async () => {
    const a = await bank.post('/api/advertisers', { name: 'Rename Me', category: 'retail' });
    const renamed = await bank.put(`/api/advertisers/${a.body.id}`, { name: 'Renamed', category: 'grocery', contactEmail: null });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', category: 'grocery', contactEmail: null });
    expect((await bank.put(`/api/advertisers/${a.body.id}`, { name: 'Spring Tea' })).status).toBe(409);
  });

  it('once disabled, lock their keys out (403) until enabled again', async () => {
    const advertiser = await createAdvertiser(bank, { name: 'Flaky Foods', category: 'food' });
    const key = bank.as(advertiser.token);
    expect((await key.get('/api/advertiser')).status).toBe(200);
    const disabled = await bank.delete(`/api/advertisers/${advertiser.id}`);
    expect(disabled.body.disabled).toBe(true);
    const refused = await key.get('/api/advertiser');
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/disabled/);
    expect((await bank.post(`/api/advertisers/${advertiser.id}/keys`, { name: 'another', scopes: ['creatives:read'] })).status).toBe(409);
    await bank.put(`/api/advertisers/${advertiser.id}`, { disabled: false });
    expect((await key.get('/api/advertiser')).status).toBe(200);
  });
});

describe('API keys', () => {
  it('show the token once, and keep only the SHA-256 of its secret', async () => {
    const advertiser = (await bank.post('/api/advertisers', { name: 'Key Holder', category: 'beverage' })).body;
    const created = await bank.post(`/api/advertisers/${advertiser.id}/keys`, { name: 'campaign tool', scopes: ['creatives:read', 'creatives:write'] });
    expect(created.status).toBe(201);
    const { token } = created.body;
    expect(token).toMatch(/^shk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ name: 'campaign tool', scopes: ['creatives:read', 'creatives:write'], prefix: token.slice(0, 36), revokedAt: null });

    const listed = await bank.get(`/api/advertisers/${advertiser.id}/keys`);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).not.toHaveProperty('token');
    expect(JSON.stringify(listed.body)).not.toContain(token.slice(37));

    const { rows } = await t.hub.db.query<{ secret_hash: Buffer; row: string }>(
      `select secret_hash, to_jsonb(k)::text as row from advertiser_api_keys k where id = $1`,
      [created.body.id],
    );
    const secret = token.slice(37);
    expect(Buffer.from(rows[0]!.secret_hash).equals(createHash('sha256').update(secret).digest())).toBe(true);
    expect(rows[0]!.row).not.toContain(secret);
    expect(rows[0]!.row).not.toContain(token);
  });

  it('let an advertiser read its own profile, and tell an operator to look at /api/advertisers', async () => {
    const advertiser = await createAdvertiser(bank, { name: 'Profile Owner', category: 'telecom', scopes: ['reports:read'] });
    const profile = await bank.as(advertiser.token).get('/api/advertiser');
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ id: advertiser.id, name: 'Profile Owner', category: 'telecom', keyId: advertiser.keyId, scopes: ['reports:read'] });
    expect((await bank.get('/api/advertiser')).status).toBe(403);
  });

  it('refuse a wrong secret, an unknown or revoked key (401) and a missing scope (403)', async () => {
    const advertiser = await createAdvertiser(bank, { name: 'Scoped', category: 'retail', scopes: ['reports:read'] });
    const [, idHex] = advertiser.token.split('_');
    const wrongSecret = bank.as(`shk_${idHex}_${'A'.repeat(43)}`);
    expect((await wrongSecret.get('/api/advertiser')).status).toBe(401);
    expect((await bank.as(`shk_${'0'.repeat(32)}_${'A'.repeat(43)}`).get('/api/advertiser')).status).toBe(401);
    expect((await bank.as('not-a-key').get('/api/advertiser')).status).toBe(401);

    const key = bank.as(advertiser.token);
    const noScope = await key.get('/api/creatives');
    expect(noScope.status).toBe(403);
    expect(noScope.body.detail).toMatch(/creatives:read/);
    expect((await key.post('/api/creatives', { name: 'x' })).status).toBe(403);
    // A key is no operator login.
    expect((await key.get('/api/advertisers')).status).toBe(401);

    const revoked = await bank.delete(`/api/advertisers/${advertiser.id}/keys/${advertiser.keyId}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await key.get('/api/advertiser')).status).toBe(401);
    expect((await bank.get(`/api/advertisers/${advertiser.id}/keys`)).body[0].revokedAt).toBe(revoked.body.revokedAt);
  });

  it('refuse unknown scopes', async () => {
    const advertiser = (await bank.post('/api/advertisers', { name: 'Greedy', category: 'retail' })).body;
    expect((await bank.post(`/api/advertisers/${advertiser.id}/keys`, { name: 'k', scopes: ['admin'] })).status).toBe(400);
    expect((await bank.post(`/api/advertisers/${advertiser.id}/keys`, { name: 'k', scopes: [] })).status).toBe(400);
  });
});

describe('tenant isolation', () => {
  it('shows another tenant\'s operator none of the advertisers or keys, and lets it change nothing', async () => {
    const advertiser = await createAdvertiser(bank, { name: 'Private Co', category: 'beverage' });
    const names = (await otherBank.get('/api/advertisers?range=[0,99]')).body.map((a: { name: string }) => a.name);
    expect(names).not.toContain('Private Co');
    for (const [method, path, body] of [
      ['GET', `/api/advertisers/${advertiser.id}`, undefined],
      ['PUT', `/api/advertisers/${advertiser.id}`, { name: 'pwned' }],
      ['DELETE', `/api/advertisers/${advertiser.id}`, undefined],
      ['GET', `/api/advertisers/${advertiser.id}/keys`, undefined],
      ['POST', `/api/advertisers/${advertiser.id}/keys`, { name: 'stolen', scopes: ['creatives:read'] }],
      ['DELETE', `/api/advertisers/${advertiser.id}/keys/${advertiser.keyId}`, undefined],
    ] as const) {
      expect({ method, path, status: (await otherBank.request(method, path, body)).status }).toEqual({ method, path, status: 404 });
    }
    expect((await bank.get(`/api/advertisers/${advertiser.id}`)).body).toMatchObject({ name: 'Private Co', disabled: false });
    expect((await bank.as(advertiser.token).get('/api/advertiser')).status).toBe(200);
  });
});

describe('rate limit', () => {
  let limited: TestHub;
  afterAll(async () => limited?.stop());

  it('answers 429 past HUB_AD_API_RATE_LIMIT requests a minute per key, counted across all the ads routes', async () => {
    limited = await TestHub.start({ HUB_AD_API_RATE_LIMIT: '3' });
    const root = await limited.api.loginRoot();
    const first = await createAdvertiser(root, { name: 'First', category: 'food' });
    const second = await createAdvertiser(root, { name: 'Second', category: 'food' });

    const key = root.as(first.token);
    expect((await key.get('/api/advertiser')).status).toBe(200);
    expect((await key.get('/api/creatives')).status).toBe(200);
    expect((await key.get('/api/ad-bookings')).status).toBe(200);
    const refused = await key.get('/api/advertiser');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await key.get('/api/creatives')).status).toBe(429);
    // Another key has its own bucket.
    expect((await root.as(second.token).get('/api/advertiser')).status).toBe(200);
    // Routes outside the ads API are not limited.
    expect((await root.get('/api/merchants')).status).toBe(200);
  });
});
