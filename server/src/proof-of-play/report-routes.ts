// GET /api/ad-reports (plays grouped by booking, advertiser, screen, merchant or
// hour, JSON or CSV) and GET /api/ad-reports/attribution. An advertiser key
// (reports:read) sees its own plays only; an operator the whole tenant.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { visibleAdvertiser } from '../advertisers/index.js';
import { BadRequestError } from '../platform/errors.js';
import { withContentRange } from '../platform/list-query.js';
import { attributionReport, attributionWindowMinutes, type AttributionRow } from './attribution-sql.js';
import { jsonOrCsv, sendCsv, toCsv, wantsCsv, type CsvColumn } from '../platform/csv-export.js';
import { parsePeriod, PeriodQuery } from './report-period.js';
import { GROUP_BYS, playReport, type ReportRow } from './report-sql.js';

const Format = Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { description: 'csv: a download (also chosen by Accept: text/csv)' }));

const ReportQuery = Type.Object({
  groupBy: Type.Union(GROUP_BYS.map((g) => Type.Literal(g)), { default: 'booking' }),
  ...PeriodQuery,
  bookingId: Type.Optional(Type.String({ format: 'uuid' })),
  advertiserId: Type.Optional(Type.String({ format: 'uuid' })),
  format: Format,
});

const ReportRowSchema = Type.Object({
  id: Type.String({ description: "the group's key: booking, advertiser, device or merchant id, or the hour; 'house' (no booking or advertiser), 'unassigned' (no merchant)" }),
  name: Type.Union([Type.String(), Type.Null()]),
  plays: Type.Integer(),
  completedPlays: Type.Integer(),
  playSeconds: Type.Integer(),
  bookedPlays: Type.Union([Type.Integer(), Type.Null()], { description: 'loop bookings: plays the held slots should have given in the period so far' }),
  underDelivered: Type.Union([Type.Boolean(), Type.Null()], { description: 'completed plays below 90% of bookedPlays' }),
  unbilledPlays: Type.Integer({ description: 'plays kept but not billed: outside the booking\'s screens, dates or hours, booking not live, creative not booked or approved, wrong placement, or beyond the plays per hour its slots allow' }),
  unbilledReasons: Type.Record(Type.String(), Type.Integer(), { description: 'unbilled plays by reason: booking_not_live, screen_not_booked, outside_dates, outside_hours, creative_not_booked, creative_not_approved, wrong_placement, over_schedule' }),
});

const AttributionQuery = Type.Object({
  bookingId: Type.Optional(Type.String({ format: 'uuid' })),
  creativeId: Type.Optional(Type.String({ format: 'uuid' })),
  ...PeriodQuery,
  format: Format,
});

const AttributionRowSchema = Type.Object({
  creativeId: Type.String(),
  creativeName: Type.Union([Type.String(), Type.Null()]),
  plays: Type.Integer(),
  screens: Type.Integer(),
  attributedPayments: Type.Integer({ description: 'successful payments on the screen within the attribution window after a play' }),
  paymentsPerPlay: Type.Number(),
  baselinePaymentsPerWindow: Type.Number({ description: "the same screens' payments per window of that length over the period" }),
  lift: Type.Union([Type.Number(), Type.Null()]),
});

const reportColumns: CsvColumn<ReportRow>[] = [
  ['id', (r) => r.id],
  ['name', (r) => r.name],
  ['plays', (r) => r.plays],
  ['completed_plays', (r) => r.completedPlays],
  ['play_seconds', (r) => r.playSeconds],
  ['booked_plays', (r) => r.bookedPlays],
  ['under_delivered', (r) => r.underDelivered],
  ['unbilled_plays', (r) => r.unbilledPlays],
];

const attributionColumns: CsvColumn<AttributionRow>[] = [
  ['creative_id', (r) => r.creativeId],
  ['creative_name', (r) => r.creativeName],
  ['plays', (r) => r.plays],
  ['screens', (r) => r.screens],
  ['attributed_payments', (r) => r.attributedPayments],
  ['payments_per_play', (r) => r.paymentsPerPlay],
  ['baseline_payments_per_window', (r) => r.baselinePaymentsPerWindow],
  ['lift', (r) => r.lift],
];

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function reportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ad reports'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/ad-reports',
    {
      onRequest: app.requireAdScope('reports:read'),
      schema: {
        tags,
        security,
        summary: 'Proof-of-play report: plays, completed plays and play time per booking, advertiser, screen, merchant or hour (JSON or CSV)',
        querystring: ReportQuery,
        response: { 200: jsonOrCsv(Type.Array(ReportRowSchema)) },
      },
    },
    async (request, reply) => {
      const { groupBy, bookingId, advertiserId, format } = request.query;
      const period = parsePeriod(request.query);
      const actor = request.adActor;
      const rows = await playReport(app.db, groupBy, { tenantId: actor.tenantId, period, visibleAdvertiserId: visibleAdvertiser(actor), bookingId, advertiserId });
      if (wantsCsv(request, format)) return sendCsv(reply, `ad-report-${groupBy}-${day(period.from)}-${day(period.to)}.csv`, toCsv(reportColumns, rows));
      return withContentRange(reply, 'ad-reports', rows, 0, rows.length);
    },
  );

  app.get(
    '/api/ad-reports/attribution',
    {
      onRequest: app.requireAdScope('reports:read'),
      schema: {
        tags,
        security,
        summary: "Attribution per creative: payments on the screen within the tenant's window after a play, against the screen's baseline (counts and rates only)",
        querystring: AttributionQuery,
        response: { 200: jsonOrCsv(Type.Array(AttributionRowSchema)) },
      },
    },
    async (request, reply) => {
      const { bookingId, creativeId, format } = request.query;
      if (!bookingId && !creativeId) throw new BadRequestError('name a bookingId or a creativeId');
      const period = parsePeriod(request.query);
      const actor = request.adActor;
      const window = await attributionWindowMinutes(app.db, actor.tenantId);
      const rows = await attributionReport(app.db, { tenantId: actor.tenantId, period, visibleAdvertiserId: visibleAdvertiser(actor), bookingId, creativeId }, window);
      if (wantsCsv(request, format)) return sendCsv(reply, `ad-attribution-${bookingId ?? creativeId}-${day(period.from)}-${day(period.to)}.csv`, toCsv(attributionColumns, rows));
      return withContentRange(reply, 'ad-attribution', rows, 0, rows.length);
    },
  );
}
