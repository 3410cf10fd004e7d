// GET /api/ad-revenue/days: the closed daily statements of a period, and
// GET /api/ad-revenue/days/{day}: one, with its lines, as it was closed.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { findRevenueDay, listRevenueDays, type RevenueDayRow } from './daily-statement-sql.js';
import { fen } from './statement-figures.js';

const Day = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', examples: ['2026-12-01'] });
const Fen = Type.Integer({ description: 'fen (1/100 CNY)' });

const DaySummary = Type.Object({
  day: Type.String({ description: 'the day in the tenant\'s statement time zone (ad settings)' }),
  closedAt: Type.String({ format: 'date-time' }),
  totalFen: Fen,
  operatorFen: Fen,
  bankFen: Fen,
  merchantsFen: Fen,
  billedPlays: Type.Integer({ description: 'completed billable plays in this statement, late ones included' }),
  latePlays: Type.Integer({ description: 'plays of earlier days that arrived after their own day had closed (a screen offline for days)' }),
  unbilledPlays: Type.Integer({ description: 'plays of this statement kept but not billed (see the delivery report for why)' }),
});
const DayStatement = Type.Intersect([DaySummary, Type.Object({ statement: Type.Record(Type.String(), Type.Unknown(), { description: 'lines per merchant and per booking, as /api/ad-revenue/statements gives them for a month' }) })]);

const summary = (r: RevenueDayRow): Static<typeof DaySummary> => ({
  day: r.day,
  closedAt: r.closed_at.toISOString(),
  totalFen: fen(BigInt(r.total_fen)),
  operatorFen: fen(BigInt(r.operator_fen)),
  bankFen: fen(BigInt(r.bank_fen)),
  merchantsFen: fen(BigInt(r.merchants_fen)),
  billedPlays: r.billed_plays,
  latePlays: r.late_plays,
  unbilledPlays: r.unbilled_plays,
});

/** At most this many days in one list. */
const MAX_DAYS = 366;

export async function dailyStatementRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ad revenue'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/ad-revenue/days',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'Closed daily revenue statements from `from` to `to` (inclusive); a closed day never changes', querystring: Type.Object({ from: Day, to: Day }, { additionalProperties: false }), response: { 200: Type.Array(DaySummary) } },
    },
    async (request) => {
      const { from, to } = request.query;
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (!(span >= 0)) throw new BadRequestError('to: must not be before from');
      if (span >= MAX_DAYS) throw new BadRequestError(`to: at most ${MAX_DAYS} days after from`);
      return (await listRevenueDays(app.db, request.user.tenantId, from, to)).map(summary);
    },
  );

  app.get(
    '/api/ad-revenue/days/:day',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One closed daily statement with its lines', params: Type.Object({ day: Day }), response: { 200: DayStatement } } },
    async (request) => {
      const row = await findRevenueDay(app.db, request.user.tenantId, request.params.day);
      if (!row) throw new NotFoundError('closed statement');
      return { ...summary(row), statement: row.statement };
    },
  );
}
