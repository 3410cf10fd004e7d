// GET /api/screen-map: the fleet on a map, clustered for the zoom asked, over the
// view's bounding box. Every screen of the tenant is counted, whatever the fleet's size.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { invalidParameter } from '../platform/errors.js';
import type { BBox, ScreenMap } from './screen-map.js';

const Counts = { screens: Type.Integer(), online: Type.Integer(), stores: Type.Integer() };
const BBoxSchema = Type.Tuple([Type.Number(), Type.Number(), Type.Number(), Type.Number()], { description: '[west, south, east, north] in degrees' });
const Store = Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String(), merchantId: Type.String({ format: 'uuid' }), merchantName: Type.String(), city: Type.Union([Type.String(), Type.Null()]) });

const ScreenMapSchema = Type.Object({
  zoom: Type.Integer(),
  bbox: BBoxSchema,
  clusters: Type.Array(
    Type.Object({
      id: Type.String({ description: 'store:<id> for one store, cluster:<n> for several' }),
      longitude: Type.Number(),
      latitude: Type.Number(),
      ...Counts,
      expansionZoom: Type.Union([Type.Integer(), Type.Null()], { description: 'the zoom at which a cluster splits' }),
      store: Type.Union([Store, Type.Null()]),
    }),
  ),
  bounds: Type.Union([BBoxSchema, Type.Null()], { description: 'the extent of every placed store; null when none has a position' }),
  cities: Type.Array(Type.Object({ city: Type.String(), ...Counts, bbox: BBoxSchema })),
  placed: Type.Object(Counts),
  unplaced: Type.Object({ screens: Type.Integer(), online: Type.Integer() }, { description: 'screens with no store position to draw' }),
});

const Query = Type.Object({
  zoom: Type.Integer({ minimum: 0, maximum: 20, default: 3 }),
  bbox: Type.String({ default: '-180,-85,180,85', maxLength: 100, description: 'west,south,east,north in degrees' }),
});

/** `west,south,east,north`: longitudes in [-180, 180], latitudes in [-90, 90], south below north. */
export function parseBBox(text: string): BBox {
  const parts = text.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  const [west, south, east, north] = parts as BBox;
  const ok = parts.length === 4 && parts.every(Number.isFinite) && [west, east].every((lon) => lon >= -180 && lon <= 180) && [south, north].every((lat) => lat >= -90 && lat <= 90) && south <= north;
  if (!ok) throw invalidParameter('bbox', 'must be west,south,east,north in degrees (longitudes -180..180, latitudes -90..90, south <= north)');
  return [west, south, east, north];
}

export async function screenMapRoutes(fastify: FastifyInstance, options: { screenMap: ScreenMap }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/screen-map',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags: ['devices'], security: [{ bearer: [] }], summary: 'The screens on a map: stores clustered for a zoom, with screens and online counts', querystring: Query, response: { 200: ScreenMapSchema } },
    },
    async (request) => options.screenMap.view(request.user.tenantId, parseBBox(request.query.bbox), request.query.zoom),
  );
}
