// An upload streamed to a temporary file through SHA-256 and a size limit,
// never held whole in memory (OTA packages, ad creatives). The caller decides
// from the hash and size whether to keep it (rename into place) or drop it.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes `body` to `temporaryPath` (which must not exist), counting and hashing
 * as it goes; past `maxBytes` it stops with `tooLarge()` and removes the file.
 */
export async function streamHashed(body: Readable, temporaryPath: string, maxBytes: number, tooLarge: () => Error): Promise<{ sizeBytes: number; sha256Hex: string }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) return done(tooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, measure, createWriteStream(temporaryPath, { flags: 'wx' }));
  } catch (err) {
    await rm(temporaryPath, { force: true });
    throw err;
  }
  return { sizeBytes, sha256Hex: hash.digest('hex') };
}
