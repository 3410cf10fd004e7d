// Stands in for a merchant's connector when its stored gateway URL is not (or
// no longer) on the allowed list: every call is refused here and nothing is
// sent. Money in flight stays where it is (query unknown, cancel retried) until
// the list or the merchant is put right.
import type { AcquirerConnector, CancelOutcome, PayOutcome, PrecreateOutcome, QueryOutcome, RefundOutcome, StatementFetch } from './acquirer-connector.js';

export class RefusingConnector implements AcquirerConnector {
  /** Nothing is ever answered here, so no answer is checked against an account and no cancel retry is counted. */
  readonly account = '';
  readonly cancelRetryLimit = Number.POSITIVE_INFINITY;

  constructor(
    readonly channel: 'alipay' | 'wechat',
    private readonly reason: string,
  ) {}

  async pay(): Promise<PayOutcome> {
    return { kind: 'failed', reason: this.reason };
  }

  async precreate(): Promise<PrecreateOutcome> {
    return { kind: 'failed', reason: this.reason };
  }

  async query(): Promise<QueryOutcome> {
    return { kind: 'unknown', reason: this.reason };
  }

  async cancel(): Promise<CancelOutcome> {
    return { kind: 'retry', reason: this.reason, answered: false };
  }

  async refund(): Promise<RefundOutcome> {
    return { kind: 'failed', reason: this.reason };
  }

  async fetchStatement(): Promise<StatementFetch> {
    throw new Error(this.reason);
  }
}
