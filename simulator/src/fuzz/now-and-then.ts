// "Now and then, add this": fast-check's fc.option says how often the value is
// left out (one time in `freq`); most of the fuzzer's extras (an unknown
// field, a repeated parameter, a broken field) want the reverse. Shrinks to
// leaving it out.
import fc from 'fast-check';

/** `arbitrary` one time in `n`, `nil` the other times. */
export function oneTimeIn<T, N>(n: number, arbitrary: fc.Arbitrary<T>, nil: N): fc.Arbitrary<T | N> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(nil) }, { weight: 1, arbitrary });
}
