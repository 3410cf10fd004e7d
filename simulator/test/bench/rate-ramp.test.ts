// The payments benchmark's schedule: a tenth of the target rising linearly to it, then held.
import { describe, expect, it } from 'vitest';
import { RateRamp } from '../../bench/support/rate-ramp.js';

describe('RateRamp', () => {
  const ramp = new RateRamp(1000, 20, 60);

  it('rises from a tenth of the target to the target, holds it, then stops', () => {
    expect(ramp.rateAt(0)).toBe(100);
    expect(ramp.rateAt(10)).toBe(550);
    expect(ramp.rateAt(20)).toBe(1000);
    expect(ramp.rateAt(79)).toBe(1000);
    expect(ramp.rateAt(80)).toBe(0);
  });

  it('offers the integral of the rate: the ramp at its mean rate, then the target', () => {
    expect(ramp.dueBy(0)).toBe(0);
    expect(ramp.rampTotal).toBe(11_000); // 20 s at (100 + 1000) / 2
    expect(ramp.dueBy(30)).toBe(21_000);
    expect(ramp.total).toBe(71_000);
    expect(ramp.dueBy(1000)).toBe(71_000);
  });

  it('puts each payment in the part of the run it was offered in', () => {
    expect(ramp.phaseOfPayment(10_999)).toBe('ramp');
    expect(ramp.phaseOfPayment(11_000)).toBe('steady');
  });

  it('without a ramp, holds the target from the start', () => {
    const flat = new RateRamp(300, 0, 10);
    expect(flat.rampTotal).toBe(0);
    expect(flat.total).toBe(3000);
    expect(flat.phaseOfPayment(0)).toBe('steady');
  });
});
