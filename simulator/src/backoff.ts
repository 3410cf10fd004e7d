// Exponential backoff with full jitter (AWS architecture blog, "Exponential
// Backoff and Jitter"): after the n-th failure wait a uniformly random time in
// [0, min(max, initial * 2^n)]. Spreads a fleet's reconnects after a hub restart
// instead of having every screen come back at the same instant.
export interface BackoffOptions {
  /** First ceiling, ms. Default 500. */
  initialDelayMs: number;
  /** Largest ceiling, ms. Default 30 000. */
  maxDelayMs: number;
}

export const defaultBackoff: BackoffOptions = { initialDelayMs: 500, maxDelayMs: 30_000 };

export function fullJitterDelay(attempt: number, options: BackoffOptions = defaultBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
