// The registry over real HTTP and the database: merchants with their place in
// the world, stores, devices assigned to them with tags; search with the query
// language; static and dynamic groups; and tenants kept apart throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, QueryError } from '../../src/devices/registry-query-language.js';
import type { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;
const ids: Record<string, string> = {};

const search = async (query: string) => {
  const response = await bank.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ query }))}&range=[0,99]`);
  return { status: response.status, body: response.body, ids: Array.isArray(response.body) ? response.body.map((d: { id: string }) => d.id).sort() : [] };
};

beforeAll(async () => {
  t = await TestHub.start();
  const root = await t.api.loginRoot();
  bank = (await root.createTenant('Registry Bank')).admin;
  otherBank = (await root.createTenant('Registry Other Bank')).admin;

  const noodles = await bank.createMerchant({ name: '兰州拉面', merchantCategoryCode: '5812', city: '杭州', district: '西湖区', businessArea: '武林广场' });
  const grocer = await bank.createMerchant({ name: 'Corner Grocer', merchantCategoryCode: '5411', city: '杭州', district: '上城区', businessArea: '湖滨' });
  const teahouse = await bank.createMerchant({ name: 'Tea House', merchantCategoryCode: '5812', city: '上海', district: '黄浦区' });
  const store = (await bank.post('/api/stores', { merchantId: noodles.id, name: 'Main St', address: '1 Main St', latitude: 30.27, longitude: 120.16 })).body;
  Object.assign(ids, { noodles: noodles.id, grocer: grocer.id, teahouse: teahouse.id, store: store.id });

  for (const [name, assignment] of [
    ['n1', { storeId: store.id, tags: ['vip', 'pilot'] }],
    ['n2', { storeId: store.id, tags: [] }],
    ['g1', { merchantId: grocer.id, tags: ['vip'] }],
    ['t1', { merchantId: teahouse.id, tags: [] }],
    ['loose', {}],
  ] as const) {
    const device = await bank.createDevice({ id: `reg-${name}`, name });
    ids[name] = device.id;
    if (Object.keys(assignment).length > 0) expect((await bank.put(`/api/devices/${device.id}`, assignment)).status).toBe(200);
  }
});
afterAll(async () => t?.stop());

describe('organisations', () => {
  it('keeps a merchant\'s category, place and trading hours, and a store moves its screens to its merchant', async () => {
    const merchant = (await bank.get(`/api/merchants/${ids.noodles}`)).body;
    expect(merchant).toMatchObject({ merchantCategoryCode: '5812', city: '杭州', district: '西湖区', businessArea: '武林广场', timezone: 'Asia/Shanghai', tradingHours: null });
    const updated = await bank.put(`/api/merchants/${ids.noodles}`, { tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '10:00', closes: '02:00' }] });
    expect(updated.status).toBe(200);
    expect(updated.body.tradingHours).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], opens: '10:00', closes: '02:00' }]);
    expect(updated.body.city).toBe('杭州');

    const device = (await bank.get(`/api/devices/${ids.n1}`)).body;
    expect(device).toMatchObject({ storeId: ids.store, merchantId: ids.noodles, tags: ['vip', 'pilot'] });
  });

  it('refuses bad attributes and a store of another merchant', async () => {
    expect((await bank.put(`/api/merchants/${ids.noodles}`, { merchantCategoryCode: '58' })).status).toBe(400);
    const tz = await bank.put(`/api/merchants/${ids.noodles}`, { timezone: 'Mars/Olympus' });
    expect(tz.status).toBe(400);
    expect(tz.headers.get('content-type')).toContain('application/problem+json');
    expect((await bank.put(`/api/merchants/${ids.noodles}`, { tradingHours: [{ days: [8], opens: '10:00', closes: '12:00' }] })).status).toBe(400);
    expect((await bank.post('/api/stores', { merchantId: ids.noodles, name: 'x', latitude: 91 })).status).toBe(400);
    const mismatch = await bank.put(`/api/devices/${ids.g1}`, { merchantId: ids.grocer, storeId: ids.store });
    expect(mismatch.status).toBe(404);
    expect((await bank.get(`/api/devices/${ids.g1}`)).body.storeId).toBeNull();
  });
});

describe('registry search', () => {
  it('answers queries over device, merchant and store attributes', async () => {
    expect((await search('city = "杭州"')).ids).toEqual([ids.g1, ids.n1, ids.n2].sort());
    expect((await search('city = "杭州" and tags has "vip"')).ids).toEqual([ids.g1, ids.n1].sort());
    expect((await search('mcc = "5812" and not district = "西湖区"')).ids).toEqual([ids.t1]);
    expect((await search('merchantId = null')).ids).toEqual([ids.loose]);
    expect((await search('city != "杭州"')).ids).toEqual([ids.loose, ids.t1].sort());
    expect((await search('businessArea in ("湖滨", "武林广场") and storeName ~ "main"')).ids).toEqual([ids.n1, ids.n2].sort());
    expect((await search('online = false and createdAt > now-1h and (name = "n1" or name = "t1")')).ids).toEqual([ids.n1, ids.t1].sort());
    expect((await search('lastSeenAt < now-5m')).ids).toEqual([]);
  });

  it('explains a bad query with its column, as problem+json', async () => {
    const bad = await search('city = "杭州" and colour = "red"');
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/unknown field "colour" at column 17/);
    for (const query of ['city =', 'online = "yes"', 'lastSeenAt < yesterday', 'city = "x" or', '(city = "x"', 'tags = "vip"', 'merchantId = "not-a-uuid"', 'city = "unterminated']) {
      const response = await search(query);
      expect(response.status, query).toBe(400);
      expect(response.body.detail, query).toMatch(/^filter\/query: /);
    }
    expect(() => parseQuery('a'.repeat(5000))).toThrow(QueryError);
  });

  it('treats values as data, never as SQL', async () => {
    expect((await search(`name = "x' or '1'='1"`)).ids).toEqual([]);
    expect((await search(`name ~ "%"`)).ids).toEqual([]);
  });
});

describe('groups', () => {
  it('has static groups with members and dynamic groups defined by a query, usable in queries', async () => {
    const pilot = await bank.post('/api/groups', { name: 'Pilot', kind: 'static' });
    expect(pilot.status).toBe(201);
    const added = await bank.post(`/api/groups/${pilot.body.id}/members`, { deviceIds: [ids.n2, ids.t1] });
    expect(added.body.memberCount).toBe(2);

    const hangzhouVip = await bank.post('/api/groups', { name: 'Hangzhou VIP', kind: 'dynamic', query: 'city = "杭州" and tags has "vip"' });
    expect(hangzhouVip.status).toBe(201);
    expect(hangzhouVip.body.memberCount).toBe(2);
    const members = await bank.get(`/api/groups/${hangzhouVip.body.id}/devices`);
    expect(members.headers.get('content-range')).toBe('devices 0-1/2');
    expect(members.body.map((d: { id: string }) => d.id).sort()).toEqual([ids.g1, ids.n1].sort());

    expect((await search('group = "pilot" or group = "Hangzhou VIP"')).ids).toEqual([ids.g1, ids.n1, ids.n2, ids.t1].sort());
    expect((await search('group = "Hangzhou VIP" and not group = "Pilot"')).ids).toEqual([ids.g1, ids.n1].sort());

    // Membership of a dynamic group follows the registry.
    await bank.put(`/api/devices/${ids.n2}`, { tags: ['vip'] });
    expect((await bank.get(`/api/groups/${hangzhouVip.body.id}/devices`)).headers.get('content-range')).toBe('devices 0-2/3');
    expect((await bank.get(`/api/groups/${hangzhouVip.body.id}`)).body.memberCount).toBe(3);
    const listed = (await bank.get('/api/groups')).body as Array<{ name: string; memberCount: number }>;
    expect(Object.fromEntries(listed.map((g) => [g.name, g.memberCount]))).toMatchObject({ Pilot: 2, 'Hangzhou VIP': 3 });

    // A filter's query cannot reach outside the group: it is parsed on its own, not pasted into the group's.
    const escape = await bank.get(`/api/groups/${pilot.body.id}/devices?filter=${encodeURIComponent(JSON.stringify({ query: 'name = "x") or (city = "杭州"' }))}`);
    expect(escape.status).toBe(400);
    const narrowed = await bank.get(`/api/groups/${hangzhouVip.body.id}/devices?filter=${encodeURIComponent(JSON.stringify({ query: 'name = "n1" or name = "t1"' }))}`);
    expect(narrowed.body.map((d: { id: string }) => d.id)).toEqual([ids.n1]);

    await bank.request('DELETE', `/api/groups/${pilot.body.id}/members`, { deviceIds: [ids.t1] });
    expect((await bank.get(`/api/groups/${pilot.body.id}`)).body.memberCount).toBe(1);
  });

  it('lists the screens whose merchant trades now, and the others', async () => {
    // The grocer opens for an hour starting two hours from now (Shanghai time): closed now, whatever the hour.
    const hhmm = (offsetHours: number) => new Date(Date.now() + (8 + offsetHours) * 3_600_000).toISOString().slice(11, 16);
    expect((await bank.put(`/api/merchants/${ids.noodles}`, { tradingHours: null })).status).toBe(200);
    expect((await bank.put(`/api/merchants/${ids.grocer}`, { tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: hhmm(2), closes: hhmm(3) }] })).status).toBe(200);
    const listed = async (trading: boolean) => ((await bank.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ trading }))}&range=[0,99]`)).body as Array<{ id: string }>).map((d) => d.id).sort();
    const trading = await listed(true);
    expect(trading).toEqual(expect.arrayContaining([ids.n1, ids.n2, ids.t1]));
    expect(trading).not.toContain(ids.g1);
    expect(trading).not.toContain(ids.loose);
    expect(await listed(false)).toEqual(expect.arrayContaining([ids.g1, ids.loose]));
    expect((await listed(false))).not.toContain(ids.n1);
    expect((await bank.put(`/api/merchants/${ids.grocer}`, { tradingHours: null })).status).toBe(200);
    expect(await listed(true)).toContain(ids.g1);
  });

  it("filters screens by their merchant's city, an open alert and when they were last seen", async () => {
    const listed = async (filter: Record<string, unknown>) => {
      const response = await bank.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body as Array<{ id: string }>).map((d) => d.id).sort();
    };
    expect(await listed({ city: '上海' })).toEqual([ids.t1]);
    const tenantId = (await t.hub.db.query<{ tenant_id: string }>('select tenant_id from devices where id = $1', [ids.g1])).rows[0]!.tenant_id;
    const rule = (await bank.post('/api/alert-rules', { name: 'Offline a long time', kind: 'offline', threshold: 100_000 })).body;
    await t.hub.db.query(`insert into alerts (tenant_id, rule_id, kind, device_id, state, value) values ($1, $2, 'offline', $3, 'open', 30)`, [tenantId, rule.id, ids.g1]);
    expect(await listed({ alerting: true })).toEqual([ids.g1]);
    expect(await listed({ alerting: false })).not.toContain(ids.g1);
    await t.hub.db.query(`update device_live set last_seen_at = now() - interval '2 days' where device_id = $1`, [ids.n1]);
    await t.hub.db.query(`update device_live set last_seen_at = now() where device_id = $1`, [ids.n2]);
    const stale = await listed({ lastSeenBefore: new Date(Date.now() - 86_400_000).toISOString() });
    expect(stale).toContain(ids.n1);
    expect(stale).not.toContain(ids.n2);
    expect((await otherBank.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ alerting: true }))}`)).body).toEqual([]);
    for (const bad of [{ city: '' }, { alerting: 'yes' }, { lastSeenBefore: 'last week' }]) {
      expect((await bank.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify(bad))}`)).status, JSON.stringify(bad)).toBe(400);
    }
  });

  it('finds merchants by part of their name (wildcards matched as typed) and by city', async () => {
    const names = async (filter: Record<string, string>) => ((await bank.get(`/api/merchants?filter=${encodeURIComponent(JSON.stringify(filter))}`)).body as Array<{ name: string }>).map((m) => m.name).sort();
    expect(await names({ q: '拉面' })).toEqual(['兰州拉面']);
    expect(await names({ q: 'grocer' })).toEqual(['Corner Grocer']);
    expect(await names({ city: '杭州' })).toEqual(['Corner Grocer', '兰州拉面']);
    expect(await names({ q: '%' })).toEqual([]);
    expect((await otherBank.get(`/api/merchants?filter=${encodeURIComponent(JSON.stringify({ q: '拉面' }))}`)).body).toEqual([]);
    const bad = await bank.get(`/api/merchants?filter=${encodeURIComponent(JSON.stringify({ colour: 'red' }))}`);
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/^filter/);
  });

  it('refuses a bad query, a duplicate name, a self-reference and unknown members (adding none)', async () => {
    expect((await bank.post('/api/groups', { name: 'Broken', kind: 'dynamic', query: 'city = ' })).status).toBe(400);
    const first = await bank.post('/api/groups', { name: 'Twice', kind: 'static' });
    expect((await bank.post('/api/groups', { name: 'twice', kind: 'static' })).status).toBe(409);
    const selfish = await bank.post('/api/groups', { name: 'Selfish', kind: 'dynamic', query: 'city = "杭州"' });
    const loop = await bank.put(`/api/groups/${selfish.body.id}`, { query: 'group = "Selfish"' });
    expect(loop.status).toBe(400);
    expect(loop.body.detail).toMatch(/refers to itself/);

    const rejected = await bank.post(`/api/groups/${first.body.id}/members`, { deviceIds: [ids.n1, 'no-such-screen'] });
    expect(rejected.status).toBe(422);
    expect(rejected.body.errors).toEqual([{ deviceId: 'no-such-screen', reason: 'no such device' }]);
    expect((await bank.get(`/api/groups/${first.body.id}`)).body.memberCount).toBe(0);
  });

  it('keeps tenants apart: groups, members, stores, merchants and queries', async () => {
    const group = (await bank.post('/api/groups', { name: 'Private', kind: 'static' })).body;
    const foreign = await otherBank.createDevice({ id: 'reg-foreign' });
    // Another tenant's device cannot join; another tenant cannot see or change the group.
    expect((await bank.post(`/api/groups/${group.id}/members`, { deviceIds: [foreign.id] })).status).toBe(422);
    expect((await otherBank.get(`/api/groups/${group.id}`)).status).toBe(404);
    expect((await otherBank.get(`/api/groups/${group.id}/devices`)).status).toBe(404);
    expect((await otherBank.post(`/api/groups/${group.id}/members`, { deviceIds: [foreign.id] })).status).toBe(404);
    expect((await otherBank.request('DELETE', `/api/groups/${group.id}`)).status).toBe(404);
    expect((await otherBank.get(`/api/stores/${ids.store}`)).status).toBe(404);
    expect((await otherBank.get('/api/groups')).body).toEqual([]);
    expect((await otherBank.get('/api/stores')).body).toEqual([]);
    expect((await otherBank.get(`/api/stores?filter=${encodeURIComponent(JSON.stringify({ merchantId: ids.noodles }))}`)).body).toEqual([]);
    expect((await otherBank.put(`/api/merchants/${ids.noodles}`, { city: '北京' })).status).toBe(404);
    expect((await otherBank.post('/api/stores', { merchantId: ids.noodles, name: 'Stolen' })).status).toBe(404);
    expect((await otherBank.put(`/api/devices/${foreign.id}`, { storeId: ids.store })).status).toBe(404);
    // A query cannot name another tenant's group, and sees only the tenant's own screens.
    const other = await otherBank.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ query: 'group = "Private"' }))}`);
    expect(other.status).toBe(400);
    const everything = await otherBank.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ query: 'city = null or city != null' }))}`);
    expect(everything.body.map((d: { id: string }) => d.id)).toEqual([foreign.id]);
  });

  it('lets viewers read but not change', async () => {
    const root = await t.api.loginRoot();
    const tenants = (await root.get('/api/tenants?range=[0,99]')).body as Array<{ id: string; name: string }>;
    expect(tenants.some((tenant) => tenant.name === 'Registry Bank')).toBe(true);
    await bank.post('/api/operators', { email: 'viewer@registry.test', password: 'viewer password 1', role: 'viewer' });
    const viewer = await t.api.login('viewer@registry.test', 'viewer password 1');
    expect((await viewer.get('/api/groups')).status).toBe(200);
    expect((await viewer.post('/api/groups', { name: 'Nope', kind: 'static' })).status).toBe(403);
    expect((await viewer.post('/api/stores', { merchantId: ids.noodles, name: 'Nope' })).status).toBe(403);
  });
});
