// Screens by store, drawn as plain SVG from the stores' latitude and longitude
// (no map tiles: the console works with no internet access). Each store is a
// circle sized by its screens, green when all are online, red when none are.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { dataProvider } from '../dataProvider';

interface Store {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}
interface Device {
  id: string;
  storeId: string | null;
  online: boolean;
}

const WIDTH = 640;
const HEIGHT = 360;
const PAD = 30;
/** Room right of the easternmost store for its label. */
const LABEL_ROOM = 150;
const MAX_ROWS = 1000;

async function all<T>(resource: string): Promise<T[]> {
  const { data } = await dataProvider.getList(resource, { pagination: { page: 1, perPage: MAX_ROWS }, sort: { field: '', order: 'ASC' }, filter: {} });
  return data as unknown as T[];
}

export function ScreenMap() {
  const translate = useTranslate();
  const stores = useQuery({ queryKey: ['stores', 'map'], queryFn: () => all<Store>('stores') });
  const devices = useQuery({ queryKey: ['devices', 'map'], queryFn: () => all<Device>('devices') });

  const points = useMemo(() => {
    const placed = (stores.data ?? []).filter((s) => s.latitude !== null && s.longitude !== null);
    if (placed.length === 0) return [];
    const lats = placed.map((s) => s.latitude!);
    const lons = placed.map((s) => s.longitude!);
    const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
    // Equirectangular, with longitude shrunk by cos(latitude) so a city keeps its shape.
    const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
    const spanX = Math.max((maxLon - minLon) * kx, 1e-6);
    const spanY = Math.max(maxLat - minLat, 1e-6);
    const scale = Math.min((WIDTH - 2 * PAD - LABEL_ROOM) / spanX, (HEIGHT - 2 * PAD) / spanY);
    return placed.map((s) => {
      const screens = (devices.data ?? []).filter((d) => d.storeId === s.id);
      const online = screens.filter((d) => d.online).length;
      return {
        store: s,
        x: placed.length === 1 ? WIDTH / 2 : PAD + (s.longitude! - minLon) * kx * scale,
        y: placed.length === 1 ? HEIGHT / 2 : HEIGHT - PAD - (s.latitude! - minLat) * scale,
        screens: screens.length,
        online,
      };
    });
  }, [stores.data, devices.data]);

  return (
    <Card sx={{ flex: '1 1 640px' }}>
      <CardContent>
        <Typography variant="h6">{translate('hub.dashboard.map')}</Typography>
        {points.length === 0 ? (
          <Typography variant="body2">{translate('hub.dashboard.map_empty')}</Typography>
        ) : (
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={translate('hub.dashboard.map')} data-testid="screen-map" style={{ background: '#f5f7fa', borderRadius: 4 }}>
            {points.map((p) => {
              const colour = p.screens === 0 ? '#9e9e9e' : p.online === p.screens ? '#2e7d32' : p.online === 0 ? '#c62828' : '#ef6c00';
              return (
                <g key={p.store.id} data-online={p.online} data-screens={p.screens}>
                  <circle cx={p.x} cy={p.y} r={6 + Math.sqrt(p.screens) * 4} fill={colour} fillOpacity={0.75} stroke="#fff" />
                  <text x={p.x + 10} y={p.y - 8} fontSize={11}>{`${p.store.name} ${p.online}/${p.screens}`}</text>
                  <title>{`${p.store.name}: ${p.online} ${translate('hub.dashboard.online_legend')}, ${p.screens - p.online} ${translate('hub.dashboard.offline_legend')}`}</title>
                </g>
              );
            })}
          </svg>
        )}
      </CardContent>
    </Card>
  );
}
