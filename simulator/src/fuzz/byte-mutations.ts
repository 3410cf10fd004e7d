// Mutations of valid bytes, as a broken or hostile client would send them:
// flipped bits, bytes set to their edge values, cuts, insertions, repeats and
// a lying length. Positions are drawn without knowing the length (taken
// modulo it), so a mutation shrinks on its own and applies to any input.
import fc from 'fast-check';

export type ByteMutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; count: number }
  | { op: 'truncate'; at: number }
  | { op: 'repeat' }
  | { op: 'append'; bytes: Uint8Array }
  /** Rewrites an MQTT frame's remaining length (bytes 1…) as this varint: a frame that lies about its size. */
  | { op: 'length'; value: number };

/** The values a parser most often mishandles at any byte. */
const EDGE_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x10, 0x30, 0x82, 0xc0];

export function byteMutation(): fc.Arbitrary<ByteMutation> {
  const at = fc.nat(4096);
  return fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ op: fc.constant('set' as const), at, value: fc.oneof(fc.constantFrom(...EDGE_BYTES), fc.integer({ min: 0, max: 255 })) }),
    fc.record({ op: fc.constant('insert' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
    fc.record({ op: fc.constant('delete' as const), at, count: fc.integer({ min: 1, max: 16 }) }),
    fc.record({ op: fc.constant('truncate' as const), at }),
    fc.constant({ op: 'repeat' as const }),
    fc.record({ op: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ op: fc.constant('length' as const), value: fc.constantFrom(0, 1, 127, 128, 16_383, 16_384, 65_536, 2_097_151, 268_435_455) }),
  );
}

/** One to four mutations, applied in order. */
export function byteMutations(): fc.Arbitrary<ByteMutation[]> {
  return fc.array(byteMutation(), { minLength: 1, maxLength: 4 });
}

export function applyMutations(input: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let bytes: Buffer = Buffer.from(input);
  for (const mutation of mutations) bytes = applyMutation(bytes, mutation);
  return bytes;
}

function applyMutation(bytes: Buffer, m: ByteMutation): Buffer {
  const pos = (at: number, room = bytes.length) => (room === 0 ? 0 : at % room);
  switch (m.op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[pos(m.at)]! ^= 1 << m.bit;
      return copy;
    }
    case 'set': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[pos(m.at)] = m.value;
      return copy;
    }
    case 'insert': {
      const at = pos(m.at, bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    }
    case 'delete': {
      const at = pos(m.at);
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.count)]);
    }
    case 'truncate':
      return bytes.subarray(0, pos(m.at));
    case 'repeat':
      return Buffer.concat([bytes, bytes]);
    case 'append':
      return Buffer.concat([bytes, m.bytes]);
    case 'length': {
      if (bytes.length === 0) return bytes;
      // Skip the frame's own remaining-length varint, whatever it was, and put the lie in its place.
      let end = 1;
      while (end < bytes.length && end < 5 && (bytes[end]! & 0x80) !== 0) end++;
      return Buffer.concat([bytes.subarray(0, 1), encodeRemainingLength(m.value), bytes.subarray(end + 1)]);
    }
  }
}

function encodeRemainingLength(value: number): Buffer {
  const out: number[] = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0 && out.length < 4);
  return Buffer.from(out);
}
