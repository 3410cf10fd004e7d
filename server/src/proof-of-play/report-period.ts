// The period a report covers: `from` inclusive, `to` exclusive, UTC. A bare
// date means its midnight UTC; by default the last 30 days up to now.
import { Type } from '@sinclair/typebox';
import { BadRequestError } from '../platform/errors.js';
import { isCalendarDate } from '../platform/calendar-formats.js';

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;

export const PeriodQuery = {
  from: Type.Optional(Type.String({ description: 'inclusive; ISO date-time, or a date (its midnight UTC); default 30 days before `to`', examples: ['2025-03-01'] })),
  to: Type.Optional(Type.String({ description: 'exclusive; ISO date-time or a date; default now', examples: ['2025-04-01'] })),
};

export interface Period {
  from: Date;
  to: Date;
}

function parse(name: string, raw: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw)) throw new BadRequestError(`${name} must be an ISO date or date-time`);
  const ms = Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw);
  // A day that exists, in a year PostgreSQL holds (it has no year 0, which JavaScript takes for 1 BC).
  if (Number.isNaN(ms) || !isCalendarDate(raw.slice(0, 10)) || new Date(ms).getUTCFullYear() < 1) throw new BadRequestError(`${name} is not a valid date`);
  return new Date(ms);
}

export function parsePeriod(query: { from?: string; to?: string }, now = Date.now()): Period {
  const to = query.to === undefined ? new Date(now) : parse('to', query.to);
  const from = query.from === undefined ? new Date(to.getTime() - 30 * DAY_MS) : parse('from', query.from);
  if (from.getUTCFullYear() < 1) throw new BadRequestError('to is too early for the default period (the 30 days before it): give from');
  if (from >= to) throw new BadRequestError('from must be before to');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) throw new BadRequestError(`a report covers at most ${MAX_DAYS} days`);
  return { from, to };
}
