// Release packages on disk under the data directory: an upload streams through
// a SHA-256 and a size limit into a temporary file, never held whole in memory,
// and is renamed into place only once the caller has checked it. With several
// hub machines, HUB_DATA_DIR/ota must be shared storage (or each machine gets
// the same files); the processes of one machine share it already.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { streamHashed } from '../platform/hashed-upload.js';

export class PackageTooLargeError extends Error {
  override readonly name = 'PackageTooLargeError';
}

export interface StagedPackage {
  sizeBytes: number;
  sha256Hex: string;
  /** Moves the file into place: it becomes the release's package. */
  commit(): Promise<void>;
  /** Deletes the temporary file. */
  discard(): Promise<void>;
}

export class PackageStore {
  readonly root: string;

  constructor(dataDir: string, private readonly maxBytes: number) {
    this.root = join(dataDir, 'ota');
  }

  /** Path of a release's package relative to `root` (what @fastify/static serves from). */
  relativePath(tenantId: string, releaseId: string): string {
    return join(tenantId, `${releaseId}.pkg`);
  }

  async exists(tenantId: string, releaseId: string): Promise<boolean> {
    return stat(join(this.root, this.relativePath(tenantId, releaseId))).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async stage(tenantId: string, releaseId: string, body: Readable): Promise<StagedPackage> {
    const dir = join(this.root, tenantId);
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `${releaseId}.${process.pid}.${Date.now()}.partial`);
    const maxBytes = this.maxBytes;
    const { sizeBytes, sha256Hex } = await streamHashed(body, temporary, maxBytes, () => new PackageTooLargeError(`a package may be at most ${maxBytes} bytes (HUB_OTA_MAX_PACKAGE_BYTES)`));
    return {
      sizeBytes,
      sha256Hex,
      commit: () => rename(temporary, join(this.root, this.relativePath(tenantId, releaseId))),
      discard: () => rm(temporary, { force: true }),
    };
  }

  async remove(tenantId: string, releaseId: string): Promise<void> {
    await rm(join(this.root, this.relativePath(tenantId, releaseId)), { force: true });
  }
}
