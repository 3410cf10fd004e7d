// Each early warning on a synthetic history that should fire it, and on
// controls that look alike but should not: the rules are pure functions of a
// merchant's days, so the histories are written out here, day by day.
import { describe, expect, it } from 'vitest';
import { judgeMerchant, type DayFigures } from '../../src/insights/early-warnings.js';
import { addDays } from '../../src/platform/calendar-days.js';
import { DEFAULT_INSIGHT_SETTINGS } from '../../src/insights/insight-settings.js';

const DAY = '2026-11-30';
const ZERO: DayFigures = { succeeded: 0, grossFen: 0, refunds: 0, refundedFen: 0, roundTickets: 0, roundFen: 0, tradingMinutes: 720, onlineTradingMinutes: 720 };

/** 64 days ending DAY, each from `figures(offset)` (offset 0 is DAY, -1 the day before, ...). */
function history(figures: (offset: number) => Partial<DayFigures>): Map<string, DayFigures> {
  const days = new Map<string, DayFigures>();
  for (let offset = -63; offset <= 0; offset++) days.set(addDays(DAY, offset), { ...ZERO, ...figures(offset) });
  return days;
}
const kinds = (days: Map<string, DayFigures>) => judgeMerchant('m', days, DAY, DEFAULT_INSIGHT_SETTINGS).map((w) => w.kind);
/** A steady shop: 40 tickets of 25 yuan a day. */
const steady = { succeeded: 40, grossFen: 100_000 };

describe('early warnings', () => {
  it('say nothing about a steady merchant', () => {
    expect(kinds(history(() => steady))).toEqual([]);
  });

  it('takings_drop: a day at a third of the same weekday’s median; not a 20 % dip, not a merchant too small to judge', () => {
    const dropped = judgeMerchant('m', history((o) => (o === 0 ? { succeeded: 12, grossFen: 30_000 } : steady)), DAY, DEFAULT_INSIGHT_SETTINGS);
    expect(dropped).toEqual([
      expect.objectContaining({ kind: 'takings_drop', value: 70, evidence: expect.objectContaining({ day: DAY, takingsFen: 30_000, baselineFen: 100_000 }) }),
    ]);
    expect((dropped[0]!.evidence.sameWeekdays as unknown[]).length).toBe(4);
    expect(kinds(history((o) => (o === 0 ? { succeeded: 32, grossFen: 80_000 } : steady)))).toEqual([]);
    expect(kinds(history((o) => (o === 0 ? {} : { succeeded: 2, grossFen: 3_000 })))).toEqual([]);
    // One big day among quiet weeks is no baseline.
    expect(kinds(history((o) => (o === 0 ? {} : o === -7 ? steady : { succeeded: 0 })))).not.toContain('takings_drop');
  });

  it('silent_while_online: two trading days without a payment while the screen was up; not while it was down, not for a merchant never active', () => {
    const silent = (online: number) => history((o) => (o >= -1 ? { tradingMinutes: 720, onlineTradingMinutes: online } : steady));
    expect(kinds(silent(700))).toContain('silent_while_online');
    expect(judgeMerchant('m', silent(700), DAY, DEFAULT_INSIGHT_SETTINGS).find((w) => w.kind === 'silent_while_online')!.evidence).toMatchObject({
      silentDays: [
        { day: addDays(DAY, -1), onlineTradingMinutes: 700 },
        { day: DAY, onlineTradingMinutes: 700 },
      ],
    });
    expect(kinds(silent(0))).not.toContain('silent_while_online');
    expect(kinds(history(() => ({})))).toEqual([]);
    // A day not yet closed (no coverage) is not judged silent.
    expect(kinds(history((o) => (o >= -1 ? { tradingMinutes: null, onlineTradingMinutes: null } : steady)))).not.toContain('silent_while_online');
  });

  it('refund_ratio_high: a fifth refunded this week against almost nothing before; not for a shop that always refunds that much', () => {
    const week = { ...steady, refunds: 2, refundedFen: 20_000 };
    const fires = judgeMerchant('m', history((o) => (o >= -6 ? week : o % 10 === 0 ? { ...steady, refunds: 1, refundedFen: 1_000 } : steady)), DAY, DEFAULT_INSIGHT_SETTINGS);
    expect(fires.map((w) => w.kind)).toEqual(['refund_ratio_high']);
    expect(fires[0]!.evidence).toMatchObject({ refunds: 14, ratioPercent: 20 });
    expect(kinds(history(() => week))).toEqual([]);
    // Two refunds are too few to judge, whatever their size.
    expect(kinds(history((o) => (o === 0 ? { ...steady, refunds: 2, refundedFen: 90_000 } : steady)))).not.toContain('refund_ratio_high');
  });

  it('round_ticket_burst: five 500-yuan tickets at a noodle shop; not at a shop that sells in hundreds, not two of them', () => {
    const burst = (roundTickets: number) => ({ succeeded: 40 + roundTickets, grossFen: 100_000 + roundTickets * 50_000, roundTickets, roundFen: roundTickets * 50_000 });
    const fires = judgeMerchant('m', history((o) => (o === 0 ? burst(5) : steady)), DAY, DEFAULT_INSIGHT_SETTINGS);
    expect(fires.map((w) => w.kind)).toEqual(['round_ticket_burst']);
    expect(fires[0]!.evidence).toMatchObject({ roundTickets: 5, roundAverageFen: 50_000, usualTicketFen: 2_500 });
    const furniture = { succeeded: 10, grossFen: 500_000, roundTickets: 5, roundFen: 250_000 };
    expect(kinds(history((o) => (o === 0 ? burst(5) : furniture)))).toEqual([]);
    expect(kinds(history((o) => (o === 0 ? burst(2) : steady)))).toEqual([]);
  });

  it('follows the tenant’s thresholds', () => {
    const dip = history((o) => (o === 0 ? { succeeded: 32, grossFen: 80_000 } : steady));
    expect(judgeMerchant('m', dip, DAY, { ...DEFAULT_INSIGHT_SETTINGS, dropPercent: 15 }).map((w) => w.kind)).toEqual(['takings_drop']);
  });
});
