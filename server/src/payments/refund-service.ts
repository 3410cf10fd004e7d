// Refunds from the API: reserve (checked against what is left to refund), ask
// the acquirer with the refund's own idempotency key, record the answer. An
// unknown answer is retried by the sweeper with the same key, which the
// acquirer treats as the same refund: money goes back once.
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { ConflictError, NotFoundError } from '../platform/errors.js';
import type { ConnectorRegistry } from './connectors/connector-registry.js';
import { enqueueDelivery } from '../webhooks/webhook-sql.js';
import type { TransactionRow } from './payment-sql.js';
import { findUnsettledRefunds, reserveRefund, settleRefund, type RefundRow } from './refund-sql.js';

/** What the acquirer needs of the payment a refund gives money back from. */
interface RefundedPayment {
  acquirerOrderNo: string;
  merchantId: string;
  /** The order's total (WeChat Pay's total_fee), not the refund's amount. */
  totalFen: number;
}

const paymentOf = (row: TransactionRow): RefundedPayment => ({ acquirerOrderNo: row.acquirer_order_no, merchantId: row.merchant_id, totalFen: row.amount_fen });

export class RefundService {
  constructor(
    private readonly db: Database,
    private readonly connectors: ConnectorRegistry,
    private readonly logger: FastifyBaseLogger,
  ) {}

  async refund(actor: { id: string; tenantId: string }, transactionId: string, input: { amountFen: number; refundNo?: string; reason?: string }): Promise<{ refund: RefundRow; created: boolean }> {
    const reserved = await reserveRefund(this.db, {
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
          return { refund: await this.drive(reserved.refund, paymentOf(reserved.payment)), created: false };
        }
        return { refund: reserved.refund, created: false };
      case 'created':
        return { refund: await this.drive(reserved.refund, paymentOf(reserved.payment)), created: true };
    }
  }

  /** Retries refunds whose answer is not known yet (called by the sweeper). */
  async recover(olderThanMs: number): Promise<void> {
    for (const refund of await findUnsettledRefunds(this.db, olderThanMs, 200)) {
      await this.drive(refund, { acquirerOrderNo: refund.acquirer_order_no, merchantId: refund.merchant_id, totalFen: refund.payment_amount_fen });
    }
  }

  private async drive(refund: RefundRow, payment: RefundedPayment): Promise<RefundRow> {
    const { merchantId } = payment;
    const connector = await this.connectors.forMerchant(merchantId);
    if (!connector) return refund;
    const outcome = await connector.refund({ orderNo: payment.acquirerOrderNo, refundNo: refund.acquirer_refund_no, amountFen: refund.amount_fen, totalFen: payment.totalFen, reason: refund.reason });
    // The answer and the merchant's webhook in one commit.
    const settled = await settleRefund(this.db, refund, outcome.kind, outcome.kind === 'succeeded' ? undefined : outcome.reason, async (tx, row) => {
      if (row.state === 'unknown') return;
      const payload = { refundId: row.id, transactionId: row.transaction_id, refundNo: row.refund_no, amountFen: row.amount_fen, state: row.state, failureReason: row.failure_reason };
      await enqueueDelivery(tx, { merchantId, transactionId: row.transaction_id, event: `refund.${row.state}`, payload });
    });
    this.logger.info({ txId: refund.transaction_id, refundNo: refund.refund_no, state: outcome.kind }, 'refund answered');
    return settled ?? refund;
  }
}
