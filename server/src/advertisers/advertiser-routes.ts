// Advertisers over HTTP: operators create, list, change and disable them; an
// advertiser's own API key reads its profile at /api/advertiser. A disabled
// advertiser keeps its rows (creatives, bookings, plays) but its keys stop working.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { isUniqueViolation } from '../db/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { AdCategory } from './ad-category.js';
import { findAdvertiser, insertAdvertiser, listAdvertisers, updateAdvertiser, type AdvertiserRow } from './advertiser-sql.js';

export const AdvertiserSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  category: Type.String(),
  contactEmail: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});

const Name = Type.String({ minLength: 1, maxLength: 200, description: 'unique in the tenant' });
const ContactEmail = Type.String({ format: 'email', maxLength: 320 });
const CreateBody = Type.Object({ name: Name, category: AdCategory, contactEmail: Type.Optional(ContactEmail) }, { additionalProperties: false });
const UpdateBody = Type.Object(
  { name: Type.Optional(Name), category: Type.Optional(AdCategory), contactEmail: Type.Optional(Type.Union([ContactEmail, Type.Null()])), disabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
const AdvertiserFilter = Type.Object({ q: Type.Optional(Type.String()), category: Type.Optional(Type.String()), disabled: Type.Optional(Type.Boolean()) }, { additionalProperties: false });

export const advertiserDto = (row: AdvertiserRow): Static<typeof AdvertiserSchema> => ({
  id: row.id,
  name: row.name,
  category: row.category,
  contactEmail: row.contact_email,
  disabled: row.disabled,
  createdAt: row.created_at.toISOString(),
});

export async function advertiserRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ads'];
  const security = [{ bearer: [] }];
  const nameTaken = (name: string | undefined) => new ConflictError(`an advertiser named "${name}" exists`);

  app.post(
    '/api/advertisers',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Create an advertiser', body: CreateBody, response: { 201: AdvertiserSchema } } },
    async (request, reply) => {
      const { name, category, contactEmail } = request.body;
      try {
        const row = await insertAdvertiser(app.db, request.user.tenantId, { name, category, contactEmail: contactEmail ?? null });
        reply.status(201);
        return advertiserDto(row);
      } catch (err) {
        if (isUniqueViolation(err)) throw nameTaken(name);
        throw err;
      }
    },
  );

  app.get(
    '/api/advertisers',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Advertisers (filter: q, category, disabled)', querystring: ListQuerystring, response: { 200: Type.Array(AdvertiserSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { name: 'name', category: 'category', createdAt: 'created_at' }, defaultSort: ['name', 'ASC'], tieBreaker: 'id' });
      const filter = checkFilter(AdvertiserFilter, page.filter);
      const { rows, total } = await listAdvertisers(app.db, request.user.tenantId, filter, page);
      return withContentRange(reply, 'advertisers', rows.map(advertiserDto), page.offset, total);
    },
  );

  app.get(
    '/api/advertisers/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One advertiser', params: IdParams, response: { 200: AdvertiserSchema } } },
    async (request) => {
      const row = await findAdvertiser(app.db, request.user.tenantId, request.params.id);
      if (!row) throw new NotFoundError('advertiser');
      return advertiserDto(row);
    },
  );

  app.put(
    '/api/advertisers/:id',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Change an advertiser (disabled: its API keys stop working)', params: IdParams, body: UpdateBody, response: { 200: AdvertiserSchema } },
    },
    async (request) => {
      let row: AdvertiserRow | undefined;
      try {
        row = await updateAdvertiser(app.db, request.user.tenantId, request.params.id, request.body);
      } catch (err) {
        if (isUniqueViolation(err)) throw nameTaken(request.body.name);
        throw err;
      }
      if (!row) throw new NotFoundError('advertiser');
      return advertiserDto(row);
    },
  );

  app.delete(
    '/api/advertisers/:id',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Disable an advertiser (its rows stay for the reports; PUT disabled=false enables it again)', params: IdParams, response: { 200: AdvertiserSchema } },
    },
    async (request) => {
      const row = await updateAdvertiser(app.db, request.user.tenantId, request.params.id, { disabled: true });
      if (!row) throw new NotFoundError('advertiser');
      return advertiserDto(row);
    },
  );

  app.get(
    '/api/advertiser',
    {
      onRequest: app.requireAdScope(),
      schema: {
        tags, security, summary: 'The calling API key\'s advertiser, with the key\'s scopes',
        response: { 200: Type.Composite([AdvertiserSchema, Type.Object({ keyId: Type.String({ format: 'uuid' }), scopes: Type.Array(Type.String()) })]) },
      },
    },
    async (request) => {
      const actor = request.adActor;
      if (actor.kind !== 'advertiser') throw new ForbiddenError('this is an advertiser API key\'s own profile; operators use /api/advertisers');
      const row = await findAdvertiser(app.db, actor.tenantId, actor.advertiserId);
      if (!row) throw new NotFoundError('advertiser');
      return { ...advertiserDto(row), keyId: actor.keyId, scopes: [...actor.scopes] };
    },
  );
}
