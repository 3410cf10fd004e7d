// The screen map over real HTTP and the database: every screen of a fleet is
// counted at every zoom (no first-1,000-rows cut), clusters split as the zoom
// grows until each store stands alone, a city's extent is offered to zoom to,
// screens without a position are counted apart, bad views are 400s naming the
// parameter, and another tenant sees none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { MAP_CITIES, seedMapFleet, type MapFleet } from '../support/map-fleet.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;
let fleet: MapFleet;

interface Cluster {
  id: string;
  longitude: number;
  latitude: number;
  screens: number;
  online: number;
  stores: number;
  expansionZoom: number | null;
  store: { id: string; name: string; merchantName: string; city: string } | null;
}
const sum = (clusters: Cluster[], key: 'screens' | 'online' | 'stores') => clusters.reduce((n, c) => n + c[key], 0);
const view = async (client: ApiClient, query: string) => client.get(`/api/screen-map?${query}`);

beforeAll(async () => {
  t = await TestHub.start();
  const root = await t.api.loginRoot();
  const created = await root.createTenant('Map Bank');
  bank = created.admin;
  otherBank = (await root.createTenant('Map Other Bank')).admin;
  fleet = await seedMapFleet(t.hub.db, bank, created.tenantId, { screens: 1_500, storesPerCity: 40, onlineEvery: 3, prefix: 'map-', instanceId: t.hub.app.instance.id });
  // One screen with no store: counted, not drawn.
  await bank.createDevice({ id: 'map-loose', name: 'loose' });
}, 120_000);
afterAll(async () => t?.stop());

describe('GET /api/screen-map', () => {
  it('counts every screen of the fleet in a few clusters for the whole country', async () => {
    const whole = await view(bank, 'zoom=3');
    expect(whole.status).toBe(200);
    const clusters = whole.body.clusters as Cluster[];
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters.length).toBeLessThanOrEqual(MAP_CITIES.length);
    expect(sum(clusters, 'screens')).toBe(1_500);
    expect(sum(clusters, 'online')).toBe(fleet.online);
    expect(sum(clusters, 'stores')).toBe(fleet.stores);
    expect(whole.body.placed).toEqual({ screens: 1_500, online: fleet.online, stores: fleet.stores });
    expect(whole.body.unplaced).toEqual({ screens: 1, online: 0 });
    expect(whole.body.bounds[0]).toBeLessThan(104.1);
    expect(whole.body.bounds[3]).toBeGreaterThan(39.9);
  });

  it('offers each city with its counts and extent, and a city view holds only its stores', async () => {
    const { cities } = (await view(bank, 'zoom=3')).body as { cities: Array<{ city: string; screens: number; online: number; bbox: number[] }> };
    expect(cities.map((c) => c.city).sort()).toEqual(MAP_CITIES.map((c) => c.city).sort());
    const hangzhou = cities.find((c) => c.city === '杭州')!;
    expect(hangzhou.screens).toBe(fleet.cities.get('杭州')!.screens);
    expect(hangzhou.online).toBe(fleet.cities.get('杭州')!.online);

    const [w, s, e, n] = hangzhou.bbox;
    // With a margin, as the console zooms to it: the extremes lie on the extent's very edge.
    const city = await view(bank, `zoom=17&bbox=${w! - 0.01},${s! - 0.01},${e! + 0.01},${n! + 0.01}`);
    const clusters = city.body.clusters as Cluster[];
    // Past the last clustered zoom (16) every store stands alone, and only Hangzhou's.
    expect(clusters).toHaveLength(40);
    expect(clusters.every((c) => c.store !== null && c.store.city === '杭州' && c.expansionZoom === null && c.id === `store:${c.store.id}`)).toBe(true);
    expect(sum(clusters, 'screens')).toBe(hangzhou.screens);
  });

  it('splits a cluster at its expansion zoom', async () => {
    const whole = (await view(bank, 'zoom=3')).body.clusters as Cluster[];
    const big = whole.find((c) => c.expansionZoom !== null)!;
    expect(big).toBeDefined();
    const around = `${big.longitude - 1},${big.latitude - 1},${big.longitude + 1},${big.latitude + 1}`;
    const closer = (await view(bank, `zoom=${big.expansionZoom}&bbox=${around}`)).body.clusters as Cluster[];
    expect(closer.length).toBeGreaterThan(1);
    expect(sum(closer, 'screens')).toBe(big.screens);
  });

  it('follows presence: a screen going offline leaves the online count', async () => {
    await t.hub.db.query(`update device_live set online = false where device_id = 'map-0'`);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const whole = (await view(bank, 'zoom=3')).body.clusters as Cluster[];
    expect(sum(whole, 'online')).toBe(fleet.online - 1);
  });

  it('answers a bad view with a 400 naming the parameter', async () => {
    for (const bbox of ['1,2,3', '0,50,10,40', '200,0,210,10', 'a,b,c,d', '1,,3,4']) {
      const bad = await view(bank, `bbox=${encodeURIComponent(bbox)}`);
      expect(bad.status, bbox).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(bad.body.detail).toMatch(/bbox/);
    }
    const zoom = await view(bank, 'zoom=21');
    expect(zoom.status).toBe(400);
    expect(JSON.stringify(zoom.body)).toMatch(/zoom/);
  });

  it("never shows another tenant's screens", async () => {
    const other = await view(otherBank, 'zoom=3');
    expect(other.status).toBe(200);
    expect(other.body.clusters).toEqual([]);
    expect(other.body.cities).toEqual([]);
    expect(other.body.placed).toEqual({ screens: 0, online: 0, stores: 0 });
    expect((await t.api.get('/api/screen-map')).status).toBe(401);
  });
});
