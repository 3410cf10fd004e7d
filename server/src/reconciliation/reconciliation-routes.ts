// HTTP of reconciliation: an operator reconciles a day by hand, lists a
// merchant's reports and daily runs, reads one report with every mismatch.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { findMerchant } from '../merchants/index.js';
import { BadRequestError, ConflictError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { findReport, listReports, type ItemRow, type ReconciliationRow } from './reconciliation-sql.js';
import { listRuns, type RunRow } from './reconciliation-run-sql.js';
import type { ReconciliationService } from './reconciliation-service.js';
import { Nullable } from '../platform/nullable-schema.js';

const ReportSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  merchantId: Type.String({ format: 'uuid' }),
  date: Type.String(),
  matched: Type.Integer(),
  mismatched: Type.Integer(),
  scheduled: Type.Boolean({ description: 'made by the daily run (false: an operator asked)' }),
  createdAt: Type.String({ format: 'date-time' }),
});
const ItemSchema = Type.Object({
  kind: Type.String({ description: 'only_at_acquirer, only_at_hub, amount_differs, state_differs, unreadable_line, summary_differs' }),
  lineType: Type.String({ description: 'payment, refund, file' }),
  orderNo: Nullable(Type.String({ description: "the hub's acquirer order number (out_trade_no)" })),
  refundNo: Nullable(Type.String({ description: "the hub's acquirer refund number" })),
  hubAmountFen: Nullable(Type.Integer()),
  acquirerAmountFen: Nullable(Type.Integer()),
  hubState: Nullable(Type.String()),
  detail: Nullable(Type.String()),
});
const ReportWithItems = Type.Composite([ReportSchema, Type.Object({ items: Type.Array(ItemSchema) })]);
const RunSchema = Type.Object({
  date: Type.String(),
  state: Type.String({ description: 'running, waiting (the bill is not out yet: tried again at nextAttemptAt), done, abandoned (alert raised)' }),
  attempts: Type.Integer(),
  nextAttemptAt: Type.String({ format: 'date-time' }),
  lastError: Nullable(Type.String()),
  reconciliationId: Nullable(Type.String({ format: 'uuid' })),
});

const toReport = (r: ReconciliationRow) => ({
  id: r.id,
  merchantId: r.merchant_id,
  date: r.bill_date,
  matched: r.matched,
  mismatched: r.mismatched,
  scheduled: r.requested_by === null,
  createdAt: r.created_at.toISOString(),
});
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
const toRun = (r: RunRow) => ({
  date: r.bill_date,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at.toISOString(),
  lastError: r.last_error,
  reconciliationId: r.reconciliation_id,
});

export async function reconciliationRoutes(fastify: FastifyInstance, options: { service: ReconciliationService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { service } = options;
  const tags = ['reconciliation'];
  const security = [{ bearer: [] }];

  app.post(
    '/api/merchants/:id/reconciliations',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags,
        security,
        summary: "Reconcile one day (China Standard Time) of a merchant against its acquirer's bill",
        description: '409 while the acquirer has not published that day\'s bill yet (Alipay from 09:00, WeChat Pay from 10:00 the next day).',
        params: IdParams,
        body: Type.Object({ date: Type.String({ format: 'date' }) }, { additionalProperties: false }),
        response: { 201: ReportWithItems },
      },
    },
    async (request, reply) => {
      const merchant = await findMerchant(app.db, request.user.tenantId, request.params.id);
      if (!merchant) throw new NotFoundError('merchant');
      const day = request.body.date;
      let saved: Awaited<ReturnType<ReconciliationService['reportFor']>>;
      try {
        saved = await service.reportFor({ id: merchant.id, tenantId: merchant.tenant_id }, day, request.user.id);
      } catch (err) {
        throw new BadRequestError(`the acquirer's bill for ${day} could not be had: ${(err as Error).message}`);
      }
      if ('kind' in saved) throw new ConflictError(`the acquirer has not published the bill for ${day} yet: ${saved.reason}`);
      const full = (await findReport(app.db, request.user.tenantId, saved.id))!;
      reply.status(201);
      return { ...toReport(full.report), items: full.items.map(toItem) };
    },
  );

  app.get(
    '/api/merchants/:id/reconciliations',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Reconciliation reports of a merchant, newest day first', params: IdParams, querystring: ListQuerystring, response: { 200: Type.Array(ReportSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { date: 'bill_date' }, defaultSort: ['date', 'DESC'], tieBreaker: 'id' });
      const { rows, total } = await listReports(app.db, request.user.tenantId, request.params.id, page);
      return withContentRange(reply, 'reconciliations', rows.map(toReport), page.offset, total);
    },
  );

  app.get(
    '/api/merchants/:id/reconciliation-runs',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: "The daily runs of a merchant's last 62 days, newest first: which are done, waiting for the bill, or abandoned", params: IdParams, response: { 200: Type.Array(RunSchema) } },
    },
    async (request) => (await listRuns(app.db, request.user.tenantId, request.params.id, 62)).map(toRun),
  );

  app.get(
    '/api/reconciliations/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One report with every mismatch', params: IdParams, response: { 200: ReportWithItems } } },
    async (request) => {
      const found = await findReport(app.db, request.user.tenantId, request.params.id);
      if (!found) throw new NotFoundError('reconciliation');
      return { ...toReport(found.report), items: found.items.map(toItem) };
    },
  );
}
