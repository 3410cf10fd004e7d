// Matches an acquirer's statement against the hub's ledger for one merchant and
// day. Pure: no I/O, so every rule is easy to read and to test.
import type { Statement } from '../payments/index.js';
import type { LedgerPayment, LedgerRefund } from './reconciliation-sql.js';

export interface MismatchItem {
  kind: 'only_at_acquirer' | 'only_at_hub' | 'amount_differs' | 'state_differs' | 'unreadable_line' | 'summary_differs';
  lineType: 'payment' | 'refund' | 'file';
  orderNo?: string;
  refundNo?: string;
  hubAmountFen?: number;
  acquirerAmountFen?: number;
  hubState?: string;
  detail?: string;
}

const PAID = new Set(['succeeded', 'refunded']);

/**
 * Payments are matched by the hub's acquirer order number, refunds by order and refund number, each on the day the
 * acquirer lists it: a refund of an earlier day's payment is matched on its own day, without that payment.
 */
export function matchStatement(statement: Statement, payments: LedgerPayment[], refunds: LedgerRefund[]): { matched: number; items: MismatchItem[] } {
  const items: MismatchItem[] = statement.problems.map((p) => ({ kind: p.kind, lineType: 'file', detail: p.line > 0 ? `line ${p.line}: ${p.reason}` : p.reason }));
  let matched = 0;

  const hubPayments = new Map(payments.map((p) => [p.acquirer_order_no, p]));
  const seenPayments = new Set<string>();
  for (const line of statement.lines.filter((l) => l.kind === 'payment')) {
    seenPayments.add(line.orderNo);
    const hub = hubPayments.get(line.orderNo);
    const base = { lineType: 'payment' as const, orderNo: line.orderNo, acquirerAmountFen: line.amountFen };
    if (!hub) items.push({ ...base, kind: 'only_at_acquirer' });
    else if (!PAID.has(hub.state)) items.push({ ...base, kind: 'state_differs', hubState: hub.state, hubAmountFen: hub.amount_fen, detail: 'paid at the acquirer' });
    else if (hub.amount_fen !== line.amountFen) items.push({ ...base, kind: 'amount_differs', hubAmountFen: hub.amount_fen, hubState: hub.state });
    else matched++;
  }
  for (const hub of payments) {
    if (PAID.has(hub.state) && !seenPayments.has(hub.acquirer_order_no)) {
      items.push({ kind: 'only_at_hub', lineType: 'payment', orderNo: hub.acquirer_order_no, hubAmountFen: hub.amount_fen, hubState: hub.state });
    }
  }

  const key = (orderNo: string, refundNo: string) => `${orderNo}\u0000${refundNo}`;
  const hubRefunds = new Map(refunds.map((r) => [key(r.acquirer_order_no, r.acquirer_refund_no), r]));
  const seenRefunds = new Set<string>();
  for (const line of statement.lines.filter((l) => l.kind === 'refund')) {
    const k = key(line.orderNo, line.refundNo);
    seenRefunds.add(k);
    const hub = hubRefunds.get(k);
    const base = { lineType: 'refund' as const, orderNo: line.orderNo, refundNo: line.refundNo, acquirerAmountFen: line.amountFen };
    if (!hub) items.push({ ...base, kind: 'only_at_acquirer' });
    else if (hub.amount_fen !== line.amountFen) items.push({ ...base, kind: 'amount_differs', hubAmountFen: hub.amount_fen });
    else matched++;
  }
  for (const hub of refunds) {
    if (!seenRefunds.has(key(hub.acquirer_order_no, hub.acquirer_refund_no))) {
      items.push({ kind: 'only_at_hub', lineType: 'refund', orderNo: hub.acquirer_order_no, refundNo: hub.acquirer_refund_no, hubAmountFen: hub.amount_fen });
    }
  }
  return { matched, items };
}
