// Reconciliation domain: fetch a merchant's daily statement from its acquirer,
// match it against the hub's ledger, keep the report with every difference.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { findMerchant } from '../merchants/merchant-sql.js';
import { parseTradeBill } from '../payments/connectors/alipay-bill.js';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { findReport, ledgerPayments, ledgerRefunds, listReports, saveReport, type ItemRow, type ReconciliationRow } from './reconciliation-sql.js';
import { matchStatement } from './statement-matcher.js';

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);
const ReportSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  merchantId: Type.String({ format: 'uuid' }),
  date: Type.String(),
  matched: Type.Integer(),
  mismatched: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
const ItemSchema = Type.Object({
  kind: Type.String({ description: 'only_at_acquirer, only_at_hub, amount_differs, state_differs, unreadable_line' }),
  lineType: Type.String({ description: 'payment, refund, file' }),
  orderNo: Nullable(Type.String()),
  refundNo: Nullable(Type.String()),
  hubAmountFen: Nullable(Type.Integer()),
  acquirerAmountFen: Nullable(Type.Integer()),
  hubState: Nullable(Type.String()),
  detail: Nullable(Type.String()),
});
const ReportWithItems = Type.Composite([ReportSchema, Type.Object({ items: Type.Array(ItemSchema) })]);

const toReport = (r: ReconciliationRow) => ({ id: r.id, merchantId: r.merchant_id, date: r.bill_date, matched: r.matched, mismatched: r.mismatched, createdAt: r.created_at.toISOString() });
const toItem = (i: ItemRow) => ({
  kind: i.kind,
  lineType: i.line_type,
  orderNo: i.order_no,
  refundNo: i.refund_no,
  hubAmountFen: i.hub_amount_fen,
  acquirerAmountFen: i.acquirer_amount_fen,
  hubState: i.hub_state,
  detail: i.detail,
});

export default async function reconciliationDomain(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['reconciliation'];
  const security = [{ bearer: [] }];
  const MerchantParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

  app.post(
    '/api/merchants/:id/reconciliations',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags,
        security,
        summary: 'Reconcile one day (China Standard Time) of a merchant against its acquirer\'s statement',
        params: MerchantParams,
        body: Type.Object({ date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) }, { additionalProperties: false }),
        response: { 201: ReportWithItems },
      },
    },
    async (request, reply) => {
      const merchant = await findMerchant(app.db, request.user.tenantId, request.params.id);
      if (!merchant) throw new NotFoundError('merchant');
      const connector = await app.payments.connectors.forMerchant(merchant.id);
      if (!connector) throw new NotFoundError('merchant');
      const day = request.body.date;
      let text: string;
      try {
        text = await connector.fetchStatement(day);
      } catch (err) {
        throw new BadRequestError(`the acquirer's statement for ${day} could not be fetched: ${(err as Error).message}`);
      }
      const [payments, refunds] = await Promise.all([ledgerPayments(app.db, merchant.id, day), ledgerRefunds(app.db, merchant.id, day)]);
      const { matched, items } = matchStatement(parseTradeBill(text), payments, refunds);
      const saved = await saveReport(app.db, { tenantId: merchant.tenant_id, merchantId: merchant.id, day, matched, items, requestedBy: request.user.id });
      const full = (await findReport(app.db, request.user.tenantId, saved.id))!;
      reply.status(201);
      return { ...toReport(full.report), items: full.items.map(toItem) };
    },
  );

  app.get(
    '/api/merchants/:id/reconciliations',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Reconciliation reports of a merchant, newest day first', params: MerchantParams, querystring: ListQuerystring, response: { 200: Type.Array(ReportSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { date: 'bill_date' }, defaultSort: ['date', 'DESC'], tieBreaker: 'id' });
      const { rows, total } = await listReports(app.db, request.user.tenantId, request.params.id, page);
      return withContentRange(reply, 'reconciliations', rows.map(toReport), page.offset, total);
    },
  );

  app.get(
    '/api/reconciliations/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One report with every mismatch', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: ReportWithItems } } },
    async (request) => {
      const found = await findReport(app.db, request.user.tenantId, request.params.id);
      if (!found) throw new NotFoundError('reconciliation');
      return { ...toReport(found.report), items: found.items.map(toItem) };
    },
  );
}
