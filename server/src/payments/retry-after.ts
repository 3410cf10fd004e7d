// How long a screen refused with RETRY_LATER should wait before it asks again.
//
// A refusal only helps if the screen does not come straight back: with the
// screens' own pause (100 ms growing to 2 s) a hub past its capacity spent more
// on refusals and resends than on payments, and collapsed (Performance →
// Payments, Overload). So the hub tells the screen when to return, and sizes
// the wait by two measures:
// - the time it needs to work off what it holds now: payments in flight ÷ the
//   rate at which it has been finishing them;
// - the refusals themselves. Screens that wait d seconds and return make
//   refusals/s × d screens waiting (Little's law); so when refusals outrun the
//   payments finished, the wait grows in proportion (at most doubling each
//   second), and it shrinks back (at most halving each second) once they do not.
//   Refusals then cost at most about as many messages as payments do.
// The wait is never less than the configured floor nor more than 15 s, and is
// spread over ±50 % so that screens refused in the same instant come back at
// different ones. The same idea as HTTP's Retry-After on a 503, with the jitter
// applied by the hub so that every screen's firmware only has to wait.

/** A screen told to wait longer than this is a customer gone: past it the hub says this much. */
const MAX_RETRY_AFTER_MS = 15_000;
/** The rates are measured over windows of this length; the finishing rate is smoothed, the newest window weighing half. */
const RATE_WINDOW_MS = 1_000;

export class RetryAfter {
  private finishedInWindow = 0;
  private refusedInWindow = 0;
  private windowStart: number;
  /** Payments finished per second, smoothed; 0 until the first window closes. */
  private finishRate = 0;
  /** The wait the refusals call for, ms: the floor while refusals do not outrun payments. */
  private pressureMs: number;

  /**
   * @param floorMs the least delay told (HUB_PAY_RETRY_AFTER_MS); 0 tells none, and screens use their own pause.
   * @param random the jitter's source, and `now` the clock (both for tests).
   */
  constructor(
    private readonly floorMs: number,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.windowStart = now();
    this.pressureMs = floorMs;
  }

  /** One payment taken earlier has left the hub's hands (final, or given to the sweeper). */
  finished(): void {
    this.roll();
    this.finishedInWindow++;
  }

  /** A request is refused while `working` payments are in flight: the wait to tell, ms (0 when the hub tells none). */
  refused(working: number): number {
    if (this.floorMs === 0) return 0;
    this.roll();
    this.refusedInWindow++;
    const drainMs = this.finishRate > 0 ? (working / this.finishRate) * 1000 : 0;
    const base = Math.min(MAX_RETRY_AFTER_MS, Math.max(this.pressureMs, drainMs));
    return Math.round(Math.min(MAX_RETRY_AFTER_MS, base * (0.5 + this.random())));
  }

  private roll(): void {
    const now = this.now();
    const elapsed = now - this.windowStart;
    if (elapsed < RATE_WINDOW_MS) return;
    const finishRate = (this.finishedInWindow / elapsed) * 1000;
    const refusalRate = (this.refusedInWindow / elapsed) * 1000;
    this.finishRate = this.finishRate === 0 ? finishRate : (this.finishRate + finishRate) / 2;
    // Refusals per payment finished: above 1 the wait grows, below it shrinks; by at most ×2 or ÷2 per window.
    const ratio = this.finishRate > 0 ? refusalRate / this.finishRate : refusalRate > 0 ? 2 : 0;
    const next = this.pressureMs * Math.min(2, Math.max(0.5, ratio));
    this.pressureMs = Math.min(MAX_RETRY_AFTER_MS, Math.max(this.floorMs, next));
    this.finishedInWindow = 0;
    this.refusedInWindow = 0;
    this.windowStart = now;
  }
}
