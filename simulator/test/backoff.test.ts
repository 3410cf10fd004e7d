import { describe, expect, it } from 'vitest';
import { fullJitterDelay } from '../src/backoff.js';

describe('full jitter backoff', () => {
  const options = { initialDelayMs: 100, maxDelayMs: 5000 };

  it('stays within [0, min(max, initial·2^attempt)]', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const ceiling = Math.min(5000, 100 * 2 ** attempt);
      for (let i = 0; i < 50; i++) {
        const delay = fullJitterDelay(attempt, options);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
    }
  });

  it('spreads a fleet instead of bunching it', () => {
    const delays = Array.from({ length: 1000 }, () => fullJitterDelay(6, options));
    const buckets = new Set(delays.map((d) => Math.floor(d / 500)));
    // 10 buckets of 500 ms over [0, 5000): a synchronised herd would fill one.
    expect(buckets.size).toBe(10);
  });
});
