// SQL of refunds. A new refund is checked and reserved inside one database
// transaction holding the payment's row lock, so two operators refunding at
// once cannot together give back more than was paid.
import type { Database, Queryable } from '../db/database.js';
import { acquirerText } from './acquirer-text.js';
import type { TransactionRow } from './payment-sql.js';

/** `needs_attention`: the acquirer's answer contradicted the refund asked for; final, a person settles it (migration 0025). */
export type RefundState = 'requested' | 'succeeded' | 'failed' | 'unknown' | 'needs_attention';

/** The payment's side of a refund: what the acquirer is asked about, and whom an alert concerns. */
export type RefundedPayment = Pick<TransactionRow, 'acquirer_order_no' | 'merchant_id' | 'currency' | 'device_id'> & {
  /** The order's total: WeChat wants it beside the part refunded. */
  payment_amount_fen: number;
};

export interface RefundRow {
  id: string;
  tenant_id: string;
  transaction_id: string;
  refund_no: string;
  /** The number the acquirer knows this refund by (out_request_no / out_refund_no); the hub's own, see migration 0021. */
  acquirer_refund_no: string;
  amount_fen: number;
  reason: string;
  state: RefundState;
  failure_reason: string | null;
  requested_by: string | null;
  created_at: Date;
  updated_at: Date;
}

const columns = 'id, tenant_id, transaction_id, refund_no, acquirer_refund_no, amount_fen, reason, state, failure_reason, requested_by, created_at, updated_at';

export type ReserveResult =
  | { kind: 'created' | 'existing'; refund: RefundRow; payment: TransactionRow }
  | { kind: 'not_found' }
  | { kind: 'not_refundable'; state: string }
  | { kind: 'exceeds'; refundableFen: number }
  | { kind: 'conflict' };

export async function reserveRefund(
  db: Database,
  values: { tenantId: string; transactionId: string; refundNo: string; amountFen: number; reason: string; requestedBy: string },
): Promise<ReserveResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<TransactionRow>('select * from transactions where tenant_id = $1 and id = $2 for update', [values.tenantId, values.transactionId]);
    const payment = rows[0];
    if (!payment) return { kind: 'not_found' };
    const existing = (await tx.query<RefundRow>(`select ${columns} from refunds where transaction_id = $1 and refund_no = $2`, [payment.id, values.refundNo])).rows[0];
    if (existing) return existing.amount_fen === values.amountFen ? { kind: 'existing', refund: existing, payment } : { kind: 'conflict' };
    if (payment.state !== 'succeeded') return { kind: 'not_refundable', state: payment.state };
    const { rows: reserved } = await tx.query<{ fen: number }>(
      `select coalesce(sum(amount_fen), 0)::bigint as fen from refunds where transaction_id = $1 and state <> 'failed'`,
      [payment.id],
    );
    const refundableFen = payment.amount_fen - (reserved[0]?.fen ?? 0);
    if (values.amountFen > refundableFen) return { kind: 'exceeds', refundableFen };
    const { rows: created } = await tx.query<RefundRow>(
      `insert into refunds (tenant_id, transaction_id, refund_no, amount_fen, reason, state, requested_by)
       values ($1, $2, $3, $4, $5, 'requested', $6) returning ${columns}`,
      [payment.tenant_id, payment.id, values.refundNo, values.amountFen, values.reason, values.requestedBy],
    );
    await tx.query(
      `insert into transaction_events (tenant_id, transaction_id, from_state, to_state, detail) values ($1, $2, $3, $3, $4::jsonb)`,
      [payment.tenant_id, payment.id, payment.state, JSON.stringify({ refundRequested: values.refundNo, amountFen: values.amountFen })],
    );
    return { kind: 'created', refund: created[0]!, payment };
  });
}

/**
 * Records the acquirer's answer; on success adds to the payment's refunded total (state `refunded` when all of it).
 * A `detail` is also written to the payment's history. `alsoInTransaction` runs in the same commit (the merchant's webhook).
 */
export async function settleRefund(
  db: Database,
  refund: RefundRow,
  answer: { to: Exclude<RefundState, 'requested'>; failureReason?: string; detail?: Record<string, unknown> },
  alsoInTransaction?: (tx: Queryable, settled: RefundRow) => Promise<void>,
): Promise<RefundRow | undefined> {
  const { to } = answer;
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<RefundRow>(
      `update refunds set state = $2, failure_reason = $3, updated_at = now() where id = $1 and state in ('requested', 'unknown') returning ${columns}`,
      [refund.id, to, answer.failureReason === undefined ? null : acquirerText(answer.failureReason)],
    );
    const settled = rows[0];
    if (settled && answer.detail) {
      await tx.query(
        `insert into transaction_events (tenant_id, transaction_id, from_state, to_state, detail)
         select tenant_id, id, state, state, $2::jsonb from transactions where id = $1`,
        [refund.transaction_id, JSON.stringify({ refund: refund.refund_no, refundState: to, ...answer.detail })],
      );
    }
    if (settled && alsoInTransaction) await alsoInTransaction(tx, settled);
    if (!settled || to !== 'succeeded') return settled;
    const { rows: payments } = await tx.query<{ state: string; previous: string }>(
      `update transactions t set refunded_fen = t.refunded_fen + $2,
         state = case when t.refunded_fen + $2 = t.amount_fen then 'refunded' else t.state end, updated_at = now()
       from (select state as previous from transactions where id = $1) p
       where t.id = $1 returning t.state, p.previous`,
      [refund.transaction_id, refund.amount_fen],
    );
    const payment = payments[0]!;
    await tx.query(
      `insert into transaction_events (tenant_id, transaction_id, from_state, to_state, detail) values ($1, $2, $3, $4, $5::jsonb)`,
      [refund.tenant_id, refund.transaction_id, payment.previous, payment.state, JSON.stringify({ refunded: refund.refund_no, amountFen: refund.amount_fen })],
    );
    return settled;
  });
}

export async function listRefunds(db: Queryable, tenantId: string, transactionId: string): Promise<RefundRow[]> {
  const { rows } = await db.query<RefundRow>(`select ${columns} from refunds where tenant_id = $1 and transaction_id = $2 order by created_at, id`, [tenantId, transactionId]);
  return rows;
}

export async function findUnsettledRefunds(db: Queryable, olderThanMs: number, limit: number): Promise<Array<RefundRow & RefundedPayment>> {
  const { rows } = await db.query<RefundRow & RefundedPayment>(
    `select r.id, r.tenant_id, r.transaction_id, r.refund_no, r.acquirer_refund_no, r.amount_fen, r.reason, r.state, r.failure_reason, r.requested_by, r.created_at, r.updated_at,
            t.acquirer_order_no, t.merchant_id, t.currency, t.device_id, t.amount_fen as payment_amount_fen
     from refunds r join transactions t on t.id = r.transaction_id
     where r.state in ('requested', 'unknown') and r.updated_at < now() - ($1::int * interval '1 millisecond')
     order by r.updated_at limit $2`,
    [olderThanMs, limit],
  );
  return rows;
}
