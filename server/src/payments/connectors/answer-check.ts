// Does an acquirer's answer speak of what the hub asked for? One pure check for
// every answer that claims a final state (paid, closed, cancelled, refunded):
// an answer about another order number, another amount, another currency or
// another merchant account is never believed. Both acquirers document CNY as
// the currency when an answer does not name one, so a missing currency passes.
import type { AnswerEcho } from './acquirer-connector.js';

/** What the hub asked for: the transaction's (or refund's) own facts, and the connector's account. */
export interface AskedFor {
  orderNo: string;
  refundNo?: string;
  amountFen?: number;
  currency: string;
  account: string;
}

export type EchoField = keyof AnswerEcho;

export interface AnswerMismatch {
  field: EchoField;
  asked: string | number | null;
  answered: string | number | null;
}

/** The reason an outcome carries when its answer did not match what was asked. */
export const ANSWER_MISMATCH = 'answer_mismatch';

/**
 * A payment is believed paid only on an answer that names the order and the
 * amount: Alipay's trade.pay/query and WeChat's micropay/orderquery always
 * carry both on success, so one without them is not an answer about this payment.
 */
export const PAID_ANSWER_NAMES: readonly EchoField[] = ['orderNo', 'amountFen'];

const FIELDS: readonly EchoField[] = ['orderNo', 'refundNo', 'amountFen', 'currency', 'account'];

/** The fields where `echo` differs from `asked` (or is silent where it must speak); empty when the answer is about what was asked. */
export function answerMismatches(asked: AskedFor, echo: AnswerEcho | undefined, mustName: readonly EchoField[] = []): AnswerMismatch[] {
  const mismatches: AnswerMismatch[] = [];
  for (const field of FIELDS) {
    const expected = asked[field] ?? null;
    const answered = echo?.[field] ?? null;
    if (answered === null ? mustName.includes(field) : expected !== null && answered !== expected) {
      mismatches.push({ field, asked: expected, answered });
    }
  }
  return mismatches;
}
