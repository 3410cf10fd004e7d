// The screen map of a tenant: its stores clustered by zoom (supercluster), so a
// view of the whole country is a few dozen circles whatever the fleet's size,
// and a city's view shows its stores. The index is built from one read of the
// database and kept for a short while: the console asks again on every pan and
// zoom, and after presence changes, and those reads share one build.
import Supercluster from 'supercluster';
import type { Queryable } from '../db/database.js';
import { storePoints, unplacedScreens, type StorePointRow } from './screen-map-sql.js';

/** A map's index is this old at most: presence is flushed every second, so the map lags it by about two. */
const INDEX_TTL_MS = 2_000;

interface Counts {
  screens: number;
  online: number;
  stores: number;
}
interface StoreProps extends Counts {
  store: { id: string; name: string; merchantId: string; merchantName: string; city: string | null };
}
type ClusterProps = Counts;

export type BBox = [west: number, south: number, east: number, north: number];

export interface MapCluster extends Counts {
  /** `store:<uuid>` for one store, `cluster:<n>` for several (stable only for one build). */
  id: string;
  longitude: number;
  latitude: number;
  /** The zoom at which a cluster splits; a store has none. */
  expansionZoom: number | null;
  store: StoreProps['store'] | null;
}

export interface CityFigures extends Counts {
  city: string;
  bbox: BBox;
}

interface TenantMap {
  index: Supercluster<StoreProps, ClusterProps>;
  bounds: BBox | null;
  cities: CityFigures[];
  placed: Counts;
  unplaced: { screens: number; online: number };
}

export class ScreenMap {
  /** Per tenant, the build under way or done, and when it started (known at once, unlike when it ends). */
  private readonly built = new Map<string, { startedAt: number; map: Promise<TenantMap> }>();

  constructor(private readonly db: Queryable, private readonly ttlMs = INDEX_TTL_MS, private readonly now = Date.now) {}

  async view(tenantId: string, bbox: BBox, zoom: number) {
    const map = await this.indexOf(tenantId);
    const clusters = map.index.getClusters(bbox, zoom).map((feature): MapCluster => {
      const [longitude, latitude] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        return { id: `cluster:${props.cluster_id}`, longitude, latitude, screens: props.screens, online: props.online, stores: props.stores, expansionZoom: map.index.getClusterExpansionZoom(props.cluster_id), store: null };
      }
      const store = props as StoreProps;
      return { id: `store:${store.store.id}`, longitude, latitude, screens: store.screens, online: store.online, stores: 1, expansionZoom: null, store: store.store };
    });
    return { zoom, bbox, clusters, bounds: map.bounds, cities: map.cities, placed: map.placed, unplaced: map.unplaced };
  }

  /** The tenant's index: the one built (or being built) in the last TTL, else a new build that every caller shares. */
  private indexOf(tenantId: string): Promise<TenantMap> {
    const now = this.now();
    const cached = this.built.get(tenantId);
    if (cached && now - cached.startedAt <= this.ttlMs) return cached.map;
    // Forget tenants nobody looked at lately: the cache holds only maps being viewed.
    for (const [id, entry] of this.built) if (now - entry.startedAt > 30 * this.ttlMs) this.built.delete(id);
    const map = this.build(tenantId);
    this.built.set(tenantId, { startedAt: now, map });
    map.catch(() => this.built.delete(tenantId));
    return map;
  }

  private async build(tenantId: string): Promise<TenantMap> {
    const [rows, unplaced] = await Promise.all([storePoints(this.db, tenantId), unplacedScreens(this.db, tenantId)]);
    const index = new Supercluster<StoreProps, ClusterProps>({
      radius: 60,
      // Clusters up to zoom 16; from 17 on every store is its own point.
      maxZoom: 16,
      map: (p) => ({ screens: p.screens, online: p.online, stores: p.stores }),
      reduce: (sum, p) => {
        sum.screens += p.screens;
        sum.online += p.online;
        sum.stores += p.stores;
      },
    });
    index.load(rows.map((row) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [row.longitude, row.latitude] }, properties: storeProps(row) })));
    return { index, bounds: boundsOf(rows), cities: citiesOf(rows), placed: totals(rows), unplaced };
  }
}

const storeProps = (row: StorePointRow): StoreProps => ({
  screens: row.screens,
  online: row.online,
  stores: 1,
  store: { id: row.store_id, name: row.store_name, merchantId: row.merchant_id, merchantName: row.merchant_name, city: row.city },
});

const totals = (rows: StorePointRow[]): Counts => rows.reduce((sum, r) => ({ screens: sum.screens + r.screens, online: sum.online + r.online, stores: sum.stores + 1 }), { screens: 0, online: 0, stores: 0 });

function boundsOf(rows: StorePointRow[]): BBox | null {
  if (rows.length === 0) return null;
  const bounds: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rows) {
    bounds[0] = Math.min(bounds[0], r.longitude);
    bounds[1] = Math.min(bounds[1], r.latitude);
    bounds[2] = Math.max(bounds[2], r.longitude);
    bounds[3] = Math.max(bounds[3], r.latitude);
  }
  return bounds;
}

/** Each merchant city with its stores' extent: what "zoom to a city" zooms to. */
function citiesOf(rows: StorePointRow[]): CityFigures[] {
  const byCity = new Map<string, StorePointRow[]>();
  for (const r of rows) {
    if (!r.city) continue;
    const list = byCity.get(r.city) ?? [];
    list.push(r);
    byCity.set(r.city, list);
  }
  return [...byCity].map(([city, list]) => ({ city, ...totals(list), bbox: boundsOf(list)! })).sort((a, b) => b.screens - a.screens || a.city.localeCompare(b.city));
}
