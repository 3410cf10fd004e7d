// Values careless and hostile clients send, shared by every generator: text
// meant to reach SQL, templates or the prototype chain, text no column can
// hold (NUL, lone surrogates, huge), and the edges of every number type.
import fc from 'fast-check';

/** Text aimed at interpreters: SQL, JSON, templates, paths, headers, URLs, the prototype chain. */
export const INJECTION_STRINGS: readonly string[] = [
  "' or '1'='1",
  "'; drop table devices; --",
  '" or ""="',
  "1) or pg_sleep(5)--",
  "') union select null, current_user --",
  '$$; select 1; $$',
  'E\'\\x00\'',
  '\\',
  '%',
  '_',
  '*',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '{"__proto__":{"isRoot":true}}',
  '{"$gt":""}',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%00',
  '%ZZ',
  'a\r\nSet-Cookie: x=y',
  'http://169.254.169.254/latest/meta-data/',
  'file:///etc/passwd',
  'gopher://127.0.0.1:6379/_FLUSHALL',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  'true',
  '[]',
  '{}',
  '[[[[[[[[[[',
  '{"a":',
  'not json',
  'not not not online = true',
  '(((((online = true',
  'tags has "x" or 1=1',
];

/** Text no column or parser should trust: control characters, NUL, byte-order marks, bidi, surrogates, combining marks. */
export const AWKWARD_UNICODE: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(8),
  '\uFEFF',
  '\u202Eevil',
  '\u200B',
  '\u2028\u2029',
  '\u0085',
  '\t\n\r\v\f',
  '\u0007\u001B[31m',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '😀',
  '👩‍👩‍👧‍👦',
  '支付宝收款9999.00元',
  '表ポあA鷗Œé',
  'e\u0301\u0301\u0301\u0301',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͓̓͆',
  'ﷺ',
  '\uFFFD',
  '\uFFFF',
  '\u{10FFFF}',
];

/** Lengths just inside and outside the limits the hub uses (64, 128, 256, 1024, 64 KiB…). */
export const EDGE_LENGTHS: readonly number[] = [0, 1, 3, 4, 22, 23, 63, 64, 65, 128, 129, 256, 257, 1024, 1025, 4096, 65_536];

/** A string of one of EDGE_LENGTHS (capped at `maxLength`), of plain or multi-byte characters. */
export function edgeLengthString(maxLength = 65_536): fc.Arbitrary<string> {
  return fc
    .record({ length: fc.constantFrom(...EDGE_LENGTHS.filter((n) => n <= maxLength)), unit: fc.constantFrom('x', '9', 'é', '鷗', '😀', '\u0000') })
    .map(({ length, unit }) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
}

/** Any hostile text: injections, awkward Unicode, edge lengths, and fast-check's own strings (any code unit). */
export function hostileString(maxLength = 65_536): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...INJECTION_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_UNICODE) },
    { weight: 2, arbitrary: edgeLengthString(maxLength) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\uD800', '\uDC00', 'a', '%', '\\', '"', "'"), maxLength: 20 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...INJECTION_STRINGS), fc.constantFrom(...AWKWARD_UNICODE)).map(([a, b]) => a + b) },
  );
}

/** Numbers at the edges of every type a client might hit: int32, uint32, 2^53, int64, uint64, and the floats. */
export const EDGE_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -1.5,
  1e-7,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 31,
  2 ** 32 - 1,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  1e21,
  1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
];

/** A number as a client would write it in text: the edges, their spellings (exponents, hex, leading zeros), and the non-numbers. */
export function hostileNumberText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...EDGE_NUMBERS).map(String),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '0x10', '010', '1_000', '+1', '1.', '.5', '9'.repeat(400), '18446744073709551615', '-9223372036854775809', ''),
    fc.integer().map(String),
    fc.double().map(String),
  );
}
