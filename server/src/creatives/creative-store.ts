// Creative media on disk under HUB_DATA_DIR/ads/<tenant>/: an upload streams
// through a SHA-256 and a size limit into a temporary file, is inspected there,
// and is renamed to "<creative id>-<sha256>.<ext>" only once it passes. The name
// carries the hash, so a screen's cached copy is never confused with new media.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { streamHashed } from '../platform/hashed-upload.js';
import type { CreativeMediaType } from './creative-sql.js';

export class CreativeTooLargeError extends Error {
  override readonly name = 'CreativeTooLargeError';
}

const EXTENSIONS: Record<CreativeMediaType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'video/mp4': 'mp4' };

export interface StagedMedia {
  /** The temporary file, to inspect before committing. */
  path: string;
  sizeBytes: number;
  sha256Hex: string;
  /** Moves the file to its place for this creative, hash and type. */
  commit(creativeId: string, mediaType: CreativeMediaType): Promise<void>;
  discard(): Promise<void>;
}

export class CreativeStore {
  readonly root: string;

  constructor(dataDir: string, private readonly maxBytes: number) {
    this.root = join(dataDir, 'ads');
  }

  /** Path relative to `root` (what @fastify/static serves from); the extension gives the Content-Type. */
  relativePath(tenantId: string, creative: { id: string; sha256: string; mediaType: CreativeMediaType }): string {
    return join(tenantId, `${creative.id}-${creative.sha256}.${EXTENSIONS[creative.mediaType]}`);
  }

  async exists(relativePath: string): Promise<boolean> {
    return stat(join(this.root, relativePath)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async stage(tenantId: string, body: Readable): Promise<StagedMedia> {
    const dir = join(this.root, tenantId);
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `${randomUUID()}.partial`);
    const maxBytes = this.maxBytes;
    const { sizeBytes, sha256Hex } = await streamHashed(body, temporary, maxBytes, () => new CreativeTooLargeError(`a creative may be at most ${maxBytes} bytes (HUB_AD_MAX_CREATIVE_BYTES)`));
    return {
      path: temporary,
      sizeBytes,
      sha256Hex,
      commit: (creativeId, mediaType) => rename(temporary, join(this.root, this.relativePath(tenantId, { id: creativeId, sha256: sha256Hex, mediaType }))),
      discard: () => rm(temporary, { force: true }),
    };
  }

  async remove(relativePath: string): Promise<void> {
    await rm(join(this.root, relativePath), { force: true });
  }
}
