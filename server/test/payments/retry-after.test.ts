// The wait a RETRY_LATER tells a screen: the time the hub needs to work off
// what it holds, longer while refusals outrun the payments finished, never
// below the floor nor above 15 s, spread ±50 %.
import { describe, expect, it } from 'vitest';
import { RetryAfter } from '../../src/payments/retry-after.js';

function clocked(floorMs: number, random = () => 0.5) {
  let now = 0;
  const retryAfter = new RetryAfter(floorMs, random, () => now);
  const second = (finished: number, refused: number) => {
    for (let i = 0; i < finished; i++) retryAfter.finished();
    for (let i = 0; i < refused; i++) retryAfter.refused(0);
    now += 1000;
  };
  return { retryAfter, second };
}

describe('RetryAfter', () => {
  it('tells the floor until the hub knows how fast it finishes payments', () => {
    const { retryAfter } = clocked(1000);
    expect(retryAfter.refused(5000)).toBe(1000);
  });

  it('tells the time to work off the payments in flight at the rate they have been finishing', () => {
    const { retryAfter, second } = clocked(1000);
    second(500, 0);
    // 500 finished in the last second: 2,000 in flight take 4 s; 100 would take 0.2 s, below the floor.
    expect(retryAfter.refused(2000)).toBe(4000);
    expect(retryAfter.refused(100)).toBe(1000);
    // A customer will not wait a minute: capped at 15 s.
    expect(retryAfter.refused(100_000)).toBe(15_000);
  });

  it('follows the finishing rate as it changes, the newest second weighing half', () => {
    const { retryAfter, second } = clocked(100);
    second(1000, 0);
    second(0, 0);
    // 1,000/s, then none in a second: 500/s.
    expect(retryAfter.refused(1000)).toBe(2000);
  });

  it('makes screens wait longer while refusals outrun payments, and less once they do not', () => {
    const { retryAfter, second } = clocked(1000);
    second(100, 300);
    // Three refusals per payment: the wait doubles (at most) each second...
    expect(retryAfter.refused(0)).toBe(2000);
    second(100, 399);
    expect(retryAfter.refused(0)).toBe(4000);
    second(100, 999);
    second(100, 999);
    second(100, 999);
    expect(retryAfter.refused(0)).toBe(15_000);
    // ...and halves (at most) each second once refusals fall below the payments finished, down to the floor.
    second(100, 9);
    expect(retryAfter.refused(0)).toBe(7500);
    for (let i = 0; i < 5; i++) second(100, 0);
    expect(retryAfter.refused(0)).toBe(1000);
  });

  it('spreads the waits it tells by ±50 % so that refused screens do not return together', () => {
    expect(clocked(1000, () => 0).retryAfter.refused(0)).toBe(500);
    expect(clocked(1000, () => 0.999).retryAfter.refused(0)).toBe(1499);
  });

  it('tells nothing with a floor of 0: screens then use their own pause', () => {
    const { retryAfter, second } = clocked(0);
    second(1, 100);
    expect(retryAfter.refused(10_000)).toBe(0);
  });
});
