// HTTP routes of the payments domain: transactions with their event history, and refunds.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { dailySummary, findTransaction, listTransactionEvents, listTransactions, paymentSummarySince, type TransactionFilter as PaymentFilter } from './payment-report-sql.js';
import type { TransactionRow } from './payment-sql.js';
import type { RefundService } from './refund-service.js';
import { listRefunds, type RefundRow } from './refund-sql.js';

const StateSchema = Type.Union(
  ['received', 'sent', 'paying', 'unknown', 'cancelling', 'succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention'].map((s) => Type.Literal(s)),
  { description: 'needs_attention: final; the acquirer\'s rules could not settle it (failureReason says why) and a person must, with the acquirer; an alert is open' },
);

const TransactionSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  tenantId: Type.String({ format: 'uuid' }),
  merchantId: Type.String({ format: 'uuid' }),
  deviceId: Type.String(),
  orderNo: Type.String({ description: "the screen's order number: unique for that screen only" }),
  acquirerOrderNo: Type.String({ description: 'the number the acquirer knows this payment by (out_trade_no), unique for all time; on bills and in every call to the acquirer' }),
  amountFen: Type.Integer({ description: 'integer fen' }),
  currency: Type.String(),
  channel: Type.String(),
  authCodeMasked: Type.String(),
  mode: Type.Union([Type.Literal('barcode'), Type.Literal('qr')]),
  state: StateSchema,
  acquirerTradeNo: Type.Union([Type.String(), Type.Null()]),
  failureReason: Type.Union([Type.String(), Type.Null()]),
  paidAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  refundedFen: Type.Integer(),
  ticketFen: Type.Union([Type.Integer(), Type.Null()], { description: 'with a bank-funded instant discount: the ticket the screen asked for (amountFen is what the customer was charged); null without one' }),
  discountFen: Type.Integer({ description: 'what the bank pays the merchant for this payment; 0 without a discount' }),
  discountName: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const RefundSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  transactionId: Type.String({ format: 'uuid' }),
  refundNo: Type.String(),
  acquirerRefundNo: Type.String({ description: 'the number the acquirer knows this refund by (out_request_no / out_refund_no)' }),
  amountFen: Type.Integer(),
  reason: Type.String(),
  state: Type.Union(['requested', 'succeeded', 'failed', 'unknown', 'needs_attention'].map((s) => Type.Literal(s))),
  failureReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const RefundBody = Type.Object(
  {
    amountFen: Type.Integer({ minimum: 1, description: 'integer fen; at most what is left to refund' }),
    refundNo: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'idempotency key: sending the same refundNo again returns the same refund' })),
    reason: Type.Optional(Type.String({ maxLength: 256 })),
  },
  { additionalProperties: false },
);

function toRefundDto(row: RefundRow): Static<typeof RefundSchema> {
  return {
    id: row.id,
    transactionId: row.transaction_id,
    refundNo: row.refund_no,
    acquirerRefundNo: row.acquirer_refund_no,
    amountFen: row.amount_fen,
    reason: row.reason,
    state: row.state,
    failureReason: row.failure_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const EventSchema = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  fromState: Type.Union([Type.String(), Type.Null()]),
  toState: Type.String(),
  detail: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
});

const TransactionFilter = Type.Object(
  {
    deviceId: Type.Optional(Type.String()),
    merchantId: Type.Optional(Type.String({ format: 'uuid' })),
    state: Type.Optional(StateSchema),
    orderNo: Type.Optional(Type.String()),
    acquirerOrderNo: Type.Optional(Type.String()),
    channel: Type.Optional(Type.Union([Type.Literal('alipay'), Type.Literal('wechat'), Type.Literal('unionpay')])),
    createdFrom: Type.Optional(Type.String({ format: 'date-time' })),
    createdTo: Type.Optional(Type.String({ format: 'date-time' })),
    minAmountFen: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
    maxAmountFen: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
  },
  { additionalProperties: false },
);

function toDto(row: TransactionRow): Static<typeof TransactionSchema> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    merchantId: row.merchant_id,
    deviceId: row.device_id,
    orderNo: row.order_no,
    acquirerOrderNo: row.acquirer_order_no,
    amountFen: row.amount_fen,
    currency: row.currency,
    channel: row.channel,
    authCodeMasked: row.auth_code_masked,
    mode: row.mode,
    state: row.state,
    acquirerTradeNo: row.acquirer_trade_no,
    failureReason: row.failure_reason,
    paidAt: row.paid_at?.toISOString() ?? null,
    refundedFen: row.refunded_fen,
    ticketFen: row.ticket_fen,
    discountFen: row.discount_fen,
    discountName: row.discount_name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const listSpec = {
  sortable: { createdAt: 'created_at', amountFen: 'amount_fen', state: 'state', updatedAt: 'updated_at' },
  defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'],
  tieBreaker: 'id',
};

const Day = Type.String({ format: 'date', description: 'a day in China Standard Time, YYYY-MM-DD' });

const DailySummarySchema = Type.Object({
  day: Type.String(),
  payments: Type.Integer({ description: 'attempts that reached the hub' }),
  succeeded: Type.Integer(),
  successRate: Type.Number({ description: 'succeeded / payments' }),
  grossFen: Type.Integer({ description: 'amount of succeeded payments' }),
  refundedFen: Type.Integer(),
  netFen: Type.Integer(),
});

export async function paymentRoutes(fastify: FastifyInstance, options: { refunds: RefundService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['payments'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/merchants/:id/daily-summary',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: 'Per-day payments, amount and success rate of one merchant (China Standard Time days)',
        params: IdParams,
        querystring: Type.Object({ from: Day, to: Day }),
        response: { 200: Type.Array(DailySummarySchema) },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      if (to < from) throw new BadRequestError('to is before from');
      if (Date.parse(to) - Date.parse(from) > 366 * 86_400_000) throw new BadRequestError('at most 366 days at once');
      const rows = await dailySummary(app.db, request.user.tenantId, request.params.id, from, to);
      return rows.map((r) => ({
        day: r.day,
        payments: r.payments,
        succeeded: r.succeeded,
        successRate: r.payments === 0 ? 0 : Math.round((r.succeeded / r.payments) * 10_000) / 10_000,
        grossFen: r.gross_fen,
        refundedFen: r.refunded_fen,
        netFen: r.gross_fen - r.refunded_fen,
      }));
    },
  );

  app.get(
    '/api/transactions',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'List transactions', description: 'filter keys: deviceId, merchantId, state, orderNo, acquirerOrderNo, channel, createdFrom and createdTo (created in [from, to)), minAmountFen and maxAmountFen (inclusive)', querystring: ListQuerystring, response: { 200: Type.Array(TransactionSchema) } },
    },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
      checkFilter(TransactionFilter, page.filter);
      const { rows, total } = await listTransactions(app.db, request.user.tenantId, page.filter as PaymentFilter, page);
      return withContentRange(reply, 'transactions', rows.map(toDto), page.offset, total);
    },
  );

  const ChannelSummarySchema = Type.Object({
    channel: Type.String({ description: 'the acquirer: alipay, wechat' }),
    payments: Type.Integer(),
    succeeded: Type.Integer({ description: 'refunded ones included' }),
    successRate: Type.Number({ description: '0..1' }),
    amountFen: Type.Integer({ description: 'integer fen, succeeded payments' }),
  });
  app.get(
    '/api/transactions/summary',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: "The tenant's payments since a moment, per channel (the console's dashboard)",
        querystring: Type.Object({ since: Type.String({ format: 'date-time', description: 'inclusive; e.g. the start of today' }) }),
        response: { 200: Type.Object({ since: Type.String({ format: 'date-time' }), payments: Type.Integer(), succeeded: Type.Integer(), amountFen: Type.Integer(), byChannel: Type.Array(ChannelSummarySchema) }) },
      },
    },
    async (request) => {
      const since = new Date(request.query.since);
      const rows = await paymentSummarySince(app.db, request.user.tenantId, since);
      const rate = (succeeded: number, payments: number) => (payments === 0 ? 0 : Math.round((succeeded / payments) * 10_000) / 10_000);
      const byChannel = rows.map((r) => ({ channel: r.channel, payments: r.payments, succeeded: r.succeeded, successRate: rate(r.succeeded, r.payments), amountFen: r.amount_fen }));
      return {
        since: since.toISOString(),
        payments: byChannel.reduce((n, r) => n + r.payments, 0),
        succeeded: byChannel.reduce((n, r) => n + r.succeeded, 0),
        amountFen: byChannel.reduce((n, r) => n + r.amountFen, 0),
        byChannel,
      };
    },
  );

  app.get(
    '/api/transactions/:id',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'One transaction with its state history', params: IdParams, response: { 200: Type.Composite([TransactionSchema, Type.Object({ events: Type.Array(EventSchema), refunds: Type.Array(RefundSchema) })]) } },
    },
    async (request) => {
      const row = await findTransaction(app.db, request.user.tenantId, request.params.id);
      if (!row) throw new NotFoundError('transaction');
      const [events, refunds] = await Promise.all([listTransactionEvents(app.db, request.user.tenantId, row.id), listRefunds(app.db, request.user.tenantId, row.id)]);
      return {
        ...toDto(row),
        events: events.map((e) => ({ id: e.id, at: e.at.toISOString(), fromState: e.from_state, toState: e.to_state, detail: e.detail })),
        refunds: refunds.map(toRefundDto),
      };
    },
  );

  app.post(
    '/api/transactions/:id/refunds',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags,
        security,
        summary: 'Refund all or part of a succeeded payment',
        description: '201 for a new refund, 200 when refundNo repeats an earlier one; the refund state is the acquirer\'s answer (unknown answers are retried by the hub).',
        params: IdParams,
        body: RefundBody,
        response: { 200: RefundSchema, 201: RefundSchema },
      },
    },
    async (request, reply) => {
      const { refund, created } = await options.refunds.refund(request.user, request.params.id, request.body);
      reply.status(created ? 201 : 200);
      return toRefundDto(refund);
    },
  );
}
