// A merchant's trading hours: weekly spans in the merchant's own time zone.
// Alerts about an offline screen wait while the shop is closed.
import { Type, type Static } from '@sinclair/typebox';

const ClockTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', examples: ['08:30'] });

export const TradingHoursSchema = Type.Array(
  Type.Object(
    {
      days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true, description: 'ISO weekdays, 1 = Monday' }),
      opens: ClockTime,
      closes: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'before opens means the span runs past midnight' }),
    },
    { additionalProperties: false },
  ),
  { maxItems: 21, description: 'null or absent: always open' },
);
export type TradingHours = Static<typeof TradingHoursSchema>;

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** The weekday (1-7) and minute of the day at `at` in `timeZone`. */
function localTime(at: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: weekdays[get('weekday')]!, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function isOpenAt(hours: TradingHours | null | undefined, timeZone: string, at: Date): boolean {
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
