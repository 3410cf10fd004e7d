// Whether this process takes a PayRequest now, and what a refused screen is
// told. A process works on at most `maxInFlight` payments at once: past it a
// request is answered RETRY_LATER without a look (no database, no acquirer), so
// a saturated hub sheds load in microseconds instead of queueing until every
// payment is late; the refusal carries the wait retry-after.ts sizes. A buyer
// entering a password (the processor polling the acquirer) costs a query every
// few seconds, not work, and may wait a minute: such payments hold no place.
import { RetryAfter } from './retry-after.js';

export class PayAdmission {
  /** Payments between arrival and the end of their flow. */
  private inFlight = 0;
  /** Of those, the ones waiting for a buyer. */
  private polling = 0;
  private readonly retryAfter: RetryAfter;

  /** @param retryAfterMs the least wait a refusal tells (HUB_PAY_RETRY_AFTER_MS); 0 tells none. */
  constructor(
    private readonly maxInFlight: number,
    retryAfterMs: number,
  ) {
    this.retryAfter = new RetryAfter(retryAfterMs);
  }

  /** Takes a place for a new PayRequest; false when the process has as many as it may. */
  tryEnter(): boolean {
    if (this.working >= this.maxInFlight) return false;
    this.inFlight++;
    return true;
  }

  /** Takes a place whatever the load: work that must be finished (a payment recovered after a restart). */
  enter(): void {
    this.inFlight++;
  }

  leave(): void {
    this.inFlight--;
    this.retryAfter.finished();
  }

  /** Runs `wait` (polling for a buyer) without holding a place. */
  async waiting<T>(wait: () => Promise<T>): Promise<T> {
    this.polling++;
    try {
      return await wait();
    } finally {
      this.polling--;
    }
  }

  /** A request was refused: the wait to tell its screen, ms. */
  refused(): number {
    return this.retryAfter.refused(this.working);
  }

  private get working(): number {
    return this.inFlight - this.polling;
  }
}
