// Whether a shop is open: weekly spans in the merchant's own time zone. Shared
// because the hub (offline alerts wait while a shop is closed) and the screen
// (updates install only while it is closed) must read the same hours the same way.

/** One weekly span; `closes` before `opens` runs past midnight. Clock times are "HH:MM", `closes` may be "24:00". */
export interface TradingSpan {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  opens: string;
  closes: string;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** The weekday (1-7) and minute of the day at `at` in `timeZone`. */
function localTime(at: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: weekdays[get('weekday')]!, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** No hours at all means always open. */
export function isOpenAt(hours: readonly TradingSpan[] | null | undefined, timeZone: string, at: Date): boolean {
  if (!hours || hours.length === 0) return true;
  const { day, minute } = localTime(at, timeZone);
  const yesterday = day === 1 ? 7 : day - 1;
  return hours.some((span) => {
    const opens = minutes(span.opens);
    const closes = minutes(span.closes);
    if (opens < closes) return span.days.includes(day) && minute >= opens && minute < closes;
    // Overnight: open from `opens` on a listed day until `closes` the next morning.
    return (span.days.includes(day) && minute >= opens) || (span.days.includes(yesterday) && minute < closes);
  });
}
