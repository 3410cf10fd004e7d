// The hub's `date` format: YYYY-MM-DD naming a day that exists (ajv-formats'
// check: month lengths, leap years) in a year PostgreSQL's `date` holds, 1 to
// 9999 (it has no year 0). ajv-formats alone lets 0000-01-01 through, which
// then fails the statement it reaches. Used by fastify's validator (app.ts)
// and TypeBox's checker (typebox-formats.ts) alike.
import { fullFormats } from 'ajv-formats/dist/formats.js';

const dayExists = fullFormats.date as { validate: (text: string) => boolean };

export function isCalendarDate(text: string): boolean {
  return dayExists.validate(text) && !text.startsWith('0000');
}

/** For fastify's `ajv.onCreate`, which runs after ajv-formats is added: replaces its `date`. */
export function calendarDateFormat<Ajv extends { addFormat(name: string, validate: (text: string) => boolean): Ajv }>(ajv: Ajv): Ajv {
  return ajv.addFormat('date', isCalendarDate);
}
