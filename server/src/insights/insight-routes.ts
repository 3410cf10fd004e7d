// HTTP of merchant insights: a merchant's days, the fleet's activity now and
// over time, the bank's credit export (JSON or CSV), and the tenant's
// thresholds. Every figure is the caller's tenant's; a merchant of another
// tenant is not found.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams } from '../platform/id-params.js';
import { jsonOrCsv, sendCsv, toCsv, wantsCsv, type CsvColumn } from '../platform/csv-export.js';
import type { CreditLine } from './credit-export.js';
import { InsightSettingsChangesSchema, InsightSettingsSchema } from './insight-settings.js';
import type { InsightService } from './insight-service.js';

const tags = ['insights'];
const security = [{ bearer: [] }];
const Fen = Type.Integer({ description: 'fen (1/100 CNY)' });
const Day = Type.String({ format: 'date', examples: ['2026-11-30'] });
const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const Channels = Type.Object({ alipay: Type.Integer(), wechat: Type.Integer(), unionpay: Type.Integer() }, { description: 'successful payments per channel' });

const MerchantDaySchema = Type.Object({
  day: Day,
  payments: Type.Integer({ description: 'payments that ended this day, whatever their outcome' }),
  succeeded: Type.Integer(),
  grossFen: Fen,
  refunds: Type.Integer({ description: 'refunds made this day (of payments of any day)' }),
  refundedFen: Fen,
  takingsFen: Type.Integer({ description: 'grossFen - refundedFen' }),
  averageTicketFen: NullableInt,
  channels: Channels,
  hours: Type.Array(Type.Integer(), { minItems: 24, maxItems: 24, description: 'successful payments per local hour 0-23' }),
  tradingMinutes: Type.Union([Type.Integer(), Type.Null()], { description: 'minutes of trading hours; null until the day is closed' }),
  onlineTradingMinutes: Type.Union([Type.Integer(), Type.Null()], { description: 'of those, minutes with at least one of its screens online' }),
});
const MerchantInsightsSchema = Type.Object({
  merchantId: Type.String({ format: 'uuid' }),
  timezone: Type.String({ description: 'the days are in this zone, the merchant’s' }),
  from: Day,
  to: Day,
  totals: Type.Object({
    payments: Type.Integer(),
    succeeded: Type.Integer(),
    grossFen: Fen,
    refunds: Type.Integer(),
    refundedFen: Fen,
    takingsFen: Type.Integer(),
    averageTicketFen: NullableInt,
    activeDays: Type.Integer(),
    channels: Channels,
    busiestHours: Type.Array(Type.Object({ hour: Type.Integer(), succeeded: Type.Integer() }), { maxItems: 3 }),
    tradingMinutes: Type.Integer(),
    onlineTradingMinutes: Type.Integer(),
  }),
  days: Type.Array(MerchantDaySchema),
});
const RangeQuery = Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day) }, { additionalProperties: false });

const ActivityFields = {
  merchants: Type.Integer(),
  active: Type.Integer({ description: 'merchants with at least activeMinPayments successful payments in the 30 days to asOf' }),
  activityRate: Type.Number({ description: 'active / merchants, 0-1' }),
  newlyActive: Type.Integer({ description: 'active now, not in the 30 days before' }),
  goneQuiet: Type.Integer({ description: 'active in the 30 days before, not now' }),
  takings30dFen: Type.Integer(),
};
const FleetSchema = Type.Object({
  asOf: Type.Union([Day, Type.Null()], { description: 'the last closed day; null before the first' }),
  activeMinPayments: Type.Integer(),
  ...ActivityFields,
  by: Type.Union([Type.String(), Type.Null()]),
  groups: Type.Array(Type.Object({ key: Type.Union([Type.String(), Type.Null()], { description: 'null: merchants without this attribute' }), ...ActivityFields })),
  growth: Type.Array(Type.Object({ band: Type.String({ description: 'new, growing (+20 % or more), steady, shrinking (-20 % or more), stopped, idle' }), merchants: Type.Integer() })),
  cohorts: Type.Array(Type.Object({ month: Type.String({ description: 'the month merchants joined' }), merchants: Type.Integer(), active: Type.Integer(), activityRate: Type.Number() })),
});
const FleetQuery = Type.Object(
  { by: Type.Optional(Type.Union([Type.Literal('city'), Type.Literal('district'), Type.Literal('businessArea'), Type.Literal('category')])) },
  { additionalProperties: false },
);
const FleetDaySchema = Type.Object({
  day: Day,
  merchants: Type.Integer(),
  active: Type.Integer(),
  activityRate: Type.Number(),
  newlyActive: Type.Integer(),
  goneQuiet: Type.Integer(),
  activeMinPayments: Type.Integer(),
});

const CreditLineSchema = Type.Object({
  merchantId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  city: Type.Union([Type.String(), Type.Null()]),
  district: Type.Union([Type.String(), Type.Null()]),
  businessArea: Type.Union([Type.String(), Type.Null()]),
  merchantCategoryCode: Type.Union([Type.String(), Type.Null()]),
  month: Type.String(),
  turnoverFen: Type.Integer({ description: 'net takings of the month' }),
  activeDays: Type.Integer({ description: 'days with a successful payment' }),
  days: Type.Integer({ description: 'days of the month counted (those elapsed, in the current month)' }),
  stability: Type.Union([Type.Number(), Type.Null()], { description: 'coefficient of variation of daily net takings; lower is steadier' }),
  growthPercent: Type.Union([Type.Number(), Type.Null()], { description: 'against the same month last year; null without takings then' }),
});
const CreditQuery = Type.Object(
  {
    month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', examples: ['2026-11'] }),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
  },
  { additionalProperties: false },
);
const creditColumns: CsvColumn<CreditLine>[] = [
  ['merchant_id', (l) => l.merchantId],
  ['name', (l) => l.name],
  ['city', (l) => l.city],
  ['district', (l) => l.district],
  ['business_area', (l) => l.businessArea],
  ['merchant_category_code', (l) => l.merchantCategoryCode],
  ['month', (l) => l.month],
  ['turnover_fen', (l) => l.turnoverFen],
  ['active_days', (l) => l.activeDays],
  ['days', (l) => l.days],
  ['stability', (l) => l.stability],
  ['growth_percent', (l) => l.growthPercent],
];

export async function insightRoutes(fastify: FastifyInstance, options: { service: InsightService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { service } = options;

  app.get(
    '/api/merchants/:id/insights',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: "A merchant's days in its own time zone: payments, takings net of refunds, average ticket, refunds, channel mix, busiest hours, trading hours covered by an online screen",
        description: 'from and to: days (inclusive), at most 400 days; by default the 30 days to the merchant’s today. Read from daily rollups kept as payments end.',
        params: IdParams,
        querystring: RangeQuery,
        response: { 200: MerchantInsightsSchema },
      },
    },
    async (request) => service.merchantInsights(request.user.tenantId, request.params.id, request.query),
  );

  app.get(
    '/api/insights/fleet',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: "The fleet's merchant activity as of the last closed day, by city, district, business area or category; growth bands and onboarding cohorts",
        querystring: FleetQuery,
        response: { 200: FleetSchema },
      },
    },
    async (request) => service.fleet(request.user.tenantId, request.query.by),
  );

  app.get(
    '/api/insights/fleet/history',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'The activity rate per closed day (default: the last 365)', querystring: RangeQuery, response: { 200: Type.Array(FleetDaySchema) } },
    },
    async (request) => service.fleetHistory(request.user.tenantId, request.query),
  );

  app.get(
    '/api/insights/credit-export',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: "For the bank's credit systems: per merchant who consented (creditConsent), the month's turnover, active days, stability and growth against the same month last year",
        querystring: CreditQuery,
        response: { 200: jsonOrCsv(Type.Array(CreditLineSchema)) },
      },
    },
    async (request, reply) => {
      const lines = await service.creditExport(request.user.tenantId, request.query.month);
      if (wantsCsv(request, request.query.format)) return sendCsv(reply, `credit-export-${request.query.month}.csv`, toCsv(creditColumns, lines));
      return lines;
    },
  );

  app.get(
    '/api/insights/settings',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: "The tenant's activity threshold and early-warning thresholds", response: { 200: InsightSettingsSchema } } },
    async (request) => service.settings(request.user.tenantId),
  );

  app.put(
    '/api/insights/settings',
    {
      onRequest: app.requireRole('admin'),
      schema: { tags, security, summary: 'Change thresholds (the keys given); the next closed day uses them', body: InsightSettingsChangesSchema, response: { 200: InsightSettingsSchema } },
    },
    async (request) => service.updateSettings(request.user.tenantId, request.body),
  );
}
