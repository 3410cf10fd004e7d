// How a fuzz case reads in fast-check's failure report: short. A case may
// hold 64 KiB of bytes or ten thousand repeated fields, which fast-check
// would otherwise print in full (or fail to print at all).
import fc from 'fast-check';

const SHOWN_BYTES = 96;

/** The first bytes in hex, and how many there were. */
export function describeBytes(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.subarray(0, SHOWN_BYTES)).toString('hex');
  return bytes.length > SHOWN_BYTES ? `${hex}… (${bytes.length} bytes)` : `${hex} (${bytes.length} bytes)`;
}

/** `value` with `describe` as the text fast-check reports for it. */
export function describedAs<T extends object>(value: T, describe: (value: T) => string): T {
  return Object.defineProperty(value, fc.toStringMethod, { value: () => describe(value), enumerable: false });
}
