// A circuit breaker (opossum) around an acquirer's pay calls. When pays keep
// ending in an unknown outcome (timeouts, resets, 5xx), the breaker opens and
// new payments fail at once with `acquirer_unavailable`, nothing sent, instead
// of every screen waiting out the timeout. After `resetMs` one trial call goes
// through; success closes it again. Query and cancel always go through: they
// settle money already in flight.
import CircuitBreaker from 'opossum';
import type { AcquirerConnector, CancelOutcome, PayCommand, PaymentMode, PayOutcome, PrecreateOutcome, QueryOutcome, RefundCommand, RefundOutcome, StatementFetch } from './acquirer-connector.js';

export interface BreakerOptions {
  /** How long the breaker stays open before a trial call. */
  resetMs: number;
  /** Calls in the rolling window before the failure rate counts. */
  minCalls: number;
  /** Share of failed calls (percent) that opens the breaker. */
  failurePercent: number;
}

class UnknownOutcome extends Error {
  constructor(readonly outcome: PayOutcome) {
    super(`acquirer outcome unknown: ${(outcome as { reason?: string }).reason ?? ''}`);
  }
}

export class GuardedConnector implements AcquirerConnector {
  readonly breaker: CircuitBreaker<[PayCommand], PayOutcome>;

  constructor(
    private readonly inner: AcquirerConnector,
    options: BreakerOptions,
  ) {
    this.breaker = new CircuitBreaker(
      async (command: PayCommand) => {
        const outcome = await inner.pay(command);
        if (outcome.kind === 'unknown') throw new UnknownOutcome(outcome);
        return outcome;
      },
      {
        timeout: false, // the connector has its own timeout
        resetTimeout: options.resetMs,
        volumeThreshold: options.minCalls,
        errorThresholdPercentage: options.failurePercent,
        rollingCountTimeout: 10_000,
      },
    );
  }

  get channel() {
    return this.inner.channel;
  }

  get account() {
    return this.inner.account;
  }

  get cancelRetryLimit() {
    return this.inner.cancelRetryLimit;
  }

  async pay(command: PayCommand): Promise<PayOutcome> {
    try {
      return await this.breaker.fire(command);
    } catch (err) {
      if (err instanceof UnknownOutcome) return err.outcome;
      if ((err as { code?: string }).code === 'EOPENBREAKER') return { kind: 'failed', reason: 'acquirer_unavailable' };
      throw err;
    }
  }

  /** Through the breaker's state: an open breaker refuses new QR orders too, without a call. */
  async precreate(command: Omit<PayCommand, 'authCode'>): Promise<PrecreateOutcome> {
    if (this.breaker.opened) return { kind: 'failed', reason: 'acquirer_unavailable' };
    return this.inner.precreate(command);
  }

  query(orderNo: string): Promise<QueryOutcome> {
    return this.inner.query(orderNo);
  }

  cancel(orderNo: string, mode?: PaymentMode): Promise<CancelOutcome> {
    return this.inner.cancel(orderNo, mode);
  }

  refund(command: RefundCommand): Promise<RefundOutcome> {
    return this.inner.refund(command);
  }

  fetchStatement(day: string): Promise<StatementFetch> {
    return this.inner.fetchStatement(day);
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}
