// The calendar day and hour in a merchant's time zone, for what screen and hub
// both decide by local time (ad dayparts, after-payment triggers). Formatters
// are made once per zone and answers kept per (zone, instant): schedules ask
// the same 24 hours again and again.
/**
 * The time zone of a screen whose merchant has none to give (a screen not yet assigned, a schedule without a zone)
 * and of the ad calendar: the fleet this hub was built for is in China. A merchant's own zone always wins.
 */
export const FLEET_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();
const answers = new Map<string, { day: string; hour: number }>();

/** The local calendar day (YYYY-MM-DD) and hour (0-23) at `atMs` in `timeZone`. */
export function localDayHour(atMs: number, timeZone: string): { day: string; hour: number } {
  const key = `${timeZone}@${atMs}`;
  let local = answers.get(key);
  if (local) return local;
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(atMs)).map((p) => [p.type, p.value]));
  local = { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
  if (answers.size > 10_000) answers.clear();
  answers.set(key, local);
  return local;
}
