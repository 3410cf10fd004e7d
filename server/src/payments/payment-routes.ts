// HTTP routes of the payments domain: transactions with their event history.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { findTransaction, listTransactionEvents, listTransactions, type TransactionFilter as PaymentFilter, type TransactionRow } from './payment-sql.js';

const StateSchema = Type.Union(['received', 'sent', 'paying', 'unknown', 'cancelling', 'succeeded', 'failed', 'cancelled'].map((s) => Type.Literal(s)));

const TransactionSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  tenantId: Type.String({ format: 'uuid' }),
  merchantId: Type.String({ format: 'uuid' }),
  deviceId: Type.String(),
  orderNo: Type.String(),
  amountFen: Type.Integer({ description: 'integer fen' }),
  currency: Type.String(),
  channel: Type.String(),
  authCodeMasked: Type.String(),
  state: StateSchema,
  acquirerTradeNo: Type.Union([Type.String(), Type.Null()]),
  failureReason: Type.Union([Type.String(), Type.Null()]),
  paidAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const EventSchema = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  fromState: Type.Union([Type.String(), Type.Null()]),
  toState: Type.String(),
  detail: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
});

const TransactionFilter = Type.Object(
  { deviceId: Type.Optional(Type.String()), merchantId: Type.Optional(Type.String({ format: 'uuid' })), state: Type.Optional(StateSchema), orderNo: Type.Optional(Type.String()) },
  { additionalProperties: false },
);

function toDto(row: TransactionRow): Static<typeof TransactionSchema> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    merchantId: row.merchant_id,
    deviceId: row.device_id,
    orderNo: row.order_no,
    amountFen: row.amount_fen,
    currency: row.currency,
    channel: row.channel,
    authCodeMasked: row.auth_code_masked,
    state: row.state,
    acquirerTradeNo: row.acquirer_trade_no,
    failureReason: row.failure_reason,
    paidAt: row.paid_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const listSpec = {
  sortable: { createdAt: 'created_at', amountFen: 'amount_fen', state: 'state', updatedAt: 'updated_at' },
  defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'],
  tieBreaker: 'id',
};

export async function paymentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['payments'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/transactions',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'List transactions', description: 'filter keys: deviceId, merchantId, state, orderNo', querystring: ListQuerystring, response: { 200: Type.Array(TransactionSchema) } },
    },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
      if (!Value.Check(TransactionFilter, page.filter)) throw new BadRequestError('filter keys: deviceId, merchantId, state, orderNo');
      const { rows, total } = await listTransactions(app.db, request.user.tenantId, page.filter as PaymentFilter, page);
      return withContentRange(reply, 'transactions', rows.map(toDto), page.offset, total);
    },
  );

  app.get(
    '/api/transactions/:id',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'One transaction with its state history', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: Type.Composite([TransactionSchema, Type.Object({ events: Type.Array(EventSchema) })]) } },
    },
    async (request) => {
      const row = await findTransaction(app.db, request.user.tenantId, request.params.id);
      if (!row) throw new NotFoundError('transaction');
      const events = await listTransactionEvents(app.db, request.user.tenantId, row.id);
      return { ...toDto(row), events: events.map((e) => ({ id: e.id, at: e.at.toISOString(), fromState: e.from_state, toState: e.to_state, detail: e.detail })) };
    },
  );
}
