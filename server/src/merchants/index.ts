// Merchants domain (the part payments need): a merchant and the acquirer that
// takes its screens' payments (Alipay or WeChat Pay), with the acquirer credentials encrypted at rest.
// Credentials go in and are never shown again; the API shows the app id only.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { NotFoundError } from '../platform/errors.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import type { SecretBox } from '../platform/secret-box.js';
import { findMerchant, insertMerchant, listMerchants, type MerchantRow } from './merchant-sql.js';

const AlipayCredentialsBody = Type.Object(
  {
    appId: Type.String({ pattern: '^[0-9]{8,32}$' }),
    privateKey: Type.String({ minLength: 100, description: 'the app\'s RSA private key, PEM PKCS#8' }),
    alipayPublicKey: Type.String({ minLength: 100, description: 'Alipay\'s public key, PEM' }),
    gateway: Type.Optional(Type.String({ format: 'uri', description: 'gateway.do URL (Alipay production when omitted)' })),
  },
  { additionalProperties: false },
);
export type AlipayCredentialsBody = Static<typeof AlipayCredentialsBody>;

const WechatCredentialsBody = Type.Object(
  {
    appId: Type.String({ pattern: '^wx[0-9a-f]{16}$' }),
    mchId: Type.String({ pattern: '^[0-9]{8,12}$' }),
    apiKey: Type.String({ minLength: 32, maxLength: 32, description: 'the merchant\'s API key (v2)' }),
    gateway: Type.Optional(Type.String({ format: 'uri', description: 'API base URL (WeChat Pay production when omitted)' })),
  },
  { additionalProperties: false },
);
export type WechatCredentialsBody = Static<typeof WechatCredentialsBody>;

const CreateMerchantBody = Type.Union([
  Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), acquirer: Type.Literal('alipay'), credentials: AlipayCredentialsBody }, { additionalProperties: false }),
  Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), acquirer: Type.Literal('wechat'), credentials: WechatCredentialsBody }, { additionalProperties: false }),
]);

const MerchantSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  tenantId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  acquirer: Type.String(),
  acquirerAppId: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export function openCredentials(secretBox: SecretBox, row: MerchantRow): AlipayCredentialsBody | WechatCredentialsBody {
  return JSON.parse(secretBox.open(row.acquirer_credentials).toString('utf8')) as AlipayCredentialsBody | WechatCredentialsBody;
}

function toDto(secretBox: SecretBox, row: MerchantRow): Static<typeof MerchantSchema> {
  return { id: row.id, tenantId: row.tenant_id, name: row.name, acquirer: row.acquirer, acquirerAppId: openCredentials(secretBox, row).appId, createdAt: row.created_at.toISOString() };
}

const listSpec = { sortable: { name: 'name', createdAt: 'created_at' }, defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'], tieBreaker: 'id' };

export default async function merchantsDomain(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['merchants'];
  const security = [{ bearer: [] }];

  app.post(
    '/api/merchants',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Create a merchant with its acquirer credentials', body: CreateMerchantBody, response: { 201: MerchantSchema } } },
    async (request, reply) => {
      const { name, acquirer, credentials } = request.body;
      const row = await insertMerchant(app.db, { tenantId: request.user.tenantId, name, acquirer, sealedCredentials: app.secretBox.seal(JSON.stringify(credentials)) });
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
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One merchant', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: MerchantSchema } } },
    async (request) => {
      const row = await findMerchant(app.db, request.user.tenantId, request.params.id);
      if (!row) throw new NotFoundError('merchant');
      return toDto(app.secretBox, row);
    },
  );
}
