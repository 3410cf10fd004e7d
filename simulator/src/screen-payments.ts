// A screen's side of a payment: the signed PayRequest it sends, and the
// answers it waits for (PayResult by order number, QrCode for a dynamic QR),
// matched to their waiters as downlinks arrive.
import { PayStatus, signPayRequest, type PayResultBody, type QrCodeBody, type UplinkProps } from '@screenhub/protocol';

export interface PaymentAttempt {
  orderNo: string;
  amountFen: number;
  authCode: string;
  subject?: string;
  currency?: string;
  /** Defaults to now; tests set it to replay an old request. */
  signedAtMs?: number;
}

/** A signed PayRequest body for `attempt` (the hub checks the HMAC and the time). */
export function signedPayRequest(deviceId: string, paymentKey: string, attempt: PaymentAttempt): NonNullable<UplinkProps['payRequest']> {
  const fields = {
    orderNo: attempt.orderNo,
    amountFen: attempt.amountFen,
    currency: attempt.currency ?? 'CNY',
    authCode: attempt.authCode,
    signedAtMs: attempt.signedAtMs ?? Date.now(),
  };
  const signature = signPayRequest(deviceId, fields, Buffer.from(paymentKey, 'base64url'));
  return { ...fields, subject: attempt.subject ?? '', signature };
}

/** Orders a screen keeps asking about after its wait ran out (Hello's awaiting_order_nos holds at most 16). */
const MAX_AWAITING = 16;
/** After a day an order's outcome is the bank's and the merchant's business, not the counter's. */
const AWAIT_OUTCOME_MS = 24 * 3600_000;

export class PaymentWaiters {
  /** Callers waiting for a PayResult, by order number (one lookup per downlink, however many are pending). */
  private readonly results = new Map<string, Array<(result: PayResultBody) => void>>();
  private readonly codes = new Map<string, (code: QrCodeBody) => void>();
  /**
   * Orders whose wait ran out with no outcome, and when: the money may have moved, so the screen names them in
   * every Hello until the hub tells what happened (as a payment terminal queries an order it lost track of).
   */
  private readonly awaiting = new Map<string, number>();

  /** `onLateResult`: the outcome of an order whose wait had run out. */
  constructor(private readonly onLateResult: (result: PayResultBody) => void = () => undefined) {}

  /** The orders to name in Hello, oldest first. */
  awaitingOrderNos(now = Date.now()): string[] {
    for (const [orderNo, since] of this.awaiting) if (now - since > AWAIT_OUTCOME_MS) this.awaiting.delete(orderNo);
    return [...this.awaiting.keys()];
  }

  private gaveUpOn(orderNo: string): void {
    this.awaiting.delete(orderNo);
    this.awaiting.set(orderNo, Date.now());
    // A Map iterates in insertion order: the first key is the oldest.
    if (this.awaiting.size > MAX_AWAITING) this.awaiting.delete(this.awaiting.keys().next().value!);
  }

  /** A payment or a dynamic QR is in flight. */
  get busy(): boolean {
    return this.results.size + this.codes.size > 0;
  }

  /** Resolves with the next PayResult for `orderNo`. */
  result(orderNo: string, timeoutMs: number): Promise<PayResultBody> {
    return new Promise((resolve, reject) => {
      const waiters = this.results.get(orderNo) ?? [];
      const waiter = (result: PayResultBody) => {
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        const left = (this.results.get(orderNo) ?? []).filter((w) => w !== waiter);
        if (left.length > 0) this.results.set(orderNo, left);
        else this.results.delete(orderNo);
        this.gaveUpOn(orderNo);
        reject(new Error(`no PayResult for ${orderNo} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.push(waiter);
      this.results.set(orderNo, waiters);
    });
  }

  /** Resolves with the QrCode for `orderNo`. */
  qrCode(orderNo: string, timeoutMs: number): Promise<QrCodeBody> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.codes.delete(orderNo);
        reject(new Error(`no QrCode for ${orderNo} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.codes.set(orderNo, (qr) => {
        clearTimeout(timer);
        resolve(qr);
      });
    });
  }

  /** Hands a downlink's QrCode or PayResult to whoever waits for it. */
  deliver(message: { qrCode?: QrCodeBody | null; payResult?: PayResultBody | null }): void {
    const code = message.qrCode;
    if (code?.orderNo) {
      this.codes.get(code.orderNo)?.(code);
      this.codes.delete(code.orderNo);
    }
    const result = message.payResult;
    if (result?.orderNo) {
      const waiters = this.results.get(result.orderNo);
      this.results.delete(result.orderNo);
      for (const waiter of waiters ?? []) waiter(result);
      // "Busy, ask again" is not an outcome: a request the hub did not take.
      if (!waiters && result.status !== PayStatus.PAY_STATUS_RETRY_LATER && this.awaiting.delete(result.orderNo)) this.onLateResult(result);
    }
  }
}
