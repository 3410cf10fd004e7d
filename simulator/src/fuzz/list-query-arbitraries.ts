// Query strings a careless or hostile operator's client sends to the list
// endpoints: for `sort`, `range` and `filter` (JSON in a parameter, as
// react-admin's simple REST client writes them) the shapes the hub expects
// with hostile contents, and shapes it does not expect (bad JSON, deep JSON,
// wrong types); for every other parameter, values by its schema's type and
// format; then unknown and repeated parameters, and raw bytes the URL parser
// has to cope with (broken %-escapes).
import fc from 'fast-check';
import { EDGE_NUMBERS, hostileNumberText, hostileString, INJECTION_STRINGS } from './hostile-values.js';
import type { ListEndpoint, QueryParameter } from './list-endpoints.js';
import type { PathIds } from './fuzz-scene.js';
import { oneTimeIn } from './now-and-then.js';

export interface ListQueryCase {
  endpoint: string;
  /** The request's path and query, as sent. */
  url: string;
}

/** Text values are kept short enough that the whole URL stays under Node's 16 KiB header limit (past it Node answers 431 itself). */
const MAX_VALUE = 2000;

/** Keys any filter might try: the prototype chain, the hub's own generic keys, and nonsense. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'q', 'query', 'id', '', ' ', 'a'.repeat(300), 'deviceId\u0000', 'state; drop table x'];
const DIRECTIONS = ['ASC', 'DESC', 'asc', 'desc', 'SIDEWAYS', '', 'ASC; drop table devices', 'DESC NULLS FIRST'];

/** Deeply nested JSON: arrays and objects 50 to 1,000 levels down. */
const deepJson = fc.constantFrom(50, 200, 1000).chain((depth) =>
  fc.constantFrom('['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), '['.repeat(depth), '{"q":'.repeat(depth) + '"x"' + '}'.repeat(depth)),
);
const badJson = fc.constantFrom('', '[', '{', '{"a":}', "['createdAt','ASC']", '[createdAt,ASC]', 'null', 'true', '1', '"x"', '[]', '{}', '[null,null]', '\u0000', '{"a":1,"a":2}', '{"__proto__":{"x":1}}');

/** A JSON value for a filter key: hostile text, edge numbers, booleans, null, arrays, objects. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 4, arbitrary: hostileString(300) },
    { weight: 2, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...HOSTILE_KEYS, 'q', 'state'), tie('value'), { maxKeys: 3 }) },
  ),
})).value;

function sortValue(endpoint: ListEndpoint): fc.Arbitrary<string> {
  const field = fc.oneof(fc.constantFrom(...(endpoint.fields.length ? endpoint.fields : ['id'])), fc.constantFrom(...HOSTILE_KEYS), hostileString(200));
  // Half the time a sort the endpoint takes, so the request gets past it to whatever else is hostile in it.
  const fine = fc.tuple(fc.constantFrom(...(endpoint.fields.length ? endpoint.fields : ['id'])), fc.constantFrom('ASC', 'DESC'));
  return fc.oneof(
    { weight: 9, arbitrary: fine.map((pair) => JSON.stringify(pair)) },
    { weight: 5, arbitrary: fc.tuple(field, fc.constantFrom(...DIRECTIONS)).map((pair) => JSON.stringify(pair)) },
    { weight: 1, arbitrary: fc.tuple(field, fc.constantFrom(...DIRECTIONS), jsonValue).map((triple) => JSON.stringify(triple)) },
    { weight: 1, arbitrary: jsonValue.map((v) => JSON.stringify([v, 'ASC']) ?? '') },
    { weight: 1, arbitrary: badJson },
    { weight: 1, arbitrary: deepJson },
  );
}

function rangeValue(): fc.Arbitrary<string> {
  const bound = fc.oneof(fc.constantFrom(...EDGE_NUMBERS, -1, -0.5, 24, 999, 1000, 1001), fc.integer({ min: -10, max: 5000 }));
  const fine = fc.tuple(fc.nat(1000), fc.nat(999)).map(([first, size]) => JSON.stringify([first, first + size]));
  return fc.oneof(
    { weight: 9, arbitrary: fine },
    { weight: 5, arbitrary: fc.tuple(bound, bound).map((pair) => JSON.stringify(pair)) },
    { weight: 1, arbitrary: fc.tuple(hostileNumberText(), hostileNumberText()).map(([a, b]) => `[${a},${b}]`) },
    { weight: 1, arbitrary: jsonValue.map((v) => JSON.stringify([v, v]) ?? '') },
    { weight: 1, arbitrary: badJson },
    { weight: 1, arbitrary: deepJson },
  );
}

function filterValue(endpoint: ListEndpoint): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(endpoint.filterKeys.length ? endpoint.filterKeys : ['q'])) }, { weight: 1, arbitrary: fc.constantFrom(...endpoint.fields, ...HOSTILE_KEYS) });
  const entries = fc.array(fc.tuple(key, jsonValue), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    // Object.fromEntries defines own properties, so "__proto__" is written as a key, not a prototype.
    { weight: 6, arbitrary: entries.map((list) => JSON.stringify(Object.fromEntries(list))) },
    { weight: 1, arbitrary: jsonValue.map((v) => JSON.stringify(v) ?? '') },
    { weight: 1, arbitrary: badJson },
    { weight: 1, arbitrary: deepJson },
  );
}

/** A value for a parameter that is not sort/range/filter, by its schema: the type's edges, the format's near misses, any hostile text. */
function schemaValue(parameter: QueryParameter): fc.Arbitrary<string> {
  const schema = parameter.schema;
  const typed: Array<fc.Arbitrary<string>> = [];
  if (schema.type === 'integer' || schema.type === 'number') typed.push(hostileNumberText());
  if (schema.format === 'date-time' || /date|from|to|since|month/i.test(parameter.name)) {
    typed.push(fc.constantFrom('2026-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '2026-02-30T00:00:00Z', '2026-13-01', '2026-00', '2026-12', '1970-01-01', '2026-01-01T25:61:61Z', '2026-01-01T00:00:00+99:99', 'yesterday', '2026-01-01 00:00:00'));
    typed.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
  }
  if (schema.format === 'uuid') typed.push(fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-4000-8000-00000000000', '{00000000-0000-4000-8000-000000000000}'), fc.uuid());
  const choices = (schema.anyOf as Array<{ enum?: unknown[] }> | undefined)?.flatMap((s) => s.enum ?? []) ?? (schema.enum as unknown[] | undefined) ?? [];
  if (choices.length) typed.push(fc.constantFrom(...choices.map(String)), fc.constantFrom(...choices.map((c) => String(c).toUpperCase())));
  typed.push(hostileString(MAX_VALUE));
  return fc.oneof(...typed);
}

function parameterValue(endpoint: ListEndpoint, parameter: QueryParameter): fc.Arbitrary<string> {
  switch (parameter.name) {
    case 'sort':
      return sortValue(endpoint);
    case 'range':
      return rangeValue();
    case 'filter':
      return filterValue(endpoint);
    default:
      return schemaValue(parameter);
  }
}

/** Percent-encodes every byte of the UTF-8 that is not unreserved (a lone surrogate becomes U+FFFD, as any client would send it). */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text.slice(0, MAX_VALUE), 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** What a client may put raw in a query: broken and double %-escapes, '+', ';' and bare '='. */
const RAW_QUERY_TAILS = ['%', '%Z', '%ZZ', '%E0%A4', '%C0%80', '%00', '%%', '%2525', '+', ';', '=', '==', '&&', 'a=1&a=2', '%FF%FE'];

/**
 * A real id for a path parameter where the scene has one: by the parameter's name (`deviceId`), else by the
 * collection it follows (`/groups/{id}`); else a value of the shape the name asks for.
 */
function realId(path: string, name: string, pathIds: PathIds): string {
  const collection = path.match(new RegExp(`/([a-z-]+)/\\{${name}\\}`))?.[1];
  return pathIds[name] ?? (collection ? pathIds[collection] : undefined) ?? (name === 'sha256' ? '0'.repeat(64) : '00000000-0000-4000-8000-000000000000');
}

function endpointCase(endpoint: ListEndpoint, pathIds: PathIds): fc.Arbitrary<ListQueryCase> {
  const pathParams = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pathValues = fc.tuple(
    ...pathParams.map((name) => fc.oneof({ weight: 6, arbitrary: fc.constant(realId(endpoint.path, name, pathIds)) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileString(200).filter((s) => s.length > 0) })),
  );
  // Each parameter now and then left out; a required one seldom (its absence is a case of its own).
  const present = fc.tuple(...endpoint.query.map((p) => fc.option(parameterValue(endpoint, p), { nil: undefined, freq: p.required ? 10 : 3 })));
  return fc
    .record({
      pathValues,
      values: present,
      // The same parameter twice, an unknown one, a raw tail no encoder would write.
      repeated: oneTimeIn(6, fc.tuple(fc.constantFrom(...endpoint.query.map((p) => p.name)), hostileString(100)), undefined),
      unknown: oneTimeIn(6, fc.tuple(fc.constantFrom(...INJECTION_STRINGS.slice(0, 12), '__proto__', 'constructor[prototype]', 'sort[]', 'filter[q]'), hostileString(100)), undefined),
      rawTail: oneTimeIn(6, fc.constantFrom(...RAW_QUERY_TAILS), undefined),
    })
    .map(({ pathValues: ids, values, repeated, unknown, rawTail }) => {
      let i = 0;
      const path = endpoint.path.replace(/\{\w+\}/g, () => percentEncode(ids[i++] ?? ''));
      const pairs: Array<[string, string]> = [];
      endpoint.query.forEach((p, k) => {
        if (values[k] !== undefined) pairs.push([p.name, values[k]!]);
      });
      if (repeated) pairs.push(repeated);
      if (unknown) pairs.push(unknown);
      const query = pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`);
      if (rawTail) query.push(rawTail);
      return { endpoint: endpoint.path, url: query.length ? `${path}?${query.join('&')}` : path };
    });
}

/** One request to any of `endpoints` (each equally likely). */
export function listQueryCase(endpoints: ListEndpoint[], pathIds: PathIds): fc.Arbitrary<ListQueryCase> {
  return fc.oneof(...endpoints.map((endpoint) => endpointCase(endpoint, pathIds)));
}
