// Where MQTT frames end in a run of bytes, read as the broker reads them: a
// type byte, a remaining length (a varint of at most four bytes), then that
// many bytes. A fuzz case's bytes often end inside a frame, which the broker
// waits for until a timeout; splitting them lets a case send the whole frames,
// see them handled, and then send the unfinished rest and hang up, instead of
// waiting.

/** `bytes` cut after the last whole frame: [whole frames, the unfinished rest]. A malformed length counts as whole (the broker fails on it at once). */
export function splitAtLastFrame(bytes: Uint8Array): [Uint8Array, Uint8Array] {
  let at = 0;
  for (;;) {
    if (at >= bytes.length) return [bytes, bytes.subarray(bytes.length)];
    let length = 0;
    let multiplier = 1;
    let i = at + 1;
    for (let n = 0; ; n++) {
      if (i >= bytes.length) return [bytes.subarray(0, at), bytes.subarray(at)];
      if (n === 4) return [bytes, bytes.subarray(bytes.length)];
      const byte = bytes[i++]!;
      length += (byte & 0x7f) * multiplier;
      multiplier *= 128;
      if ((byte & 0x80) === 0) break;
    }
    if (i + length > bytes.length) return [bytes.subarray(0, at), bytes.subarray(at)];
    at = i + length;
  }
}
