// What every acquirer connector does, in the hub's terms. Outcomes say what is
// known about the money, never more: `unknown` means the call may or may not
// have charged the buyer (timeout, dropped connection, 5xx) and must be
// resolved by query and, failing that, cancel.
import type { AcquirerTransport } from './acquirer-transport.js';

/** What every connector is built with besides the merchant's credentials. */
export interface ConnectorOptions {
  /** Per acquirer call; past it the outcome is unknown. */
  timeoutMs: number;
  /** HTTPS with the trusted CAs, no redirects, client certificates. */
  transport: AcquirerTransport;
  /** Where the acquirer may send payment notifications (WeChat Pay requires one on unifiedorder); the hub itself. */
  notifyUrl?: string;
}

/** A barcode payment (the screen scanned the customer's code) or a dynamic QR order (the customer scans the screen's). */
export type PaymentMode = 'barcode' | 'qr';

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
  /** The order's total: WeChat Pay asks for it with every refund (total_fee) and refuses any other number; Alipay does not. */
  totalFen: number;
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
  /**
   * Ends an order that must not be paid any more: a barcode payment is reversed (refunded if it was paid), a QR order
   * closed (WeChat Pay closes one with closeorder, not reverse). `mode` defaults to barcode.
   */
  cancel(orderNo: string, mode?: PaymentMode): Promise<CancelOutcome>;
  refund(command: RefundCommand): Promise<RefundOutcome>;
  /** The acquirer's statement of one day (China Standard Time, YYYY-MM-DD), as text in its own format. */
  fetchStatement(day: string): Promise<string>;
}
