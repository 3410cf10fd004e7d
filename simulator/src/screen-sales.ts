// A screen's sales at the counter: it numbers the order, sends the signed
// PayRequest (or asks for a dynamic QR), sends it again when no answer comes,
// and pauses when the hub says it is busy. The answers are matched to their
// waiters by PaymentWaiters; the connection is the ScreenClient's.
import { PayStatus, type PayResultBody, type QrCodeBody, type UplinkProps } from '@screenhub/protocol';
import { fullJitterDelay } from './backoff.js';
import { signedPayRequest, type PaymentAttempt, type PaymentWaiters } from './screen-payments.js';
import { WRONG_PAYMENT_KEY, type ScreenFaults } from './screen-faults.js';

/** Pauses between PayRequests the hub answered RETRY_LATER without saying how long to wait. */
const RETRY_LATER_BACKOFF = { initialDelayMs: 100, maxDelayMs: 2000 };
/** How long a PayRequest waits for its answer before it goes again (ScreenClientOptions.payResendAfterMs). */
const PAY_RESEND_AFTER_MS = 10_000;

/** What the sales need of the screen they run on. */
export interface SalesScreen {
  deviceId: string;
  paymentKey: string;
  faults?: ScreenFaults;
  payResendAfterMs?: number;
  /** When the screen started (ms): the first part of its order numbers. */
  startedAt: number;
  publish(body: Omit<UplinkProps, 'messageId' | 'sentAtMs'>): Promise<void>;
  emitError(err: Error): void;
}

export class ScreenSales {
  /** PayRequests sent again because the hub answered RETRY_LATER. */
  retried = 0;
  /** The wait the hub gave with its last RETRY_LATER, ms (0: none given). */
  lastRetryAfterMs = 0;
  /** Sales taken at this screen (take): the sequence in their order numbers. */
  private sales = 0;

  constructor(
    private readonly screen: SalesScreen,
    private readonly waiters: PaymentWaiters,
  ) {}

  /** A signed PayRequest body for `attempt` (the hub checks the HMAC and the time). */
  payRequest(attempt: PaymentAttempt): NonNullable<UplinkProps['payRequest']> {
    const key = this.screen.faults?.signsWithWrongKey ? WRONG_PAYMENT_KEY : this.screen.paymentKey;
    return signedPayRequest(this.screen.deviceId, key, attempt);
  }

  /**
   * A sale at the counter: the screen numbers the order itself (unique on this screen: its start time and a
   * sequence), scans `authCode` and pays as pay() does.
   */
  take(amountFen: number, authCode: string, timeoutMs?: number): Promise<PayResultBody> {
    const orderNo = this.screen.faults?.reusesOrderNumbers ? `${this.screen.deviceId.slice(-8)}-1` : `${this.screen.startedAt.toString(36)}-${++this.sales}`;
    return this.pay({ orderNo, amountFen, authCode, subject: 'counter sale' }, timeoutMs);
  }

  /**
   * Dynamic QR: asks the hub for a code to show (signed QrPayRequest, empty auth code) and resolves with it;
   * the outcome comes later through the waiters' result(orderNo).
   */
  async requestQr(attempt: Omit<PaymentAttempt, 'authCode'>, timeoutMs = 30_000): Promise<QrCodeBody> {
    const { authCode: _none, ...signed } = this.payRequest({ ...attempt, authCode: '' });
    const code = this.waiters.qrCode(attempt.orderNo, timeoutMs);
    await this.screen.publish({ qrPayRequest: signed });
    return code;
  }

  /**
   * Scans a customer's code: sends the signed PayRequest and waits for its PayResult. A hub that answers RETRY_LATER
   * (too many payments in flight) did not look at it: the same request goes again after the wait the hub gave
   * (`retryAfterMs`, already spread by the hub), or, from a hub that gives none, after a jittered, growing pause
   * (100 ms up to 2 s), until `timeoutMs` runs out.
   */
  async pay(attempt: PaymentAttempt, timeoutMs = 120_000): Promise<PayResultBody> {
    const deadline = Date.now() + timeoutMs;
    for (let tries = 0; ; tries++) {
      const result = await this.payOnce(attempt, Math.max(1, deadline - Date.now()));
      if (result.status !== PayStatus.PAY_STATUS_RETRY_LATER) return result;
      this.retried++;
      this.lastRetryAfterMs = Number(result.retryAfterMs ?? 0);
      const pause = this.lastRetryAfterMs || fullJitterDelay(tries, RETRY_LATER_BACKOFF);
      if (Date.now() + pause >= deadline) throw new Error(`the hub kept answering RETRY_LATER for ${attempt.orderNo}`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /** One PayRequest and its answer; sent again, same order number, every payResendAfterMs while none comes. */
  private async payOnce(attempt: PaymentAttempt, timeoutMs: number): Promise<PayResultBody> {
    const result = this.waiters.result(attempt.orderNo, timeoutMs);
    const faults = this.screen.faults ?? {};
    // A request sent again is signed again: the hub refuses a signature older than its replay window.
    const send = (again: number) => {
      if (again === 0) return this.screen.publish({ payRequest: this.payRequest(attempt) });
      const orderNo = faults.resendsWithNewOrderNumber ? `${attempt.orderNo}-${again}` : attempt.orderNo;
      return this.screen.publish({ payRequest: this.payRequest({ ...attempt, orderNo, signedAtMs: undefined }) });
    };
    let resends = 0;
    const resend = faults.neverResendsPayRequests
      ? undefined
      : setInterval(() => send(++resends).catch((err: Error) => this.screen.emitError(err)), this.screen.payResendAfterMs ?? PAY_RESEND_AFTER_MS);
    try {
      // Offline, the MQTT client holds the publish until it reconnects: the answer's timeout still applies, and a
      // publish that fails rejects at once.
      const sent = send(0);
      return await Promise.race([result, sent.then(() => result)]);
    } finally {
      clearInterval(resend);
    }
  }
}
