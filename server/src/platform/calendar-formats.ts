// The hub's `date` and `date-time` formats: ajv-formats' checks (a day that
// exists: month lengths, leap years), in the years PostgreSQL holds, 1 to
// 9999. ajv-formats alone lets year 0 through (0000-01-01, or
// 0001-01-01T00:00:00+01:00, which is year 0 in UTC), and JavaScript takes it
// for 1 BC: written out it then fails the statement it reaches (PGlite cannot
// read it at all). Used by fastify's validator (app.ts) and TypeBox's checker
// (typebox-formats.ts) alike.
import { fullFormats } from 'ajv-formats/dist/formats.js';

type Check = { validate: (text: string) => boolean };
const dayExists = fullFormats.date as Check;
const isDateTime = fullFormats['date-time'] as Check;

export function isCalendarDate(text: string): boolean {
  return dayExists.validate(text) && !text.startsWith('0000');
}

export function isTimestamp(text: string): boolean {
  if (!isDateTime.validate(text)) return false;
  const year = new Date(text).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/** For fastify's `ajv.onCreate`, which runs after ajv-formats is added: replaces its `date` and `date-time`. */
export function calendarFormats<Ajv extends { addFormat(name: string, validate: (text: string) => boolean): Ajv }>(ajv: Ajv): Ajv {
  return ajv.addFormat('date', isCalendarDate).addFormat('date-time', isTimestamp);
}
