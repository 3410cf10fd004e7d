// Every screen of the fleet on a map of China drawn in the browser (d3-geo on
// the province and city outlines of china-geojson; no tiles, no internet):
// stores clustered by the hub for the view's zoom, each circle with its screens
// and coloured by how many are online. Click a cluster to zoom in, a store to
// list its screens; pick a city, or read the same figures as a list.
import { useEffect, useMemo, useState } from 'react';
import { Box, Button, ButtonGroup, Card, CardContent, MenuItem, Select, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { geoMercator, geoPath } from 'd3-geo';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { placeLabels } from './labels';
import { citiesOf, provinceBounds, provinces, type Outline } from './outlines';
import { useScreenMap, type MapCluster } from './useScreenMap';
import { CHINA, intersects, MAX_ZOOM, padded, viewAround, zoomedOut, zoomFor, type BBox } from './viewport';

const WIDTH = 720;
const HEIGHT = 440;
/** From this zoom on a province's cities are outlined and stores are named. */
const CITY_ZOOM = 7;
const NAME_ZOOM = 11;

const colourOf = (c: { screens: number; online: number }) => (c.screens === 0 ? '#9e9e9e' : c.online === c.screens ? '#2e7d32' : c.online === 0 ? '#c62828' : '#ef6c00');
const radiusOf = (screens: number) => Math.min(34, 7 + Math.sqrt(screens) * 1.3);

export function ScreenMap() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [view, setView] = useState<BBox | undefined>();
  const [asList, setAsList] = useState(false);

  // The projection fits the wanted box; what the map shows is the (wider) box of its whole frame.
  const wanted = view ?? CHINA;
  const projection = useMemo(() => geoMercator().fitExtent([[12, 12], [WIDTH - 12, HEIGHT - 12]], { type: 'MultiPoint', coordinates: [[wanted[0], wanted[1]], [wanted[2], wanted[3]]] }), [wanted]);
  const shown = useMemo<BBox>(() => {
    const [w, n] = projection.invert!([0, 0])!;
    const [e, s] = projection.invert!([WIDTH, HEIGHT])!;
    return [w, s, e, n];
  }, [projection]);
  const zoom = zoomFor(shown, WIDTH);
  const map = useScreenMap(shown, zoom);

  // The first answer gives the fleet's extent: start there rather than on the whole country.
  const bounds = map.data?.bounds;
  useEffect(() => {
    if (view === undefined && bounds) setView(padded(bounds));
  }, [view, bounds]);

  const cityOutlines = useCityOutlines(shown, zoom);
  // Outlines are redrawn when the view moves, not on every refresh of the clusters.
  const outlines = useMemo(() => {
    const path = geoPath(projection);
    return {
      provinces: provinces.map((p) => ({ key: p.properties.name, d: path(p) ?? undefined })),
      cities: cityOutlines.map((c) => ({ key: `${c.properties.name}-${c.properties.id ?? ''}`, d: path(c) ?? undefined })),
    };
  }, [projection, cityOutlines]);
  const clusters = (map.data?.clusters ?? []).map((c) => {
    const [x, y] = projection([c.longitude, c.latitude]) ?? [0, 0];
    return { ...c, x, y };
  });
  const labels = zoom >= NAME_ZOOM ? placeLabels(clusters.filter((c) => c.store).map((c) => ({ id: c.id, x: c.x + radiusOf(c.screens) + 3, y: c.y + 4, text: c.store!.name, weight: c.screens }))) : [];

  const open = (c: MapCluster) => {
    if (c.store) navigate(`/devices?filter=${encodeURIComponent(JSON.stringify({ storeId: c.store.id }))}`);
    else setView(viewAround(c.longitude, c.latitude, Math.min(c.expansionZoom ?? zoom + 1, MAX_ZOOM), WIDTH, HEIGHT));
  };
  const placed = map.data?.placed;
  const unplaced = map.data?.unplaced;

  return (
    <Card sx={{ flex: '1 1 640px', minWidth: 0 }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="h6" sx={{ flex: 1 }}>{translate('hub.map.title')}</Typography>
          <Select size="small" displayEmpty value="" data-testid="map-city" onChange={(event) => {
            const city = map.data?.cities.find((c) => c.city === event.target.value);
            if (city) setView(padded(city.bbox));
          }}>
            <MenuItem value="" disabled>{translate('hub.map.zoom_to_city')}</MenuItem>
            {(map.data?.cities ?? []).map((c) => <MenuItem key={c.city} value={c.city}>{`${c.city} (${c.online}/${c.screens})`}</MenuItem>)}
          </Select>
          <ButtonGroup size="small">
            <Button onClick={() => setView(zoomedOut(shown))} data-testid="map-zoom-out">{translate('hub.map.zoom_out')}</Button>
            <Button onClick={() => setView(bounds ? padded(bounds) : undefined)} data-testid="map-fleet">{translate('hub.map.whole_fleet')}</Button>
            <Button onClick={() => setAsList(!asList)} data-testid="map-as-list">{translate(asList ? 'hub.map.as_map' : 'hub.map.as_list')}</Button>
          </ButtonGroup>
        </Box>
        {placed && unplaced && (
          <Typography variant="body2" data-testid="map-total" data-screens={placed.screens + unplaced.screens} sx={{ mb: 1 }}>
            {translate('hub.map.totals', { online: placed.online + unplaced.online, offline: placed.screens + unplaced.screens - placed.online - unplaced.online, unplaced: unplaced.screens })}
          </Typography>
        )}
        {asList ? (
          <CityList cities={map.data?.cities ?? []} onZoom={(bbox) => { setView(padded(bbox)); setAsList(false); }} />
        ) : (
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ display: 'block', maxHeight: '60vh', background: '#eaf1f8', borderRadius: 4 }} role="img" aria-label={translate('hub.map.title')} data-testid="screen-map" data-zoom={zoom}>
            <g>
              {outlines.provinces.map((p) => <path key={p.key} d={p.d} fill="#f7f9fb" stroke="#9fb3c8" strokeWidth={0.8} />)}
              {outlines.cities.map((c) => <path key={c.key} d={c.d} fill="none" stroke="#c5d3e0" strokeWidth={0.6} />)}
            </g>
            {clusters.map((c) => (
              <g key={c.id} data-testid="map-cluster" data-screens={c.screens} data-online={c.online} data-store={c.store?.id ?? ''} onClick={() => open(c)} style={{ cursor: 'pointer' }}>
                <circle cx={c.x} cy={c.y} r={radiusOf(c.screens)} fill={colourOf(c)} fillOpacity={0.8} stroke="#fff" strokeWidth={1.5} />
                <text x={c.x} y={c.y + 4} textAnchor="middle" fontSize={11} fill="#fff" fontWeight={600} pointerEvents="none">{c.screens}</text>
                <title>{c.store
                  ? translate('hub.map.store_tooltip', { store: c.store.name, merchant: c.store.merchantName, online: c.online, offline: c.screens - c.online })
                  : translate('hub.map.cluster_tooltip', { stores: c.stores, online: c.online, offline: c.screens - c.online })}</title>
              </g>
            ))}
            {labels.map((l) => <text key={l.id} x={l.x} y={l.y} fontSize={11} fill="#263238" pointerEvents="none" style={{ paintOrder: 'stroke', stroke: '#fff', strokeWidth: 3 }}>{l.text}</text>)}
          </svg>
        )}
        <Box sx={{ display: 'flex', gap: 2, mt: 1 }}>
          {[['#2e7d32', 'hub.map.all_online'], ['#ef6c00', 'hub.map.some_offline'], ['#c62828', 'hub.map.all_offline']].map(([colour, key]) => (
            <Typography key={key} variant="caption" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', background: colour }} />
              {translate(key!)}
            </Typography>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}

/** The cities of provinces the view touches, once it is close enough to draw them. */
function useCityOutlines(shown: BBox, zoom: number): Outline[] {
  const [loaded, setLoaded] = useState<Record<string, Outline[]>>({});
  const wanted = zoom < CITY_ZOOM ? [] : [...provinceBounds].filter(([, bounds]) => intersects(bounds, shown)).map(([name]) => name);
  const key = wanted.join(',');
  useEffect(() => {
    for (const province of wanted) {
      if (loaded[province]) continue;
      void citiesOf(province).then((cities) => setLoaded((all) => ({ ...all, [province]: cities })));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // The same array while neither the provinces in view nor the loaded outlines change: the paths are memoised on it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => wanted.flatMap((province) => loaded[province] ?? []), [key, loaded]);
}

function CityList({ cities, onZoom }: { cities: Array<{ city: string; screens: number; online: number; stores: number; bbox: BBox }>; onZoom: (bbox: BBox) => void }) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="map-list">
      <TableHead>
        <TableRow>
          <TableCell>{translate('hub.map.city')}</TableCell>
          <TableCell align="right">{translate('hub.map.stores')}</TableCell>
          <TableCell align="right">{translate('hub.map.screens')}</TableCell>
          <TableCell align="right">{translate('hub.dashboard.online_legend')}</TableCell>
          <TableCell align="right">{translate('hub.dashboard.offline_legend')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {cities.map((c) => (
          <TableRow key={c.city} hover onClick={() => onZoom(c.bbox)} sx={{ cursor: 'pointer' }}>
            <TableCell>{c.city}</TableCell>
            <TableCell align="right">{c.stores}</TableCell>
            <TableCell align="right">{c.screens}</TableCell>
            <TableCell align="right">{c.online}</TableCell>
            <TableCell align="right">{c.screens - c.online}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
