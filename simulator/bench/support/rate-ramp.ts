// The offered load of the payments benchmark: the rate rises linearly from a
// tenth of the target to the target over the ramp, then holds the target. A
// schedule, not a loop: how many payments are due by a moment, and which part
// of the run a moment or a payment belongs to (a cold start at full rate
// builds a backlog that would otherwise dominate the steady part's figures).

export type Phase = 'ramp' | 'steady';

/** Where the ramp starts, as a share of the target rate. */
const RAMP_START_SHARE = 0.1;

export class RateRamp {
  private readonly startRate: number;

  constructor(
    readonly targetRate: number,
    readonly rampSeconds: number,
    readonly steadySeconds: number,
  ) {
    this.startRate = targetRate * RAMP_START_SHARE;
  }

  /** The offered rate at `t` seconds after the start, payments per second. */
  rateAt(t: number): number {
    if (t < this.rampSeconds) return this.startRate + ((this.targetRate - this.startRate) * t) / this.rampSeconds;
    return t < this.totalSeconds ? this.targetRate : 0;
  }

  /** Payments due by `t` seconds after the start: the integral of the rate, whole payments. */
  dueBy(t: number): number {
    const rampT = Math.min(Math.max(t, 0), this.rampSeconds);
    const rising = this.rampSeconds > 0 ? ((this.targetRate - this.startRate) * rampT * rampT) / (2 * this.rampSeconds) : 0;
    const steadyT = Math.min(Math.max(t - this.rampSeconds, 0), this.steadySeconds);
    return Math.floor(this.startRate * rampT + rising + this.targetRate * steadyT);
  }

  get totalSeconds(): number {
    return this.rampSeconds + this.steadySeconds;
  }

  /** Every payment of the run. */
  get total(): number {
    return this.dueBy(this.totalSeconds);
  }

  /** Payments offered during the ramp; the payment with this index is the steady part's first. */
  get rampTotal(): number {
    return this.dueBy(this.rampSeconds);
  }

  /** The part of the run the payment with this index (0-based, in schedule order) was offered in. */
  phaseOfPayment(index: number): Phase {
    return index < this.rampTotal ? 'ramp' : 'steady';
  }
}
