import { describe, expect, it } from 'vitest';
import { fullJitterDelay, type BackoffOptions } from '../../src/backoff.js';
import { judgeReconnects } from '../../src/conformance/reconnect-pattern.js';

/** Attempt times after a drop at 0, each `waits[i]` after the one before. */
const attemptsAfter = (waits: number[]) => waits.reduce<number[]>((times, wait) => [...times, (times.at(-1) ?? 0) + wait], []);

/** How often a screen with full jitter is judged wrongly over `runs` drops of `windowMs`. */
function misjudged(backoff: BackoffOptions, windowMs: number, runs: number): number {
  let wrong = 0;
  for (let run = 0; run < runs; run++) {
    const waits = Array.from({ length: 40 }, (_, n) => fullJitterDelay(n, backoff));
    const judged = judgeReconnects(0, attemptsAfter(waits).filter((at) => at <= windowMs), windowMs);
    if (judged.hammering || judged.jittered !== true) wrong++;
  }
  return wrong / runs;
}

describe('judgeReconnects', () => {
  it('finds full jitter jittered and not hammering, but for about one drop in 4,000', () => {
    // The CLI's default window with the simulator's default backoff, and the conformance test's.
    expect(misjudged({ initialDelayMs: 1000, maxDelayMs: 128_000 }, 20_000, 20_000)).toBeLessThan(0.001);
    expect(misjudged({ initialDelayMs: 500, maxDelayMs: 8000 }, 10_000, 20_000)).toBeLessThan(0.001);
  });

  it('finds a fixed period or an exact doubling not jittered, even with some network noise', () => {
    expect(judgeReconnects(0, attemptsAfter([1000, 1010, 995, 1003, 1000]), 20_000)).toMatchObject({ jittered: false, hammering: false });
    expect(judgeReconnects(0, attemptsAfter([500, 1000, 2010, 3990]), 20_000)).toMatchObject({ jittered: false, hammering: false });
    expect(judgeReconnects(0, attemptsAfter([200, 212, 205, 290, 203, 210, 198, 204, 231, 200, 206, 199]), 2_000)).toMatchObject({ jittered: false, hammering: true });
  });

  it('cannot judge jitter from fewer than four waits', () => {
    expect(judgeReconnects(0, attemptsAfter([700, 3100, 900]), 10_000).jittered).toBeUndefined();
  });
});
