// HTTP routes for stores: where a merchant's screens stand (address, position).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { findStore, insertStore, listStores, updateStore, type StoreRow } from './store-sql.js';

const StoreFieldsSchema = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  address: Type.Optional(Type.String({ maxLength: 500 })),
  latitude: Type.Optional(Type.Union([Type.Number({ minimum: -90, maximum: 90 }), Type.Null()])),
  longitude: Type.Optional(Type.Union([Type.Number({ minimum: -180, maximum: 180 }), Type.Null()])),
};
const CreateStoreBody = Type.Object({ merchantId: Type.String({ format: 'uuid' }), ...StoreFieldsSchema }, { additionalProperties: false });
const UpdateStoreBody = Type.Partial(Type.Object(StoreFieldsSchema));

const StoreSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  merchantId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  address: Type.String(),
  latitude: Type.Union([Type.Number(), Type.Null()]),
  longitude: Type.Union([Type.Number(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

const toDto = (row: StoreRow): Static<typeof StoreSchema> => ({
  id: row.id,
  merchantId: row.merchant_id,
  name: row.name,
  address: row.address,
  latitude: row.latitude,
  longitude: row.longitude,
  createdAt: row.created_at.toISOString(),
});

export async function storeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['merchants'];
  const security = [{ bearer: [] }];

  app.post(
    '/api/stores',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Add a store to a merchant', body: CreateStoreBody, response: { 201: StoreSchema } } },
    async (request, reply) => {
      const { merchantId, ...fields } = request.body;
      const row = await insertStore(app.db, request.user.tenantId, merchantId, fields);
      if (!row) throw new NotFoundError('merchant');
      reply.status(201);
      return toDto(row);
    },
  );

  app.get(
    '/api/stores',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'List stores', description: 'filter keys: merchantId', querystring: ListQuerystring, response: { 200: Type.Array(StoreSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { name: 'name', createdAt: 'created_at' }, defaultSort: ['name', 'ASC'], tieBreaker: 'id' });
      const merchantId = page.filter.merchantId;
      if (merchantId !== undefined && (typeof merchantId !== 'string' || !/^[0-9a-f-]{36}$/i.test(merchantId))) throw new BadRequestError('filter.merchantId must be a merchant id');
      const { rows, total } = await listStores(app.db, request.user.tenantId, merchantId as string | undefined, page);
      return withContentRange(reply, 'stores', rows.map(toDto), page.offset, total);
    },
  );

  app.get(
    '/api/stores/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One store', params: IdParams, response: { 200: StoreSchema } } },
    async (request) => {
      const row = await findStore(app.db, request.user.tenantId, request.params.id);
      if (!row) throw new NotFoundError('store');
      return toDto(row);
    },
  );

  app.put(
    '/api/stores/:id',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Change a store', params: IdParams, body: UpdateStoreBody, response: { 200: StoreSchema } } },
    async (request) => {
      const row = await updateStore(app.db, request.user.tenantId, request.params.id, request.body);
      if (!row) throw new NotFoundError('store');
      return toDto(row);
    },
  );
}
