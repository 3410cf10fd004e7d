// The map's arithmetic: a view's zoom level, a view around a point at a zoom,
// and the margins that keep a city's extremes off the edge. Type-checked with
// the console's sources (console/tsconfig.json).
import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { CHINA, padded, viewAround, zoomedOut, zoomFor, type BBox } from '../src/dashboard/map/viewport';

const WIDTH = 720;
const HEIGHT = 440;

/** The box a view shows once fitted into the map's frame with its margin, as the component does. */
function shownAfterFit(wanted: BBox): BBox {
  const projection = geoMercator().fitExtent([[12, 12], [WIDTH - 12, HEIGHT - 12]], { type: 'MultiPoint', coordinates: [[wanted[0], wanted[1]], [wanted[2], wanted[3]]] });
  const [w, n] = projection.invert!([0, 0])!;
  const [e, s] = projection.invert!([WIDTH, HEIGHT])!;
  return [w, s, e, n];
}

describe('map viewport', () => {
  it('shows the whole country at a low zoom', () => {
    expect(zoomFor(shownAfterFit(CHINA), WIDTH)).toBeLessThanOrEqual(4);
  });

  it('lands a cluster clicked to its expansion zoom at that zoom, after the fit (a bug: one below, so clicks did nothing)', () => {
    for (const zoom of [5, 8, 10, 11, 13, 16]) {
      for (const [lon, lat] of [[120.16, 30.27], [116.4, 39.9], [104.07, 30.57]] as const) {
        expect(zoomFor(shownAfterFit(viewAround(lon, lat, zoom, WIDTH, HEIGHT)), WIDTH), `${zoom} at ${lon},${lat}`).toBe(zoom);
      }
    }
  });

  it('zooms out by one level and keeps a margin around a city', () => {
    const city: BBox = [120.0, 30.1, 120.3, 30.4];
    const view = padded(city);
    expect(view[0]).toBeLessThan(city[0]);
    expect(view[3]).toBeGreaterThan(city[3]);
    const z = zoomFor(view, WIDTH);
    expect(zoomFor(zoomedOut(view), WIDTH)).toBe(z - 1);
    // Never past the world's edges.
    expect(zoomedOut([-170, -80, 170, 80])).toEqual([-180, -85, 180, 85]);
  });
});
