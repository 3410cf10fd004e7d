// Scenario files: checked with reasons, and the day curve delivers the day's payments.
import { describe, expect, it } from 'vitest';
import { parseScenario, paymentRateAt, ScenarioError } from '../src/scenario/scenario.js';

describe('scenario files', () => {
  it('fills in defaults and refuses what cannot run, saying why', () => {
    expect(parseScenario({ screens: 10 })).toMatchObject({ screens: 10, workers: 1, connect: { rampSeconds: 10 }, payments: { perScreenPerDay: 60 } });
    expect(() => parseScenario({})).toThrow(/screens/);
    expect(() => parseScenario({ screens: 40_000, workers: 2 })).toThrow(ScenarioError);
    expect(() => parseScenario({ screens: 10, payments: { hourlyWeights: [1, 2] } })).toThrow(/24 weights/);
    expect(() => parseScenario({ screens: 10, payments: { slowBuyerShare: 0.8, declineShare: 0.5 } })).toThrow(/shares/);
    expect(() => parseScenario({ screens: 10, payments: { minFen: 0.5 } })).toThrow(/fen/);
    expect(() => parseScenario({ screens: 10, ota: { waves: [50, 90] } })).toThrow(/ota.waves/);
    expect(() => parseScenario({ screens: 10, durationSeconds: 30, ota: { atSeconds: 40 } })).toThrow(/ota.atSeconds/);
    expect(parseScenario({ screens: 10, ota: {} }).ota).toMatchObject({ waves: [10, 50, 100], installWindow: 'any' });
  });

  it('spreads a day of payments over the curve, with the lunch peak above the night', () => {
    const scenario = parseScenario({ screens: 1000, payments: { perScreenPerDay: 24, dayLengthSeconds: 240 } });
    let total = 0;
    for (let t = 0; t < 240; t += 0.1) total += paymentRateAt(scenario, t) * 0.1;
    expect(total).toBeGreaterThan(23_500);
    expect(total).toBeLessThan(24_500);
    expect(paymentRateAt(scenario, 121)).toBeGreaterThan(paymentRateAt(scenario, 31) * 10);
  });
});
