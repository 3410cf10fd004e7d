// Exponential backoff with full jitter (AWS architecture blog, "Exponential
// Backoff and Jitter"): after the n-th failure wait a uniformly random time in
// [0, min(max, initial * 2^n)]. Spreads a fleet's reconnects after a hub restart
// instead of having every screen come back at the same instant.
//
// The default ceiling grows to 128 s, as in the AWS IoT Device SDKs: a fleet of
// N screens waiting for a hub tries about N / (ceiling / 2) times a second, and
// at 50,000 screens a 30 s ceiling is 3,300 attempts a second, more than a
// 2-core hub can even refuse; 128 s keeps the attempts near what it can take.
export interface BackoffOptions {
  /** First ceiling, ms. Default 1000. */
  initialDelayMs: number;
  /** Largest ceiling, ms. Default 128 000. */
  maxDelayMs: number;
}

export const defaultBackoff: BackoffOptions = { initialDelayMs: 1000, maxDelayMs: 128_000 };

export function fullJitterDelay(attempt: number, options: BackoffOptions = defaultBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
