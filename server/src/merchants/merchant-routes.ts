// The merchants API: create a merchant with its acquirer credentials (checked
// against the acquirer's rules and the hub's gateway list, never shown back),
// read, list and change it. Stores: store-routes.ts.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import type { SecretBox } from '../platform/secret-box.js';
import { AcquirerGateways } from './acquirer-gateways.js';
import { checkCredentials } from './credential-check.js';
import { AlipayCredentialsBody, openCredentials, WechatCredentialsBody } from './merchant-credentials.js';
import { findMerchant, insertMerchant, listMerchants, updateMerchant, type MerchantRow } from './merchant-sql.js';
import { storeRoutes } from './store-routes.js';
import { isValidTimeZone, TradingHoursSchema } from './trading-hours.js';

const OptionalText = (description: string) => Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], { description }));
/** What the registry searches on; PUT changes the keys it is given (null clears). */
const MerchantAttributesBody = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  merchantCategoryCode: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9]{4}$' }), Type.Null()], { description: 'ISO 18245 merchant category code, e.g. 5812 restaurants' })),
  city: OptionalText('e.g. 杭州'),
  district: OptionalText('e.g. 西湖区'),
  businessArea: OptionalText('商圈, e.g. 武林广场'),
  tradingHours: Type.Optional(Type.Union([TradingHoursSchema, Type.Null()])),
  timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone of the trading hours; Asia/Shanghai by default' })),
  creditConsent: Type.Optional(Type.Boolean({ description: "the merchant's consent that the bank's credit systems read its monthly figures (the insights credit export); false by default" })),
};

const CreateMerchantBody = Type.Union([
  Type.Object({ ...MerchantAttributesBody, acquirer: Type.Literal('alipay'), credentials: AlipayCredentialsBody }, { additionalProperties: false }),
  Type.Object({ ...MerchantAttributesBody, acquirer: Type.Literal('wechat'), credentials: WechatCredentialsBody }, { additionalProperties: false }),
]);
const UpdateMerchantBody = Type.Partial(Type.Object(MerchantAttributesBody));

const MerchantFilter = Type.Object(
  { q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), city: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);

const MerchantSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  tenantId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  acquirer: Type.String(),
  acquirerAppId: Type.String(),
  merchantCategoryCode: Type.Union([Type.String(), Type.Null()]),
  city: Type.Union([Type.String(), Type.Null()]),
  district: Type.Union([Type.String(), Type.Null()]),
  businessArea: Type.Union([Type.String(), Type.Null()]),
  tradingHours: Type.Union([TradingHoursSchema, Type.Null()]),
  timezone: Type.String(),
  creditConsent: Type.Boolean(),
  creditConsentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'when the consent was given' }),
  createdAt: Type.String({ format: 'date-time' }),
});

function toDto(secretBox: SecretBox, row: MerchantRow): Static<typeof MerchantSchema> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    acquirer: row.acquirer,
    acquirerAppId: openCredentials(secretBox, row).appId,
    merchantCategoryCode: row.merchant_category_code,
    city: row.city,
    district: row.district,
    businessArea: row.business_area,
    tradingHours: row.trading_hours,
    timezone: row.timezone,
    creditConsent: row.credit_consent,
    creditConsentAt: row.credit_consent_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

function checkTimeZone(timezone: string | undefined): void {
  if (timezone !== undefined && !isValidTimeZone(timezone)) throw new BadRequestError(`unknown time zone "${timezone}"`);
}

const listSpec = { sortable: { name: 'name', createdAt: 'created_at' }, defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'], tieBreaker: 'id' };

export async function merchantRoutes(fastify: FastifyInstance, options: { gateways: AcquirerGateways }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['merchants'];
  const security = [{ bearer: [] }];

  const { gateways } = options;
  app.post(
    '/api/merchants',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Create a merchant with its acquirer credentials', body: CreateMerchantBody, response: { 201: MerchantSchema } } },
    async (request, reply) => {
      const { acquirer, credentials, ...attributes } = request.body;
      checkTimeZone(attributes.timezone);
      checkCredentials(gateways, acquirer, credentials);
      const row = await insertMerchant(app.db, { tenantId: request.user.tenantId, acquirer, sealedCredentials: app.secretBox.seal(JSON.stringify(credentials)), ...attributes });
      reply.status(201);
      return toDto(app.secretBox, row);
    },
  );

  app.get(
    '/api/merchants',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'List merchants; filter keys: q (name contains), city', querystring: ListQuerystring, response: { 200: Type.Array(MerchantSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
      const filter = checkFilter(MerchantFilter, page.filter);
      const { rows, total } = await listMerchants(app.db, request.user.tenantId, filter, page);
      return withContentRange(reply, 'merchants', rows.map((row) => toDto(app.secretBox, row)), page.offset, total);
    },
  );

  app.get(
    '/api/merchants/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One merchant', params: IdParams, response: { 200: MerchantSchema } } },
    async (request) => {
      const row = await findMerchant(app.db, request.user.tenantId, request.params.id);
      if (!row) throw new NotFoundError('merchant');
      return toDto(app.secretBox, row);
    },
  );

  app.put(
    '/api/merchants/:id',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Change a merchant\'s name, category, place or trading hours', params: IdParams, body: UpdateMerchantBody, response: { 200: MerchantSchema } },
    },
    async (request) => {
      checkTimeZone(request.body.timezone);
      const row = await updateMerchant(app.db, request.user.tenantId, request.params.id, request.body);
      if (!row) throw new NotFoundError('merchant');
      return toDto(app.secretBox, row);
    },
  );

  await app.register(storeRoutes);
}
