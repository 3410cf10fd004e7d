// What every acquirer connector does, in the hub's terms. Outcomes say what is
// known about the money, never more: `unknown` means the call may or may not
// have charged the buyer (timeout, dropped connection, 5xx) and must be
// resolved by query and, failing that, cancel. An outcome that claims a final
// state carries what the answer said it was about (`echo`), so the hub can
// check it against what it asked for (answer-check.ts) before believing it.
import type { AnswerMismatch } from './answer-check.js';
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

/**
 * What an answer says it is about, as far as it says: the order number
 * (out_trade_no), refund number, amount, currency and merchant account (WeChat
 * echoes appid/mch_id; Alipay answers carry no app id). A field the answer
 * does not carry stays undefined.
 */
export interface AnswerEcho {
  orderNo?: string;
  refundNo?: string;
  amountFen?: number;
  currency?: string;
  account?: string;
}

export type PayOutcome =
  | { kind: 'succeeded'; acquirerTradeNo: string; paidAt: number; echo: AnswerEcho }
  | { kind: 'pending'; acquirerTradeNo?: string } // the buyer is entering a password
  | { kind: 'failed'; reason: string; echo?: AnswerEcho }
  /** `mismatches`: set by the hub when a final answer did not match what it asked for (reason `answer_mismatch`). */
  | { kind: 'unknown'; reason: string; mismatches?: AnswerMismatch[] }
  // The acquirer says the number is taken by another order (WeChat OUT_TRADE_NO_USED):
  // neither paid nor safe to cancel (a cancel would undo that other order), so a person must look.
  | { kind: 'needs_attention'; reason: string };

export type QueryOutcome = Exclude<PayOutcome, { kind: 'needs_attention' }> | { kind: 'not_found' };

export type CancelOutcome =
  | { kind: 'cancelled'; refunded: boolean; echo?: AnswerEcho }
  /**
   * Not cancelled yet. `answered`: the acquirer itself said to try again (Alipay
   * retry_flag=Y, WeChat recall=Y), which counts against `cancelRetryLimit`;
   * otherwise no answer came (timeout, refused connection) and trying again is all there is.
   */
  | { kind: 'retry'; reason: string; answered: boolean }
  /** The acquirer says this cancel cannot succeed (Alipay retry_flag=N): a person must look. */
  | { kind: 'needs_attention'; reason: string };

/** A refund of part or all of a paid order; `refundNo` makes retries safe at the acquirer. */
export interface RefundCommand {
  orderNo: string;
  refundNo: string;
  amountFen: number;
  /** The order's total: WeChat Pay asks for it with every refund (total_fee) and refuses any other number; Alipay does not. */
  totalFen: number;
  reason: string;
}

export type RefundOutcome =
  | { kind: 'succeeded'; echo?: AnswerEcho }
  | { kind: 'failed'; reason: string; echo?: AnswerEcho }
  | { kind: 'unknown'; reason: string; mismatches?: AnswerMismatch[] };

export type PrecreateOutcome = { kind: 'created'; qrCode: string } | { kind: 'failed'; reason: string } | { kind: 'unknown'; reason: string };

export interface AcquirerConnector {
  readonly channel: 'alipay' | 'wechat';
  /** The merchant account this connector speaks for, as answers echo it (see AnswerEcho.account). */
  readonly account: string;
  /** How many "try again" answers to a cancel the acquirer's own rules allow before a person must look. */
  readonly cancelRetryLimit: number;
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
  /**
   * The acquirer's bill of one day (China Standard Time, YYYY-MM-DD), read from its own format; `not_ready` while the
   * acquirer has not published it yet (ask again later). Throws when the bill cannot be had or read at all.
   */
  fetchStatement(day: string): Promise<StatementFetch>;
}

/** One payment or refund line of an acquirer's bill, in the hub's terms. */
export interface StatementLine {
  /** Line number in the bill's detail file. */
  line: number;
  kind: 'payment' | 'refund';
  /** The hub's acquirer order number (out_trade_no). */
  orderNo: string;
  acquirerTradeNo: string;
  /** Positive, integer fen (refunds are negative or in their own column in the files). */
  amountFen: number;
  /** The hub's acquirer refund number (out_request_no / out_refund_no); '' on payments. */
  refundNo: string;
}

/** Something wrong with the bill itself: a line that cannot be read, or a summary the lines do not add up to. */
export interface StatementProblem {
  kind: 'unreadable_line' | 'summary_differs';
  /** Line number in the file it is about (0: the file as a whole). */
  line: number;
  reason: string;
}

export interface Statement {
  lines: StatementLine[];
  problems: StatementProblem[];
}

export type StatementFetch = { kind: 'statement'; statement: Statement } | { kind: 'not_ready'; reason: string };
