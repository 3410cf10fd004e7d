// @mapbox/geojson-rewind ships no types: rewind(geojson, clockwise) returns it with its rings wound one way.
declare module '@mapbox/geojson-rewind' {
  export default function rewind<T>(geojson: T, clockwise?: boolean): T;
}
