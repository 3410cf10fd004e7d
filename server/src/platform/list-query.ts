// Lists in the shape react-admin's ra-data-simple-rest expects:
//   GET /api/things?sort=["name","ASC"]&range=[0,24]&filter={"q":"abc"}
// answered with a JSON array and `Content-Range: things 0-24/319`.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyReply } from 'fastify';
import { invalidParameter } from './errors.js';
import { findNul } from './nul-characters.js';
import './typebox-formats.js';

export const ListQuerystring = Type.Object({
  sort: Type.Optional(Type.String({ description: 'JSON ["field","ASC"|"DESC"]', examples: ['["createdAt","DESC"]'] })),
  range: Type.Optional(Type.String({ description: 'JSON [first,last], inclusive, zero-based', examples: ['[0,24]'] })),
  filter: Type.Optional(Type.String({ description: 'JSON object of filters; "q" searches', examples: ['{"q":"shop"}'] })),
});
export type ListQuerystring = Static<typeof ListQuerystring>;

export interface ListQuery {
  /** `order by` body built only from whitelisted columns. */
  orderBy: string;
  limit: number;
  offset: number;
  filter: Record<string, unknown>;
}

export interface ListSpec {
  /** API field name → SQL column (only these can be sorted on). */
  sortable: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
  /** Column added to every order by so pages are stable. */
  tieBreaker: string;
  /**
   * Sortable API fields whose column may be null: those sort with nulls last. The
   * others keep PostgreSQL's default null order, so a plain index serves both directions.
   */
  nullable?: string[];
  maxPageSize?: number;
}

function parseJson(name: string, raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw invalidParameter(name, 'must be JSON');
  }
  // A NUL escaped inside JSON (\u0000) only appears once parsed; PostgreSQL refuses it in text.
  const nul = findNul(value);
  if (nul !== undefined) throw invalidParameter(`${name}${nul}`, 'must not contain NUL characters');
  return value;
}

export function parseListQuery(query: ListQuerystring, spec: ListSpec): ListQuery {
  const maxPageSize = spec.maxPageSize ?? 1000;
  const sort = parseJson('sort', query.sort) ?? spec.defaultSort;
  if (!Array.isArray(sort) || typeof sort[0] !== 'string' || !['ASC', 'DESC'].includes(String(sort[1]).toUpperCase())) {
    throw invalidParameter('sort', 'must be ["field","ASC"|"DESC"]');
  }
  // Own keys only: "__proto__", "constructor" or "toString" must not find what every object inherits.
  const column = Object.hasOwn(spec.sortable, sort[0]) ? spec.sortable[sort[0]] : undefined;
  if (!column) throw invalidParameter('sort', `cannot sort by ${JSON.stringify(sort[0].slice(0, 64))}; sortable: ${Object.keys(spec.sortable).join(', ')}`);
  const direction = String(sort[1]).toUpperCase();

  const range = parseJson('range', query.range) ?? [0, 24];
  // Safe integers only: past 2^53 a JSON number is no longer the one sent, and past 2^63 no bigint (offset, limit) holds it.
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isSafeInteger(n) && n >= 0) || range[1] < range[0]) {
    throw invalidParameter('range', `must be [first,last] with 0 <= first <= last <= ${Number.MAX_SAFE_INTEGER}`);
  }
  const [first, last] = range as [number, number];
  if (last - first + 1 > maxPageSize) throw invalidParameter('range', `a page holds at most ${maxPageSize} rows`);

  const filter = parseJson('filter', query.filter) ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw invalidParameter('filter', 'must be a JSON object');

  return {
    orderBy: `${column} ${direction}${spec.nullable?.includes(sort[0]) ? ' nulls last' : ''}, ${spec.tieBreaker} ${direction}`,
    limit: last - first + 1,
    offset: first,
    filter: filter as Record<string, unknown>,
  };
}

/** Sets Content-Range for a page of `rows` starting at `offset` out of `total`. */
export function withContentRange<T>(reply: FastifyReply, resource: string, rows: T[], offset: number, total: number): T[] {
  const end = rows.length === 0 ? offset : offset + rows.length - 1;
  reply.header('Content-Range', `${resource} ${offset}-${end}/${total}`);
  return rows;
}

/** Checks a list's `filter` object against the endpoint's schema of filter keys. */
export function checkFilter<T extends TSchema>(schema: T, filter: Record<string, unknown>): Static<T> {
  if (!Value.Check(schema, filter)) {
    const first = [...Value.Errors(schema, filter)][0];
    throw invalidParameter(`filter${first?.path ?? ''}`, first?.message ?? 'invalid');
  }
  return filter as Static<T>;
}
