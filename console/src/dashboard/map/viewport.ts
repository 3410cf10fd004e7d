// The map's view as a bounding box, and the web-map zoom level it amounts to
// (what the hub's clusters are computed for): at zoom z the world is 256·2^z
// pixels wide, so a view `lonSpan` degrees wide on a `width`-pixel map is
// log2(360·width / (256·lonSpan)), rounded: the frame a view is fitted into is a
// little wider than the view (its margin and aspect), and a cluster clicked to
// its expansion zoom must come out at that zoom, not one below.
export type BBox = [west: number, south: number, east: number, north: number];

/** The whole of China, the view before the fleet's extent is known. */
export const CHINA: BBox = [73.5, 18, 135, 53.6];
export const MAX_ZOOM = 17;

export function zoomFor(bbox: BBox, width: number): number {
  const lonSpan = Math.max(bbox[2] - bbox[0], 1e-6);
  return Math.max(0, Math.min(MAX_ZOOM, Math.round(Math.log2((360 * width) / (256 * lonSpan)))));
}

/** The view centred on a point, as wide as zoom `zoom` shows on a `width`-pixel map. */
export function viewAround(longitude: number, latitude: number, zoom: number, width: number, height: number): BBox {
  const lonSpan = (360 * width) / (256 * 2 ** zoom);
  const latSpan = (lonSpan * height) / width;
  return clamp([longitude - lonSpan / 2, latitude - latSpan / 2, longitude + lonSpan / 2, latitude + latSpan / 2]);
}

/** A box grown by `share` of its size on each side (at least `min` degrees), so nothing sits on its edge. */
export function padded(bbox: BBox, share = 0.1, min = 0.02): BBox {
  const dx = Math.max((bbox[2] - bbox[0]) * share, min);
  const dy = Math.max((bbox[3] - bbox[1]) * share, min);
  return clamp([bbox[0] - dx, bbox[1] - dy, bbox[2] + dx, bbox[3] + dy]);
}

export function clamp([w, s, e, n]: BBox): BBox {
  return [Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n)];
}

/** Twice as wide and high around the same centre. */
export function zoomedOut(bbox: BBox): BBox {
  const dx = (bbox[2] - bbox[0]) / 2;
  const dy = (bbox[3] - bbox[1]) / 2;
  return clamp([bbox[0] - dx, bbox[1] - dy, bbox[2] + dx, bbox[3] + dy]);
}

export const intersects = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
