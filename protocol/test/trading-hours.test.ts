// Trading hours are wall-clock times in the merchant's own IANA time zone: the
// hub (offline alerts wait while a shop is closed) and the screen (an update
// installs only while it is closed) both ask isOpenAt. Across a daylight-saving
// change a fixed UTC offset would be an hour wrong for half the year; each case
// below names the instant in UTC and what a fixed offset would have answered.
import { describe, expect, it } from 'vitest';
import { isOpenAt, type TradingSpan } from '../src/index.js';

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const bakery: TradingSpan[] = [{ days: everyDay, opens: '07:00', closes: '19:00' }];
// Friday and Saturday nights until two in the morning.
const bar: TradingSpan[] = [{ days: [5, 6], opens: '20:00', closes: '02:00' }];
const at = (iso: string) => new Date(iso);

describe('trading hours in Europe/Berlin across daylight saving (2026: 29 March, 25 October)', () => {
  it.each([
    // Spring forward (CET +01:00 → CEST +02:00 at 01:00 UTC on 29 March).
    ['2026-03-28T05:30:00Z', false, '06:30 CET, Saturday, before opening'],
    ['2026-03-29T05:30:00Z', true, '07:30 CEST: open (a fixed +01:00 says 06:30, closed)'],
    ['2026-03-29T17:30:00Z', false, '19:30 CEST: closed (a fixed +01:00 says 18:30, open)'],
    // Fall back (CEST → CET at 01:00 UTC on 25 October).
    ['2026-10-24T16:30:00Z', true, '18:30 CEST, Saturday'],
    ['2026-10-25T05:30:00Z', false, '06:30 CET: closed (a fixed +02:00 says 07:30, open)'],
    ['2026-10-25T17:30:00Z', true, '18:30 CET: open (a fixed +02:00 says 19:30, closed)'],
  ])('%s is open: %s (%s)', (instant, open) => {
    expect(isOpenAt(bakery, 'Europe/Berlin', at(instant))).toBe(open);
  });

  it('a span past midnight that ends inside the hour spring skips closes when the clock jumps past it', () => {
    const late: TradingSpan[] = [{ days: [6], opens: '22:00', closes: '02:30' }];
    expect(isOpenAt(late, 'Europe/Berlin', at('2026-03-29T00:45:00Z'))).toBe(true); // 01:45 CET, Saturday's night
    expect(isOpenAt(late, 'Europe/Berlin', at('2026-03-29T01:15:00Z'))).toBe(false); // 03:15 CEST: 02:30 never came
  });
});

describe('hours past midnight in America/New_York across daylight saving (2026: 8 March, 1 November)', () => {
  it.each([
    // Saturday 7 March's night runs into the spring-forward Sunday (EST −05:00 → EDT −04:00 at 07:00 UTC).
    ['2026-03-08T01:30:00Z', true, '20:30 EST Saturday: open'],
    ['2026-03-08T06:30:00Z', true, '01:30 EST Sunday: still Saturday\'s night'],
    ['2026-03-08T07:30:00Z', false, '03:30 EDT: closed (a fixed −05:00 says 02:30, also closed; 01:30 EDT never existed)'],
    ['2026-03-08T06:59:00Z', true, '01:59 EST, the last minute before the jump'],
    // Saturday 31 October's night runs into the fall-back Sunday: 01:00–02:00 happens twice.
    ['2026-11-01T05:30:00Z', true, '01:30 EDT, the first time'],
    ['2026-11-01T06:30:00Z', true, '01:30 EST, the second time: still before closing'],
    ['2026-11-01T07:30:00Z', false, '02:30 EST: closed (a fixed −04:00 says 03:30, also closed)'],
    ['2026-11-01T06:59:00Z', true, '01:59 EST'],
    ['2026-11-01T07:00:00Z', false, '02:00 EST: closing time'],
    // The span belongs to Friday and Saturday only: Sunday night is closed.
    ['2026-11-02T02:00:00Z', false, '21:00 EST Sunday'],
  ])('%s is open: %s (%s)', (instant, open) => {
    expect(isOpenAt(bar, 'America/New_York', at(instant))).toBe(open);
  });
});

describe('no hours', () => {
  it('means always open, in any zone', () => {
    expect(isOpenAt([], 'Europe/Berlin', at('2026-03-29T01:30:00Z'))).toBe(true);
    expect(isOpenAt(null, 'America/New_York', at('2026-11-01T06:30:00Z'))).toBe(true);
  });
});
