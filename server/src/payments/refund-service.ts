// Refunds from the API: reserve (checked against what is left to refund), ask
// the acquirer with the refund's own idempotency key, record the answer. An
// unknown answer is retried by the sweeper with the same key, which the
// acquirer treats as the same refund: money goes back once. An answer about
// another order, refund or amount is not believed; since a retry would only
// return the same stored answer, the refund goes to `needs_attention` with an alert.
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { alertPayload, raisePaymentAlert } from '../alerts/index.js';
import { ConflictError, NotFoundError } from '../platform/errors.js';
import type { HubEvents } from '../platform/hub-events.js';
import type { AnswerAudit } from './answer-audit.js';
import type { RefundOutcome } from './connectors/acquirer-connector.js';
import type { ConnectorRegistry } from './connectors/connector-registry.js';
import { enqueueDelivery } from '../webhooks/index.js';
import { findUnsettledRefunds, reserveRefund, settleRefund, type RefundedPayment, type RefundRow, type RefundState } from './refund-sql.js';
import type { TransactionRow } from './payment-sql.js';
import { refundWebhookPayload } from './webhook-payloads.js';

export interface RefundServiceOptions {
  db: Database;
  connectors: ConnectorRegistry;
  logger: FastifyBaseLogger;
  answers: AnswerAudit;
  events?: HubEvents;
}

export class RefundService {
  constructor(private readonly options: RefundServiceOptions) {}

  async refund(actor: { id: string; tenantId: string }, transactionId: string, input: { amountFen: number; refundNo?: string; reason?: string }): Promise<{ refund: RefundRow; created: boolean }> {
    const reserved = await reserveRefund(this.options.db, {
      tenantId: actor.tenantId,
      transactionId,
      refundNo: input.refundNo ?? `R${randomBytes(9).toString('base64url')}`,
      amountFen: input.amountFen,
      reason: input.reason ?? '',
      requestedBy: actor.id,
    });
    switch (reserved.kind) {
      case 'not_found':
        throw new NotFoundError('transaction');
      case 'not_refundable':
        throw new ConflictError(`a ${reserved.state} payment cannot be refunded`);
      case 'exceeds':
        throw new ConflictError(`at most ${reserved.refundableFen} fen can still be refunded`);
      case 'conflict':
        throw new ConflictError('this refundNo was used for another amount');
      case 'existing':
        // A retry of the same refund: the stored answer, or one more try if it is still open.
        if (reserved.refund.state === 'requested' || reserved.refund.state === 'unknown') {
          return { refund: await this.drive(reserved.refund, refundedPayment(reserved.payment)), created: false };
        }
        return { refund: reserved.refund, created: false };
      case 'created':
        return { refund: await this.drive(reserved.refund, refundedPayment(reserved.payment)), created: true };
    }
  }

  /** Retries refunds whose answer is not known yet (called by the sweeper). */
  async recover(olderThanMs: number): Promise<void> {
    for (const refund of await findUnsettledRefunds(this.options.db, olderThanMs, 200)) {
      await this.drive(refund, refund);
    }
  }

  private async drive(refund: RefundRow, payment: RefundedPayment): Promise<RefundRow> {
    const { db, logger } = this.options;
    const connector = await this.options.connectors.forMerchant(payment.merchant_id);
    if (!connector) return refund;
    const command = { orderNo: payment.acquirer_order_no, refundNo: refund.acquirer_refund_no, amountFen: refund.amount_fen, totalFen: payment.payment_amount_fen, reason: refund.reason };
    const outcome = this.options.answers.believe(
      { channel: connector.channel, txId: refund.transaction_id, refundId: refund.id, call: 'refund' },
      { ...command, currency: payment.currency, account: connector.account },
      await connector.refund(command),
    );
    const answer = answerOf(outcome);
    let alert: Awaited<ReturnType<typeof raisePaymentAlert>>;
    // The answer, the merchant's webhook (and for a refund a person must settle, the tenant's alert) in one commit.
    const settled = await settleRefund(db, refund, answer, async (tx, row) => {
      if (row.state === 'unknown') return;
      await enqueueDelivery(tx, { merchantId: payment.merchant_id, transactionId: row.transaction_id, event: `refund.${row.state}`, payload: refundWebhookPayload(row) });
      if (row.state === 'needs_attention') alert = await raisePaymentAlert(tx, { tenant_id: row.tenant_id, device_id: payment.device_id, id: row.transaction_id, amount_fen: row.amount_fen });
    });
    if (alert) this.options.events?.publish(alert.tenant_id, 'alert.opened', alertPayload(alert));
    logger.info({ txId: refund.transaction_id, refundNo: refund.refund_no, state: answer.to }, 'refund answered');
    return settled ?? refund;
  }
}

/** How an outcome is recorded: a mismatch is final for the hub (a retry returns the same stored answer). */
function answerOf(outcome: RefundOutcome): { to: Exclude<RefundState, 'requested'>; failureReason?: string; detail?: Record<string, unknown> } {
  if (outcome.kind === 'succeeded') return { to: 'succeeded' };
  if (outcome.kind === 'unknown' && outcome.mismatches) return { to: 'needs_attention', failureReason: outcome.reason, detail: { reason: outcome.reason, mismatches: outcome.mismatches } };
  return { to: outcome.kind, failureReason: outcome.reason };
}

function refundedPayment(payment: TransactionRow): RefundedPayment {
  return { ...payment, payment_amount_fen: payment.amount_fen };
}
