// What a merchant's webhook receives for a payment that ended and for a
// refund, as schemas (the OpenAPI document's `webhooks`, index.ts) and as the
// functions that build them, typed by those schemas so the two cannot differ.
import { Type, type Static } from '@sinclair/typebox';
import type { TransactionRow } from './payment-sql.js';
import { Nullable } from '../platform/nullable-schema.js';


export const PaymentWebhookSchema = Type.Object(
  {
    transactionId: Type.String({ format: 'uuid' }),
    orderNo: Type.String({ description: "the screen's order number" }),
    acquirerOrderNo: Type.String({ description: 'the order number the acquirer knows' }),
    deviceId: Type.String(),
    amountFen: Type.Integer({ description: 'charged at the acquirer, fen (the ticket less any discount)' }),
    ticketFen: Type.Union([Type.Integer(), Type.Null()], { description: 'the ticket the screen asked for when a bank discount applied; null without one' }),
    discountFen: Type.Integer({ description: "the bank's instant discount, fen; 0 without one" }),
    refundedFen: Type.Integer(),
    currency: Type.String(),
    channel: Type.String({ description: 'alipay, wechat or unionpay' }),
    state: Type.String({ description: 'succeeded, failed, cancelled, refunded or needs_attention' }),
    acquirerTradeNo: Nullable(Type.String()),
    failureReason: Nullable(Type.String()),
    paidAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

export const RefundWebhookSchema = Type.Object(
  {
    refundId: Type.String({ format: 'uuid' }),
    transactionId: Type.String({ format: 'uuid' }),
    refundNo: Type.String({ description: 'the idempotency key the refund was asked with' }),
    amountFen: Type.Integer(),
    state: Type.String({ description: 'succeeded, failed or needs_attention' }),
    failureReason: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

/** What a merchant's webhook receives for a payment that reached a final state. */
export function webhookPayloadFor(row: TransactionRow): Static<typeof PaymentWebhookSchema> {
  return {
    transactionId: row.id,
    orderNo: row.order_no,
    acquirerOrderNo: row.acquirer_order_no,
    deviceId: row.device_id,
    amountFen: row.amount_fen,
    ticketFen: row.ticket_fen,
    discountFen: row.discount_fen,
    refundedFen: row.refunded_fen,
    currency: row.currency,
    channel: row.channel,
    state: row.state,
    acquirerTradeNo: row.acquirer_trade_no,
    failureReason: row.failure_reason,
    paidAt: row.paid_at?.toISOString() ?? null,
  };
}

/** What a merchant's webhook receives for a refund that reached a final state. */
export function refundWebhookPayload(row: { id: string; transaction_id: string; refund_no: string; amount_fen: number; state: string; failure_reason: string | null }): Static<typeof RefundWebhookSchema> {
  return { refundId: row.id, transactionId: row.transaction_id, refundNo: row.refund_no, amountFen: row.amount_fen, state: row.state, failureReason: row.failure_reason };
}
