// Creatives over HTTP: created by an advertiser's key (for itself) or by an
// operator (for an advertiser, as a house creative, or promoting a merchant),
// listed and read within what the caller may see, and reviewed by operators.
// Only an approved creative reaches screens; every verdict marks the schedules
// that may use it stale.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AdCategory, actingAdvertiser, findAdvertiser, visibleAdvertiser } from '../advertisers/index.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../platform/errors.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { CreativeSchema, CreativeState, creativeDto } from './creative-schemas.js';
import { findCreative, insertCreative, listCreatives, merchantExists, reviewCreative, slotSeconds, type CreativeRow } from './creative-sql.js';

const Uuid = Type.String({ format: 'uuid' });
// One object with optional keys, checked by hand: in a union of objects ajv's
// removeAdditional would strip the keys of whichever branch it tried first.
const CreateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    category: Type.Optional(AdCategory),
    durationMs: Type.Optional(Type.Integer({ minimum: 1000, maximum: 600_000, description: 'images: how long to show them; the slot length by default' })),
    advertiserId: Type.Optional(Uuid),
    promotedMerchantId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
// Filters are checked by TypeBox's Value, which knows no formats: ids by pattern.
const UuidPattern = Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' });
const CreativeFilter = Type.Object(
  { q: Type.Optional(Type.String()), state: Type.Optional(CreativeState), advertiserId: Type.Optional(UuidPattern), promotedMerchantId: Type.Optional(UuidPattern) },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Uuid });

export async function creativeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ads'];
  const security = [{ bearer: [] }];

  app.post(
    '/api/creatives',
    {
      onRequest: app.requireAdScope('creatives:write'),
      schema: {
        tags, security,
        summary: 'Create a creative, then PUT its media to /api/creatives/{id}/media. A key creates for its advertiser; an operator names advertiserId, or promotedMerchantId (a cross-promotion), or neither (a house creative)',
        body: CreateBody,
        response: { 201: CreativeSchema },
      },
    },
    async (request, reply) => {
      const actor = request.adActor;
      const { body } = request;
      const { tenantId } = actor;
      if (body.advertiserId && body.promotedMerchantId) throw new BadRequestError('a creative is either an advertiser\'s or a cross-promotion: name advertiserId or promotedMerchantId, not both');
      if (actor.kind === 'advertiser' && body.promotedMerchantId) throw new ForbiddenError('only operators make cross-promotions');
      const advertiserId = actor.kind === 'advertiser' || body.advertiserId ? actingAdvertiser(actor, body.advertiserId) : null;
      let category = body.category;
      if (advertiserId) {
        const advertiser = await findAdvertiser(app.db, tenantId, advertiserId);
        if (!advertiser) throw new NotFoundError('advertiser');
        if (advertiser.disabled) throw new ConflictError('this advertiser is disabled');
        category ??= advertiser.category;
      }
      if (body.promotedMerchantId && !(await merchantExists(app.db, tenantId, body.promotedMerchantId))) throw new NotFoundError('merchant');
      if (!category) throw new BadRequestError('category: a house or cross-promotion creative names its category');
      const slotMs = (await slotSeconds(app.db, tenantId)) * 1000;
      const durationMs = body.durationMs ?? slotMs;
      if (durationMs > slotMs) throw new BadRequestError(`durationMs: ${durationMs} ms is longer than this hub's ad slot (${slotMs} ms)`);
      const row = await insertCreative(app.db, tenantId, { advertiserId, promotedMerchantId: body.promotedMerchantId ?? null, name: body.name, category, durationMs });
      reply.status(201);
      return creativeDto(row);
    },
  );

  app.get(
    '/api/creatives',
    {
      onRequest: app.requireAdScope('creatives:read'),
      schema: { tags, security, summary: 'Creatives, newest first (filter: q, state, advertiserId, promotedMerchantId); a key sees its advertiser\'s only', querystring: ListQuerystring, response: { 200: Type.Array(CreativeSchema) } },
    },
    async (request, reply) => {
      const page = parseListQuery(request.query, {
        sortable: { createdAt: 'created_at', updatedAt: 'updated_at', name: 'name', state: 'state' },
        defaultSort: ['createdAt', 'DESC'],
        tieBreaker: 'id',
      });
      const filter = checkFilter(CreativeFilter, page.filter);
      const { rows, total } = await listCreatives(app.db, request.adActor.tenantId, visibleAdvertiser(request.adActor), filter, page);
      return withContentRange(reply, 'creatives', rows.map(creativeDto), page.offset, total);
    },
  );

  app.get(
    '/api/creatives/:id',
    { onRequest: app.requireAdScope('creatives:read'), schema: { tags, security, summary: 'One creative', params: IdParams, response: { 200: CreativeSchema } } },
    async (request) => {
      const row = await findCreative(app.db, request.adActor.tenantId, request.params.id, visibleAdvertiser(request.adActor));
      if (!row) throw new NotFoundError('creative');
      return creativeDto(row);
    },
  );

  const review = (verdict: 'approved' | 'rejected') => async (request: { user: { tenantId: string; id: string }; params: { id: string }; body: { note?: string } }) => {
    const { tenantId, id: reviewerId } = request.user;
    const reviewed = await reviewCreative(app.db, tenantId, request.params.id, { state: verdict, note: request.body.note ?? null, reviewerId });
    if (!reviewed) {
      const current = await findCreative(app.db, tenantId, request.params.id, null);
      if (!current) throw new NotFoundError('creative');
      throw new ConflictError(`only a creative pending review can be ${verdict}; this one is ${current.state}`);
    }
    await app.adSchedules.invalidation.creativesChanged(tenantId, [reviewed.id]);
    publish(tenantId, reviewed);
    return creativeDto(reviewed);
  };
  const publish = (tenantId: string, row: CreativeRow) => app.hubEvents.publish(tenantId, 'ads.creative', { creativeId: row.id, state: row.state, advertiserId: row.advertiser_id });

  app.post(
    '/api/creatives/:id/approve',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Approve a creative pending review: from now on schedules may use it', params: IdParams, body: Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }), response: { 200: CreativeSchema } },
    },
    review('approved'),
  );

  app.post(
    '/api/creatives/:id/reject',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Reject a creative pending review, saying why', params: IdParams, body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }), response: { 200: CreativeSchema } },
    },
    review('rejected'),
  );
}
