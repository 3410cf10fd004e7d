// GET /api/ad-revenue/statements?month=YYYY-MM: the month's ad revenue and its
// split, one line per merchant, JSON or CSV. Operators only (not advertisers).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { jsonOrCsv, sendCsv, toCsv, wantsCsv, type CsvColumn } from '../platform/csv-export.js';
import { buildStatement, type Statement, type StatementLine } from './monthly-statement.js';
import { fen, statementFigures } from './statement-figures.js';
import { bookingUnits, merchantNames } from './revenue-sql.js';
import { overrides, tenantShares } from './share-sql.js';

const Fen = Type.Integer({ description: 'fen (1/100 CNY)' });
const Bp = Type.Integer();
const StatementSchema = Type.Object({
  month: Type.String(),
  currency: Type.Literal('CNY'),
  totalFen: Fen,
  operatorFen: Fen,
  bankFen: Fen,
  merchantsFen: Fen,
  lines: Type.Array(
    Type.Object({
      merchantId: Type.Union([Type.String(), Type.Null()], { description: 'null: screens with no merchant' }),
      merchantName: Type.Union([Type.String(), Type.Null()]),
      completedPlays: Type.Integer(),
      revenueFen: Fen,
      operatorFen: Fen,
      bankFen: Fen,
      merchantFen: Fen,
      operatorShareBp: Bp,
      bankShareBp: Bp,
      merchantShareBp: Bp,
      sharesSource: Type.Union([Type.Literal('override'), Type.Literal('tenant')]),
    }),
  ),
  bookings: Type.Array(
    Type.Object({
      bookingId: Type.String(),
      name: Type.String(),
      pricing: Type.Union([Type.Literal('cpm'), Type.Literal('slot_day')]),
      revenueFen: Fen,
      earnedToDateFen: Fen,
      budgetFen: Type.Union([Fen, Type.Null()]),
      budgetReached: Type.Boolean(),
    }),
  ),
});

const StatementQuery = Type.Object({
  month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', examples: ['2025-03'] }),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
});

const csvColumns: CsvColumn<StatementLine>[] = [
  ['merchant_id', (l) => l.merchantId],
  ['merchant_name', (l) => l.merchantName],
  ['completed_plays', (l) => fen(l.completedPlays)],
  ['revenue_fen', (l) => fen(l.revenueFen)],
  ['operator_share_bp', (l) => (l.merchantId === 'total' ? null : l.shares.operatorShareBp)],
  ['bank_share_bp', (l) => (l.merchantId === 'total' ? null : l.shares.bankShareBp)],
  ['merchant_share_bp', (l) => (l.merchantId === 'total' ? null : l.shares.merchantShareBp)],
  ['operator_fen', (l) => fen(l.operatorFen)],
  ['bank_fen', (l) => fen(l.bankFen)],
  ['merchant_fen', (l) => fen(l.merchantFen)],
];

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const toDto = (month: string, s: Statement) => ({ month, ...statementFigures(s) });


export async function statementRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/ad-revenue/statements',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags: ['ad revenue'],
        security: [{ bearer: [] }],
        summary: "A month's ad revenue from the proofs of play: total, the operator's and bank's shares, one line per merchant (JSON or CSV)",
        querystring: StatementQuery,
        response: { 200: jsonOrCsv(StatementSchema) },
      },
    },
    async (request, reply) => {
      const { tenantId } = request.user;
      const { month, format } = request.query;
      const units = await bookingUnits(app.db, tenantId, `${month}-01`, nextMonth(month));
      const merchantIds = [...new Set(units.map((u) => u.merchantId).filter((id): id is string => id !== null))];
      const statement = buildStatement(units, await tenantShares(app.db, tenantId), await overrides(app.db, tenantId), await merchantNames(app.db, tenantId, merchantIds));
      if (wantsCsv(request, format)) {
        const total: StatementLine = {
          merchantId: 'total',
          merchantName: null,
          completedPlays: statement.lines.reduce((a, l) => a + l.completedPlays, 0n),
          revenueFen: statement.totalFen,
          operatorFen: statement.operatorFen,
          bankFen: statement.bankFen,
          merchantFen: statement.merchantsFen,
          shares: { operatorShareBp: 0, bankShareBp: 0, merchantShareBp: 0, source: 'tenant' },
        };
        return sendCsv(reply, `ad-statement-${month}.csv`, toCsv(csvColumns, [...statement.lines, total]));
      }
      return toDto(month, statement);
    },
  );
}
