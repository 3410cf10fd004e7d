// The hub's clusters for a view (GET /api/screen-map). The query key starts with
// 'devices', so presence events refresh it (live/LiveEvents.tsx); the previous
// view stays drawn while the next one loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dataProvider } from '../../dataProvider';
import type { BBox } from './viewport';

export interface MapCluster {
  id: string;
  longitude: number;
  latitude: number;
  screens: number;
  online: number;
  stores: number;
  expansionZoom: number | null;
  store: { id: string; name: string; merchantId: string; merchantName: string; city: string | null } | null;
}

export interface MapCity {
  city: string;
  screens: number;
  online: number;
  stores: number;
  bbox: BBox;
}

export interface ScreenMapView {
  zoom: number;
  clusters: MapCluster[];
  bounds: BBox | null;
  cities: MapCity[];
  placed: { screens: number; online: number; stores: number };
  unplaced: { screens: number; online: number };
}

const rounded = (bbox: BBox) => bbox.map((v) => Math.round(v * 1e4) / 1e4).join(',');

export function useScreenMap(bbox: BBox, zoom: number) {
  const box = rounded(bbox);
  return useQuery({
    queryKey: ['devices', 'map', box, zoom],
    queryFn: async () => (await dataProvider.send<ScreenMapView>('GET', `/screen-map?zoom=${zoom}&bbox=${box}`)).data,
    placeholderData: keepPreviousData,
  });
}
