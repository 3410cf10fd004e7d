// Uplinks as a hostile or broken screen writes them, built from the schema
// itself (protobufjs reflection over hub.v1.Uplink): every field of every body
// gets the edges of its type (0, −1, the largest and smallest int32, int64,
// uint32 and uint64, NaN and infinities for floats, empty, huge, NUL-bearing,
// invalid-UTF-8 strings, unknown enum values), plus unknown field numbers, no
// body or two, a wrong wire type, random bytes and mutated valid envelopes. A
// field added to the .proto is fuzzed without a line changed here.
import fc from 'fast-check';
import { wireType, type WireEnum, type WireSchemaField, type WireSchemaType } from '@screenhub/protocol/wire-schema';
import { applyMutations, byteMutations } from './byte-mutations.js';
import { describeBytes, describedAs } from './case-description.js';
import { oneTimeIn } from './now-and-then.js';
import { AWKWARD_UNICODE, EDGE_LENGTHS, hostileString, INJECTION_STRINGS } from './hostile-values.js';
import { encodeWire, fixed32, fixed64, float32, float64, zigzag, type WireField, type WireValue } from './protobuf-wire.js';

export interface UplinkCase {
  /** How it was made: from the schema's fields, random bytes, or a valid envelope mutated. */
  kind: 'fields' | 'random' | 'mutated';
  fields: WireField[];
  payload: Uint8Array;
  /** Re-sign a PayRequest or QrPayRequest in it, so it passes the signature check and reaches the payment path. */
  sign: boolean;
}

interface Edge {
  label: string;
  value: WireValue;
  /** The reader cannot decode it (a wrong wire type, invalid UTF-8, a garbled message): the whole envelope is dropped. */
  breaks?: true;
}

const B = (n: number | bigint) => BigInt(n);
/** Integer edges of every protobuf integer type, as the 64-bit value written on the wire. */
const INTEGER_EDGES: ReadonlyArray<[string, bigint]> = [
  ['0', 0n],
  ['1', 1n],
  ['-1', -1n],
  ['int32 max', B(2 ** 31 - 1)],
  ['int32 min', -B(2 ** 31)],
  ['2^31', B(2 ** 31)],
  ['uint32 max', B(2 ** 32 - 1)],
  ['2^32', B(2 ** 32)],
  ['2^53 - 1', B(Number.MAX_SAFE_INTEGER)],
  ['2^53 + 1', B(Number.MAX_SAFE_INTEGER) + 2n],
  ['int64 max', 2n ** 63n - 1n],
  ['int64 min', -(2n ** 63n)],
  ['uint64 max', 2n ** 64n - 1n],
];
const FLOAT_EDGES: ReadonlyArray<[string, number]> = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['-0', -0],
  ['max', Number.MAX_VALUE],
  ['min positive', Number.MIN_VALUE],
  ['-1', -1],
];
/** Byte sequences that are not UTF-8: an overlong NUL, a surrogate, 0xFF, a cut multi-byte character. */
const INVALID_UTF8: ReadonlyArray<[string, number[]]> = [
  ['overlong NUL', [0xc0, 0x80]],
  ['UTF-8 surrogate', [0xed, 0xa0, 0x80]],
  ['0xFF', [0xff]],
  ['cut character', [0xe6, 0x94]],
];
/** Unknown body kinds and fields: numbers past the schema's and the largest field number (a newer screen may send them)… */
const UNKNOWN_FIELD_NUMBERS = [19, 20, 99, 1000, 2 ** 29 - 1];
/** …and the numbers no field may have. */
const INVALID_FIELD_NUMBERS = [0, 2 ** 29];

const utf8 = (text: string) => Uint8Array.from(Buffer.from(text, 'utf8'));
const isEnum = (field: WireSchemaField): boolean => !!field.resolvedType && 'values' in field.resolvedType;
const isMessage = (field: WireSchemaField): boolean => !!field.resolvedType && 'fieldsArray' in field.resolvedType;

/** The edges of `field`'s type, labelled; those the reader cannot decode are marked. */
export function fieldEdges(field: WireSchemaField): Edge[] {
  const varints = (list: ReadonlyArray<[string, bigint]>) => list.map(([label, v]): Edge => ({ label, value: { wire: 0, varint: v } }));
  let edges: Edge[];
  if (isEnum(field)) {
    const known = Object.entries((field.resolvedType as WireEnum).values).map(([name, v]): [string, bigint] => [name, B(v)]);
    edges = varints([...known, ['unknown 99', 99n], ['-1', -1n], ['int32 max', B(2 ** 31 - 1)], ['uint64 max', 2n ** 64n - 1n]]);
  } else if (isMessage(field)) {
    edges = [
      { label: 'empty message', value: { wire: 2, bytes: new Uint8Array() } },
      { label: 'garbage message', value: { wire: 2, bytes: Uint8Array.from([0xff, 0xff, 0xff]) }, breaks: true },
    ];
  } else {
    switch (field.type) {
      case 'double':
        edges = FLOAT_EDGES.map(([label, v]) => ({ label, value: { wire: 1, fixed64: float64(v) } }));
        break;
      case 'float':
        edges = FLOAT_EDGES.map(([label, v]) => ({ label, value: { wire: 5, fixed32: float32(v) } }));
        break;
      case 'sint32':
      case 'sint64':
        edges = INTEGER_EDGES.map(([label, v]) => ({ label, value: { wire: 0, varint: zigzag(v) } }));
        break;
      case 'fixed32':
      case 'sfixed32':
        edges = INTEGER_EDGES.map(([label, v]) => ({ label, value: { wire: 5, fixed32: fixed32(v) } }));
        break;
      case 'fixed64':
      case 'sfixed64':
        edges = INTEGER_EDGES.map(([label, v]) => ({ label, value: { wire: 1, fixed64: fixed64(v) } }));
        break;
      case 'bool':
        edges = varints([['false', 0n], ['true', 1n], ['2', 2n], ['uint64 max', 2n ** 64n - 1n]]);
        break;
      case 'string':
        edges = [
          ...[...AWKWARD_UNICODE, ...INJECTION_STRINGS.slice(0, 6)].map((text) => ({ label: JSON.stringify(text), value: { wire: 2, bytes: utf8(text) } as WireValue })),
          ...EDGE_LENGTHS.filter((n) => n > 0).map((n) => ({ label: `${n} characters`, value: { wire: 2, bytes: utf8('x'.repeat(n)) } as WireValue })),
          ...INVALID_UTF8.map(([label, bytes]): Edge => ({ label, value: { wire: 2, bytes: Uint8Array.from(bytes) }, breaks: true })),
        ];
        break;
      case 'bytes':
        edges = [0, 1, 32, 64, 65, 1024, 1025, 4096].map((n) => ({ label: `${n} bytes`, value: { wire: 2, bytes: new Uint8Array(n).fill(0xa5) } }));
        break;
      default:
        edges = varints(INTEGER_EDGES);
    }
  }
  // A length-delimited value where a number belongs (or the reverse), and a wire type that does not exist.
  const wrong: WireValue = edges[0]?.value.wire === 2 ? { wire: 0, varint: 1n } : { wire: 2, bytes: utf8('x') };
  return [...edges, { label: 'wrong wire type', value: wrong, breaks: true }, { label: 'invalid wire type 7', value: { wire: 7 }, breaks: true }];
}

/** Where a message field sits for the report, as uplink-field-limits.ts names it: `heartbeat.rssiDbm`, `playProofs.records[].durationMs`. */
const childPath = (path: string, field: WireSchemaField) => `${path}.${field.name}${field.repeated ? '[]' : ''}`;

/**
 * Every field of every Uplink body, one at a time, at every edge of its type, in a minimal envelope; then unknown
 * field numbers, no body and two bodies. Deterministic: the same table every run, whatever the seed.
 */
export function uplinkEdgeTable(): Array<{ label: string; payload: Uint8Array }> {
  const uplink = wireType('Uplink');
  const table: Array<{ label: string; payload: Uint8Array }> = [];
  const heartbeatId = uplink.fields.heartbeat!.id;
  const envelope = (fields: WireField[]) => encodeWire([{ id: 1, value: { wire: 0, varint: 1n } }, { id: 2, value: { wire: 0, varint: B(Date.now()) } }, ...fields]);
  for (const field of uplink.fieldsArray) {
    if (field.partOf) {
      const body = field.resolvedType as WireSchemaType;
      for (const [path, inner] of edgesOf(body, field.name)) table.push({ label: `${path} = ${inner.label}`, payload: envelope([{ id: field.id, value: { wire: 2, bytes: inner.bytes } }]) });
      for (const id of [...UNKNOWN_FIELD_NUMBERS, ...INVALID_FIELD_NUMBERS]) table.push({ label: `${field.name}: unknown field ${id}`, payload: envelope([{ id: field.id, value: { wire: 2, bytes: encodeWire([{ id, value: { wire: 0, varint: 1n } }]) } }]) });
    } else {
      for (const edge of fieldEdges(field)) table.push({ label: `${field.name} = ${edge.label}`, payload: encodeWire([{ id: field.id, value: edge.value }, { id: heartbeatId, value: { wire: 2, bytes: new Uint8Array() } }]) });
    }
  }
  for (const id of [...UNKNOWN_FIELD_NUMBERS, ...INVALID_FIELD_NUMBERS]) table.push({ label: `unknown body ${id}`, payload: envelope([{ id, value: { wire: 2, bytes: new Uint8Array() } }]) });
  table.push({ label: 'no body', payload: envelope([]) });
  table.push({ label: 'two bodies', payload: envelope([{ id: heartbeatId, value: { wire: 2, bytes: new Uint8Array() } }, { id: uplink.fields.hello!.id, value: { wire: 2, bytes: new Uint8Array() } }]) });
  table.push({ label: 'empty payload', payload: new Uint8Array() });
  return table;
}

/** A message of `type` holding one field at one edge, for every field (and the fields of nested messages, inside their parent). */
function edgesOf(type: WireSchemaType, path: string, depth = 0): Array<[string, { label: string; bytes: Uint8Array }]> {
  const out: Array<[string, { label: string; bytes: Uint8Array }]> = [];
  for (const field of type.fieldsArray) {
    const here = childPath(path, field);
    for (const edge of fieldEdges(field)) out.push([here, { label: edge.label, bytes: encodeWire([{ id: field.id, value: edge.value }]) }]);
    if (isMessage(field) && depth < 2) {
      for (const [innerPath, inner] of edgesOf(field.resolvedType as WireSchemaType, here, depth + 1)) {
        out.push([innerPath, { label: inner.label, bytes: encodeWire([{ id: field.id, value: { wire: 2, bytes: inner.bytes } }]) }]);
      }
    }
  }
  return out;
}

/**
 * Values a real screen would send for the fields a payment checks, so that random cases (with `sign`) are sometimes
 * well-formed payments and reach the acquirer. Auth codes end in 10–89: the local gateway forces slow or failing
 * paths for other endings (gateway-behaviour.ts), which would only test its breaker.
 */
const PLAUSIBLE: Record<string, () => fc.Arbitrary<WireValue>> = {
  orderNo: () => fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).map((s) => ({ wire: 2, bytes: utf8(s) })),
  amountFen: () => fc.oneof(fc.constantFrom(1, 99_999_999, 100_000_000, 100_000_001), fc.integer({ min: 1, max: 100_000 })).map((n) => ({ wire: 0, varint: B(n) })),
  currency: () => fc.constant({ wire: 2, bytes: utf8('CNY') }),
  authCode: () => fc.stringMatching(/^28[0-9]{14}[1-8][0-9]$/).map((s) => ({ wire: 2, bytes: utf8(s) })),
};

/** A random value of `field`'s type: one of its edges, or anything of that wire shape. */
function fieldValue(field: WireSchemaField, depth: number): fc.Arbitrary<WireValue> {
  const edges = fc.constantFrom(...fieldEdges(field).filter((e) => !e.breaks).map((e) => e.value));
  let random: fc.Arbitrary<WireValue>;
  if (isMessage(field)) random = depth < 3 ? messageBytes(field.resolvedType as WireSchemaType, depth + 1) : fc.constant({ wire: 2, bytes: new Uint8Array() });
  else if (isEnum(field)) random = fc.integer().map((n) => ({ wire: 0, varint: B(n) }));
  else if (field.type === 'string') random = hostileString().map((s) => ({ wire: 2, bytes: utf8(s) }));
  else if (field.type === 'bytes') random = fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ wire: 2, bytes }));
  else if (field.type === 'double') random = fc.double().map((d) => ({ wire: 1, fixed64: float64(d) }));
  else if (field.type === 'float') random = fc.float().map((d) => ({ wire: 5, fixed32: float32(d) }));
  else random = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }).map((v) => ({ wire: 0, varint: v }));
  const plausible = PLAUSIBLE[field.name];
  return plausible ? fc.oneof({ weight: 3, arbitrary: plausible() }, { weight: 1, arbitrary: edges }, { weight: 1, arbitrary: random }) : fc.oneof(edges, random);
}

/** What a great many repeated values may take in all: under the broker's 64 KiB frame limit, so the hub, not the broker, is what they test. */
const MANY_BYTES = 60_000;

/**
 * Occurrences of one field: none, one, or for repeated fields a few, or (in a body, not deeper) a great many of one
 * value, past every count limit when the value is small.
 */
function occurrences(field: WireSchemaField, depth: number): fc.Arbitrary<WireField[]> {
  const one = fieldValue(field, depth).map((value) => ({ id: field.id, value }));
  if (!field.repeated) return fc.option(one.map((f) => [f]), { nil: [], freq: 2 }).map((f) => f);
  const few = fc.array(one, { maxLength: 4 });
  if (depth > 0) return few;
  const many = fc.tuple(one, fc.constantFrom(1001, 10_001)).map(([f, n]) => Array.from({ length: Math.min(n, Math.max(1, Math.floor(MANY_BYTES / encodeWire([f]).length))) }, () => f));
  return fc.oneof({ weight: 6, arbitrary: few }, { weight: 1, arbitrary: many });
}

/**
 * A message's fields, plus now and then an unknown field (which a reader skips) or one field of the wrong shape
 * (which makes the whole envelope undecodable: rare, so that most cases reach the hub's field checks).
 */
function messageFields(type: WireSchemaType, depth: number): fc.Arbitrary<WireField[]> {
  const unknown = oneTimeIn(8, fc.record({ id: fc.constantFrom(...UNKNOWN_FIELD_NUMBERS), value: fc.constantFrom<WireValue>({ wire: 0, varint: 1n }, { wire: 2, bytes: utf8('?') }, { wire: 5, fixed32: fixed32(1n) }, { wire: 1, fixed64: fixed64(1n) }) }), undefined);
  const wrongShape = oneTimeIn(
    40,
    fc.constantFrom(...type.fieldsArray).chain((f) => fc.constantFrom(...fieldEdges(f).filter((e) => e.breaks)).map((edge): WireField => ({ id: f.id, value: edge.value }))),
    undefined,
  );
  return fc.tuple(fc.tuple(...type.fieldsArray.map((f) => occurrences(f, depth))), unknown, wrongShape).map(([lists, extra, wrong]) => [...lists.flat(), ...(extra ? [extra] : []), ...(wrong ? [wrong] : [])]);
}

function messageBytes(type: WireSchemaType, depth: number): fc.Arbitrary<WireValue> {
  return messageFields(type, depth).map((fields) => ({ wire: 2, bytes: encodeWire(fields) }));
}

/** A whole Uplink: envelope fields at their edges, usually one body (sometimes none or two), perhaps an unknown body. */
export function uplinkCase(): fc.Arbitrary<UplinkCase> {
  const uplink = wireType('Uplink');
  const envelopeFields = uplink.fieldsArray.filter((f) => !f.partOf);
  const bodies = uplink.fieldsArray.filter((f) => f.partOf);
  const body = fc.constantFrom(...bodies).chain((f) => messageBytes(f.resolvedType as WireSchemaType, 0).map((value): WireField => ({ id: f.id, value })));
  const fromFields = fc
    .record({
      envelope: fc.tuple(...envelopeFields.map((f) => occurrences(f, 0))),
      bodies: fc.oneof({ weight: 12, arbitrary: body.map((b) => [b]) }, { weight: 1, arbitrary: fc.constant([] as WireField[]) }, { weight: 1, arbitrary: fc.tuple(body, body) }),
      unknownBody: oneTimeIn(10, fc.record({ id: fc.constantFrom(...UNKNOWN_FIELD_NUMBERS), value: fc.constant<WireValue>({ wire: 2, bytes: new Uint8Array() }) }), undefined),
      sign: fc.boolean(),
    })
    .map(({ envelope, bodies: b, unknownBody, sign }): UplinkCase => {
      const fields = [...envelope.flat(), ...b, ...(unknownBody ? [unknownBody] : [])];
      return { kind: 'fields', fields, payload: encodeWire(fields), sign };
    });
  return fc
    .oneof(
      { weight: 8, arbitrary: fromFields },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1024 }).map((payload): UplinkCase => ({ kind: 'random', fields: [], payload, sign: false })) },
      { weight: 1, arbitrary: fc.tuple(fromFields, byteMutations()).map(([c, mutations]): UplinkCase => ({ kind: 'mutated', fields: c.fields, payload: applyMutations(c.payload, mutations), sign: false })) },
    )
    .map((c) => describedAs(c, ({ kind, sign, payload }) => `{ ${kind}${sign ? ', signed' : ''}: ${describeBytes(payload)} }`));
}
