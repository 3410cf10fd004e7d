// HTTP of the bank's instant-discount campaigns (立减): which merchants, when,
// the rule, the budget and daily limits, the channels. Admins create and
// change them; viewers read them with what they have given so far.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { TradingHoursSchema } from '../merchants/index.js';
import { toCampaign, type CampaignRow } from './campaign-sql.js';
import type { DiscountService } from './discount-service.js';

const tags = ['discounts'];
const security = [{ bearer: [] }];
const Fen = (description: string) => Type.Integer({ minimum: 1, maximum: 100_000_000_000, description });
const Day = Type.String({ format: 'date' });
const Names = (description: string) => Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 500, uniqueItems: true, description }));
const Channel = Type.Union([Type.Literal('alipay'), Type.Literal('wechat'), Type.Literal('unionpay')]);
const Limit = (description: string) => Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100_000 }), Type.Null()], { description }));

// One object, not a union: with the validator removing unknown keys, a union's first branch would strip the
// second's keys before the second is tried (a city list silently dropped is a campaign for every merchant).
const MerchantQuery = Type.Object(
  {
    merchantIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 10_000, uniqueItems: true, description: 'these merchants, and no query with it' })),
    cities: Names('e.g. 杭州'),
    districts: Names('e.g. 西湖区'),
    businessAreas: Names('商圈, e.g. 武林广场'),
    categories: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{4}$' }), { minItems: 1, maxItems: 100, uniqueItems: true, description: 'ISO 18245 merchant category codes' })),
  },
  { additionalProperties: false, description: 'a list of merchants, or a registry query (every list given must match; {} is every merchant of the tenant)' },
);

const CreateCampaignBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 40, description: 'what the customer hears, e.g. 建行立减' }),
    enabled: Type.Optional(Type.Boolean()),
    merchants: MerchantQuery,
    startsOn: Day,
    endsOn: Day,
    hours: Type.Optional(Type.Union([TradingHoursSchema, Type.Null()], { description: "weekly spans in each merchant's own zone; null or absent: all day" })),
    channels: Type.Array(Channel, { minItems: 1, uniqueItems: true }),
    rule: Type.Union([Type.Literal('threshold'), Type.Literal('percent')], { description: 'threshold: spend at least minSpendFen, get offFen off; percent: percent off, at most capFen' }),
    minSpendFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000 })),
    offFen: Type.Optional(Fen('threshold: fen off')),
    percent: Type.Optional(Type.Integer({ minimum: 1, maximum: 99 })),
    capFen: Type.Optional(Fen('percent: the most off one payment')),
    budgetFen: Fen('the most the bank pays over the campaign'),
    perMerchantDay: Limit('discounts per merchant per day (its own zone) at most'),
    perScreenDay: Limit('discounts per screen per day at most'),
  },
  { additionalProperties: false },
);
const UpdateCampaignBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    enabled: Type.Optional(Type.Boolean({ description: 'false stops new discounts at once (payments in flight keep theirs)' })),
    endsOn: Type.Optional(Day),
    budgetFen: Type.Optional(Fen('never below what is already reserved or given (409)')),
    perMerchantDay: Limit('null: no limit'),
    perScreenDay: Limit('null: no limit'),
  },
  { additionalProperties: false },
);

const CampaignSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  enabled: Type.Boolean(),
  merchants: Type.Record(Type.String(), Type.Unknown()),
  startsOn: Day,
  endsOn: Day,
  hours: Type.Union([TradingHoursSchema, Type.Null()]),
  channels: Type.Array(Type.String()),
  rule: Type.String(),
  minSpendFen: Type.Integer(),
  offFen: Type.Union([Type.Integer(), Type.Null()]),
  percent: Type.Union([Type.Integer(), Type.Null()]),
  capFen: Type.Union([Type.Integer(), Type.Null()]),
  budgetFen: Type.Integer(),
  reservedFen: Type.Integer({ description: 'given to paid payments and held for payments in flight' }),
  remainingFen: Type.Integer(),
  perMerchantDay: Type.Union([Type.Integer(), Type.Null()]),
  perScreenDay: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  given: Type.Optional(Type.Object({ payments: Type.Integer(), discountFen: Type.Integer(), inFlightFen: Type.Integer() }, { description: 'one campaign only' })),
});

/** The campaign as the payment path reads it (campaign-sql.ts `toCampaign`), with its budget's state and its dates as text. */
function toDto(r: CampaignRow): Static<typeof CampaignSchema> {
  const { createdAt, merchants, ...campaign } = toCampaign(r);
  return {
    ...campaign,
    merchants: merchants as Record<string, unknown>,
    budgetFen: Number(r.budget_fen),
    reservedFen: Number(r.reserved_fen),
    remainingFen: Number(r.budget_fen) - Number(r.reserved_fen),
    createdAt: new Date(createdAt).toISOString(),
  };
}

const listSpec = { sortable: { createdAt: 'created_at' }, defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'], tieBreaker: 'id' };

export async function campaignRoutes(fastify: FastifyInstance, options: { service: DiscountService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { service } = options;

  app.post(
    '/api/discount-campaigns',
    {
      onRequest: app.requireRole('admin'),
      schema: { tags, security, summary: 'Create an instant-discount campaign the bank funds', body: CreateCampaignBody, response: { 201: CampaignSchema } },
    },
    async (request, reply) => {
      const row = await service.create(request.user.tenantId, request.body);
      reply.status(201);
      return toDto(row);
    },
  );

  app.get(
    '/api/discount-campaigns',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'List campaigns, newest first', querystring: ListQuerystring, response: { 200: Type.Array(CampaignSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
      const { rows, total } = await service.list(request.user.tenantId, page);
      return withContentRange(reply, 'discount-campaigns', rows.map(toDto), page.offset, total);
    },
  );

  app.get(
    '/api/discount-campaigns/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One campaign with what it has given', params: IdParams, response: { 200: CampaignSchema } } },
    async (request) => {
      const { row, figures } = await service.get(request.user.tenantId, request.params.id);
      return { ...toDto(row), given: { payments: figures.used_payments, discountFen: Number(figures.used_fen), inFlightFen: Number(figures.in_flight_fen) } };
    },
  );

  app.put(
    '/api/discount-campaigns/:id',
    {
      onRequest: app.requireRole('admin'),
      schema: { tags, security, summary: 'Change a campaign: name, stop or restart, end, budget, limits', params: IdParams, body: UpdateCampaignBody, response: { 200: CampaignSchema } },
      config: { problems: { 409: 'budgetFen below what the campaign has already reserved or given.' } },
    },
    async (request) => toDto(await service.update(request.user.tenantId, request.params.id, request.body)),
  );
}
