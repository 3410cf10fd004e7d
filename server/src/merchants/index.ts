// Merchants domain: a merchant (category, city, district, business area,
// trading hours), its stores, and the acquirer that takes its screens'
// payments (Alipay or WeChat Pay), with the acquirer credentials encrypted at rest.
// Credentials go in and are never shown again; the API shows the app id only.
// Gateway URLs must be on the hub's list for the acquirer (credential-check.ts).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { AcquirerGateways, type Acquirer } from './acquirer-gateways.js';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import type { SecretBox } from '../platform/secret-box.js';
import { checkCredentials } from './credential-check.js';
import { findMerchant, insertMerchant, listMerchants, updateMerchant, type MerchantRow } from './merchant-sql.js';
import { storeRoutes } from './store-routes.js';
import { isValidTimeZone, TradingHoursSchema } from './trading-hours.js';

const AlipayCredentialsBody = Type.Object(
  {
    appId: Type.String({ pattern: '^[0-9]{8,32}$' }),
    privateKey: Type.String({ minLength: 100, description: 'the app\'s RSA private key, PEM PKCS#8' }),
    alipayPublicKey: Type.String({ minLength: 100, description: 'Alipay\'s public key, PEM' }),
    gateway: Type.Optional(Type.String({ format: 'uri', description: 'gateway.do URL (Alipay production when omitted); https, one of HUB_ALIPAY_GATEWAYS' })),
  },
  { additionalProperties: false },
);
export type AlipayCredentialsBody = Static<typeof AlipayCredentialsBody>;

const WechatCredentialsBody = Type.Object(
  {
    appId: Type.String({ pattern: '^wx[0-9a-f]{16}$' }),
    mchId: Type.String({ pattern: '^[0-9]{8,12}$' }),
    apiKey: Type.String({ minLength: 32, maxLength: 32, description: 'the merchant\'s API key (v2)' }),
    gateway: Type.Optional(Type.String({ format: 'uri', description: 'API base URL (WeChat Pay production when omitted); https, one of HUB_WECHAT_GATEWAYS' })),
    // Stored sealed with the rest of the credentials, never returned: WeChat Pay asks for them on reverse and refund.
    apiClientCert: Type.Optional(Type.String({ minLength: 100, maxLength: 16_384, description: 'the merchant\'s API client certificate (apiclient_cert.pem), PEM; needed for reverse and refund (mutual TLS)' })),
    apiClientKey: Type.Optional(Type.String({ minLength: 100, maxLength: 16_384, description: 'its private key (apiclient_key.pem), PEM, unencrypted' })),
  },
  { additionalProperties: false },
);
export type WechatCredentialsBody = Static<typeof WechatCredentialsBody>;

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
};

const CreateMerchantBody = Type.Union([
  Type.Object({ ...MerchantAttributesBody, acquirer: Type.Literal('alipay'), credentials: AlipayCredentialsBody }, { additionalProperties: false }),
  Type.Object({ ...MerchantAttributesBody, acquirer: Type.Literal('wechat'), credentials: WechatCredentialsBody }, { additionalProperties: false }),
]);
const UpdateMerchantBody = Type.Partial(Type.Object(MerchantAttributesBody));

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
  createdAt: Type.String({ format: 'date-time' }),
});

export function openCredentials(secretBox: SecretBox, row: MerchantRow): AlipayCredentialsBody | WechatCredentialsBody {
  return JSON.parse(secretBox.open(row.acquirer_credentials).toString('utf8')) as AlipayCredentialsBody | WechatCredentialsBody;
}

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
    createdAt: row.created_at.toISOString(),
  };
}

function checkTimeZone(timezone: string | undefined): void {
  if (timezone !== undefined && !isValidTimeZone(timezone)) throw new BadRequestError(`unknown time zone "${timezone}"`);
}

const listSpec = { sortable: { name: 'name', createdAt: 'created_at' }, defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'], tieBreaker: 'id' };

export default async function merchantsDomain(fastify: FastifyInstance, options: { gateways: Record<Acquirer, readonly string[]> }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const gateways = new AcquirerGateways(options.gateways);
  const tags = ['merchants'];
  const security = [{ bearer: [] }];

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
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'List merchants', querystring: ListQuerystring, response: { 200: Type.Array(MerchantSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
      const { rows, total } = await listMerchants(app.db, request.user.tenantId, page);
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

// What other domains use of merchants: the acquirers' gateways, a merchant's row and its trading hours.
export { AcquirerGateways, type Acquirer } from './acquirer-gateways.js';
export { findMerchant, findMerchantById } from './merchant-sql.js';
export { isOpenAt, TradingHoursSchema, type TradingHours } from './trading-hours.js';
