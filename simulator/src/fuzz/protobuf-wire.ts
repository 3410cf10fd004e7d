// Protobuf at the level of the wire, below any schema: a message is a list of
// (field number, wire value), so the fuzzer can write what no encoder would:
// 2^64 − 1 in a uint32, a varint where a string belongs, a field number the
// schema never had, invalid UTF-8, a NaN float.
export type WireValue =
  | { wire: 0; varint: bigint }
  | { wire: 1; fixed64: Uint8Array }
  | { wire: 2; bytes: Uint8Array }
  | { wire: 5; fixed32: Uint8Array }
  /** Wire types that are groups (3, 4, deprecated) or do not exist (6, 7): the tag alone. */
  | { wire: 3 | 4 | 6 | 7 };

export interface WireField {
  /** Field number: 1 … 2^29 − 1 in a valid message; 0 and larger numbers are for the fuzzer to try. */
  id: number;
  value: WireValue;
}

export function encodeWire(fields: readonly WireField[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const { id, value } of fields) {
    parts.push(varint((BigInt(id) << 3n) | BigInt(value.wire)));
    switch (value.wire) {
      case 0:
        parts.push(varint(value.varint));
        break;
      case 1:
        parts.push(value.fixed64);
        break;
      case 2:
        parts.push(varint(BigInt(value.bytes.length)), value.bytes);
        break;
      case 5:
        parts.push(value.fixed32);
        break;
      default:
        break;
    }
  }
  return Buffer.concat(parts);
}

/** A varint of any 64-bit value; negative numbers as their two's complement (10 bytes), as protobuf writes them. */
export function varint(value: bigint): Uint8Array {
  let rest = BigInt.asUintN(64, value);
  const out: number[] = [];
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest > 0n) byte |= 0x80;
    out.push(byte);
  } while (rest > 0n);
  return Uint8Array.from(out);
}

/** sint32/sint64's ZigZag: small magnitudes, positive or negative, in few bytes. */
export function zigzag(value: bigint): bigint {
  return BigInt.asUintN(64, (value << 1n) ^ (value < 0n ? -1n : 0n));
}

export function float32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setFloat32(0, value, true);
  return bytes;
}

export function float64(value: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value, true);
  return bytes;
}

export function fixed32(value: bigint): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, Number(BigInt.asUintN(32, value)), true);
  return bytes;
}

export function fixed64(value: bigint): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt.asUintN(64, value), true);
  return bytes;
}
