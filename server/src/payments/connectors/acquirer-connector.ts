// What every acquirer connector does, in the hub's terms. Outcomes say what is
// known about the money, never more: `unknown` means the call may or may not
// have charged the buyer (timeout, dropped connection, 5xx) and must be
// resolved by query and, failing that, cancel.

export interface PayCommand {
  orderNo: string;
  amountFen: number;
  authCode: string;
  subject: string;
}

export type PayOutcome =
  | { kind: 'succeeded'; acquirerTradeNo: string; paidAt: number }
  | { kind: 'pending'; acquirerTradeNo?: string } // the buyer is entering a password
  | { kind: 'failed'; reason: string }
  | { kind: 'unknown'; reason: string };

export type QueryOutcome = PayOutcome | { kind: 'not_found' };

export type CancelOutcome = { kind: 'cancelled'; refunded: boolean } | { kind: 'retry'; reason: string };

/** A refund of part or all of a paid order; `refundNo` makes retries safe at the acquirer. */
export interface RefundCommand {
  orderNo: string;
  refundNo: string;
  amountFen: number;
  reason: string;
}

export type RefundOutcome = { kind: 'succeeded' } | { kind: 'failed'; reason: string } | { kind: 'unknown'; reason: string };

export type PrecreateOutcome = { kind: 'created'; qrCode: string } | { kind: 'failed'; reason: string } | { kind: 'unknown'; reason: string };

export interface AcquirerConnector {
  readonly channel: 'alipay' | 'wechat';
  pay(command: PayCommand): Promise<PayOutcome>;
  /** Dynamic QR: an order the customer pays by scanning the returned code. */
  precreate(command: Omit<PayCommand, 'authCode'>): Promise<PrecreateOutcome>;
  query(orderNo: string): Promise<QueryOutcome>;
  cancel(orderNo: string): Promise<CancelOutcome>;
  refund(command: RefundCommand): Promise<RefundOutcome>;
  /** The acquirer's statement of one day (China Standard Time, YYYY-MM-DD), as text in its own format. */
  fetchStatement(day: string): Promise<string>;
}
