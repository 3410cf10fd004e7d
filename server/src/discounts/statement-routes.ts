// HTTP of the bank's daily discount statements: the closed days, one day's
// lines per campaign and merchant (JSON or CSV), and the payments behind them.
// What the bank owes for a day is the subsidy of the day's payments less what
// it takes back for payments refunded in full after their own statement
// closed (negative when the claw-backs are larger).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { jsonOrCsv, sendCsv, toCsv, wantsCsv, type CsvColumn } from '../platform/csv-export.js';
import type { DiscountService } from './discount-service.js';
import type { StatementDayRow, StatementLineRow } from './statement-sql.js';

const tags = ['discounts'];
const security = [{ bearer: [] }];
const Day = Type.String({ format: 'date' });
const Fen = Type.Integer({ description: 'fen' });
const DayParams = Type.Object({ day: Day });

const Owed = Type.Integer({ description: 'subsidyFen less clawbackFen: what the bank pays the merchant for this statement (negative: takes back)' });
const DaySchema = Type.Object({
  day: Day,
  closedAt: Type.String({ format: 'date-time' }),
  payments: Type.Integer(),
  subsidyFen: Fen,
  clawbackFen: Type.Integer({ description: 'subsidies of earlier statements taken back: their payments were refunded in full after those closed' }),
  owedFen: Owed,
});
const LineSchema = Type.Object({
  campaignId: Type.String({ format: 'uuid' }),
  campaignName: Type.String(),
  merchantId: Type.String({ format: 'uuid' }),
  merchantName: Type.String(),
  payments: Type.Integer(),
  ticketFen: Fen,
  chargedFen: Type.Integer({ description: 'what the customers paid at the acquirer (and reconciliation expects)' }),
  subsidyFen: Type.Integer({ description: "the subsidy of the statement's payments" }),
  clawbacks: Type.Integer({ description: 'payments of earlier statements refunded in full since they closed' }),
  clawbackFen: Fen,
  owedFen: Owed,
});
const StatementSchema = Type.Object({ ...DaySchema.properties, lines: Type.Array(LineSchema) });
const PaymentSchema = Type.Object({
  transactionId: Type.String({ format: 'uuid' }),
  orderNo: Type.String(),
  deviceId: Type.String(),
  campaignId: Type.String({ format: 'uuid' }),
  merchantId: Type.String({ format: 'uuid' }),
  day: Day,
  ticketFen: Fen,
  chargedFen: Fen,
  discountFen: Fen,
  paidAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  kind: Type.Union([Type.Literal('subsidy'), Type.Literal('clawback')], { description: "clawback: refunded in full after its own statement closed, taken back in this one" }),
});

const lineDto = (l: StatementLineRow) => ({
  campaignId: l.campaign_id,
  campaignName: l.campaign_name,
  merchantId: l.merchant_id,
  merchantName: l.merchant_name,
  payments: l.payments,
  ticketFen: Number(l.ticket_fen),
  chargedFen: Number(l.charged_fen),
  subsidyFen: Number(l.subsidy_fen),
  clawbacks: l.clawbacks,
  clawbackFen: Number(l.clawback_fen),
  owedFen: Number(l.subsidy_fen) - Number(l.clawback_fen),
});
const dayDto = (d: StatementDayRow) => ({
  day: d.day,
  closedAt: d.closed_at.toISOString(),
  payments: d.payments,
  subsidyFen: Number(d.subsidy_fen),
  clawbackFen: Number(d.clawback_fen),
  owedFen: Number(d.subsidy_fen) - Number(d.clawback_fen),
});
const csvColumns: CsvColumn<ReturnType<typeof lineDto>>[] = [
  ['campaign_id', (l) => l.campaignId],
  ['campaign_name', (l) => l.campaignName],
  ['merchant_id', (l) => l.merchantId],
  ['merchant_name', (l) => l.merchantName],
  ['payments', (l) => l.payments],
  ['ticket_fen', (l) => l.ticketFen],
  ['charged_fen', (l) => l.chargedFen],
  ['subsidy_fen', (l) => l.subsidyFen],
  ['clawbacks', (l) => l.clawbacks],
  ['clawback_fen', (l) => l.clawbackFen],
  ['owed_fen', (l) => l.owedFen],
];

export async function statementRoutes(fastify: FastifyInstance, options: { service: DiscountService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { service } = options;

  app.get(
    '/api/discount-statements',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: "Closed days of the bank's discount statements, newest first", querystring: Type.Object({ from: Day, to: Day }, { additionalProperties: false }), response: { 200: Type.Array(DaySchema) } },
    },
    async (request) => (await service.statementDays(request.user.tenantId, request.query.from, request.query.to)).map(dayDto),
  );

  app.get(
    '/api/discount-statements/:day',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: 'One closed day: per campaign and merchant, the payments, tickets, what customers paid, the subsidy, the claw-backs and what the bank owes (JSON or CSV)',
        params: DayParams,
        querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])) }, { additionalProperties: false }),
        response: { 200: jsonOrCsv(StatementSchema) },
      },
    },
    async (request, reply) => {
      const statement = await service.statement(request.user.tenantId, request.params.day);
      const lines = statement.lines.map(lineDto);
      if (wantsCsv(request, request.query.format)) return sendCsv(reply, `discount-statement-${statement.day}.csv`, toCsv(csvColumns, lines));
      return { ...dayDto(statement), lines };
    },
  );

  app.get(
    '/api/discount-statements/:day/payments',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: 'The payments behind a closed day, optionally of one campaign and one merchant',
        params: DayParams,
        querystring: Type.Object({ campaignId: Type.Optional(Type.String({ format: 'uuid' })), merchantId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false }),
        response: { 200: Type.Array(PaymentSchema) },
      },
    },
    async (request) =>
      (await service.statementPayments(request.user.tenantId, request.params.day, request.query)).map((p) => ({
        transactionId: p.transaction_id,
        orderNo: p.order_no,
        deviceId: p.device_id,
        campaignId: p.campaign_id,
        merchantId: p.merchant_id,
        day: p.day,
        ticketFen: Number(p.ticket_fen),
        chargedFen: Number(p.ticket_fen) - Number(p.discount_fen),
        discountFen: Number(p.discount_fen),
        paidAt: p.paid_at?.toISOString() ?? null,
        kind: p.kind,
      })),
  );
}
