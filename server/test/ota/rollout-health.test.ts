// The health comparison behind a campaign's self-pause: worse by both margins
// and beyond chance, so a few declined payments on a handful of updated screens
// do not stop a rollout, and a real difference does.
import { describe, expect, it } from 'vitest';
import { worse } from '../../src/ota/rollout-health.js';

describe('updated screens worse than the rest', () => {
  it('needs a difference beyond chance, not only beyond the margins', () => {
    // 5 of 20 payments failed after the update against 10 % on 2,000 elsewhere: within chance for 20.
    expect(worse(5, 20, 200, 2000)).toBe(false);
    // 60 of 200: the same shape, now far beyond chance.
    expect(worse(60, 200, 200, 2000)).toBe(true);
    // Every updated screen alerting, none of the rest.
    expect(worse(3, 3, 0, 40)).toBe(true);
    // No baseline (every screen updated, or the rest took no payment): no verdict.
    expect(worse(16, 120, 0, 0)).toBe(false);
  });

  it('needs both margins: 10 points and twice the rate', () => {
    expect(worse(150, 1000, 1000, 10_000)).toBe(false); // 15 % against 10 %: not twice
    expect(worse(30, 1000, 10, 10_000)).toBe(false); // 3 % against 0.1 %: not 10 points
    expect(worse(250, 1000, 1000, 10_000)).toBe(true);
  });
});
