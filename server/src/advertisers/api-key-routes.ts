// An advertiser's API keys: made by an operator, the token shown once in the
// creation's answer (only its secret's SHA-256 is kept), listed without it,
// revoked by DELETE. A key acts only within its scopes.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { ConflictError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { AD_SCOPES, newApiKey } from './advertiser-auth.js';
import { findAdvertiser, insertApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from './advertiser-sql.js';

const Scope = Type.Union(AD_SCOPES.map((s) => Type.Literal(s)));

const ApiKeySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  advertiserId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  /** The token's public part, to tell keys apart: "shk_<id>". */
  prefix: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const CreatedKeySchema = Type.Composite([ApiKeySchema, Type.Object({ token: Type.String({ description: 'the bearer token; shown this once, never again' }) })]);

const CreateBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), scopes: Type.Array(Scope, { minItems: 1, uniqueItems: true }) },
  { additionalProperties: false },
);
const KeyParams = Type.Object({ id: Type.String({ format: 'uuid' }), keyId: Type.String({ format: 'uuid' }) });

const keyDto = (row: ApiKeyRow): Static<typeof ApiKeySchema> => ({
  id: row.id,
  advertiserId: row.advertiser_id,
  name: row.name,
  scopes: row.scopes,
  prefix: `shk_${row.id.replaceAll('-', '')}`,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

export async function apiKeyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ads'];
  const security = [{ bearer: [] }];

  const loadAdvertiser = async (tenantId: string, id: string) => {
    const advertiser = await findAdvertiser(app.db, tenantId, id);
    if (!advertiser) throw new NotFoundError('advertiser');
    return advertiser;
  };

  app.post(
    '/api/advertisers/:id/keys',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Make an API key for an advertiser; the answer holds its token, shown this once', params: IdParams, body: CreateBody, response: { 201: CreatedKeySchema } },
    },
    async (request, reply) => {
      const { tenantId } = request.user;
      const advertiser = await loadAdvertiser(tenantId, request.params.id);
      if (advertiser.disabled) throw new ConflictError('this advertiser is disabled; enable it first');
      const key = newApiKey();
      const row = await insertApiKey(app.db, tenantId, { id: key.id, advertiserId: advertiser.id, name: request.body.name, secretHash: key.secretHash, scopes: request.body.scopes });
      reply.status(201);
      return { ...keyDto(row), token: key.token };
    },
  );

  app.get(
    '/api/advertisers/:id/keys',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'An advertiser\'s API keys (never their tokens), revoked ones included', params: IdParams, response: { 200: Type.Array(ApiKeySchema) } } },
    async (request) => {
      const advertiser = await loadAdvertiser(request.user.tenantId, request.params.id);
      return (await listApiKeys(app.db, request.user.tenantId, advertiser.id)).map(keyDto);
    },
  );

  app.delete(
    '/api/advertisers/:id/keys/:keyId',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Revoke an API key: it is refused from now on', params: KeyParams, response: { 200: ApiKeySchema } } },
    async (request) => {
      const row = await revokeApiKey(app.db, request.user.tenantId, request.params.id, request.params.keyId);
      if (!row) throw new NotFoundError('API key');
      return keyDto(row);
    },
  );
}
