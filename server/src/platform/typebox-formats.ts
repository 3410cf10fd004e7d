// String formats for TypeBox's own checker (Value.Check), which knows none by
// default: without these, every `format: 'uuid'` checked outside fastify's
// validator (list filters) refuses every value ("Unknown format"). The same
// definitions as ajv-formats', which fastify's validator uses for the routes.
import { FormatRegistry } from '@sinclair/typebox';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isCalendarDate, isTimestamp } from './calendar-formats.js';

for (const name of ['uuid', 'time', 'email', 'uri', 'ipv4', 'ipv6'] as const) {
  const format = fullFormats[name];
  const check = typeof format === 'function' ? format : format instanceof RegExp ? (text: string) => format.test(text) : (format as { validate: (text: string) => boolean }).validate;
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, (text) => Boolean(check(text)));
}
// The hub's own `date` and `date-time`, as fastify's validator has them: in a year PostgreSQL holds.
if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', isCalendarDate);
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', isTimestamp);
