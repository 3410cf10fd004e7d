// A screen's download of an update package: streamed through SHA-256 (nothing
// kept but the hash and the byte count, as a screen writing to flash would),
// with progress callbacks, and resumable: after a cut it asks for the rest with
// Range and If-Range, so it continues only if the file is still the same.
import { createHash, type Hash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

export interface DownloadState {
  hash: Hash;
  bytes: number;
  etag?: string;
}

export interface DownloadAttempt {
  status: number;
  rangeStart: number;
  bytes: number;
}

export interface DownloadOptions {
  /** Source address for the TCP connection. */
  localAddress?: string;
  /** Called as bytes arrive. */
  onProgress?: (bytes: number) => void;
  /** Cut the connection once after this many bytes of the package (tests of resume). */
  cutAfterBytes?: number;
  /** Attempts before giving up. Default 5. */
  maxAttempts?: number;
  /** After a cut, ask for the rest (Range, If-Range); `false` starts over. Default true. */
  resume?: boolean;
}

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
}

export function newDownloadState(): DownloadState {
  return { hash: createHash('sha256'), bytes: 0 };
}

/** Downloads `url` into `state` until complete; returns every attempt made (for reports and tests). */
export async function downloadPackage(url: string, state: DownloadState, options: DownloadOptions = {}): Promise<DownloadAttempt[]> {
  const attempts: DownloadAttempt[] = [];
  let cut = options.cutAfterBytes;
  for (let attempt = 0; attempt < (options.maxAttempts ?? 5); attempt++) {
    const result = await oneAttempt(url, state, options, cut);
    attempts.push(result.attempt);
    cut = undefined;
    if (result.complete) return attempts;
    if (result.attempt.status >= 400) throw new DownloadError(`download answered ${result.attempt.status}`);
  }
  throw new DownloadError(`download incomplete after ${attempts.length} attempts`);
}

function oneAttempt(url: string, state: DownloadState, options: DownloadOptions, cutAfterBytes: number | undefined): Promise<{ attempt: DownloadAttempt; complete: boolean }> {
  if (options.resume === false) Object.assign(state, newDownloadState());
  const rangeStart = state.bytes;
  const headers: Record<string, string> = rangeStart > 0 && state.etag ? { range: `bytes=${rangeStart}-`, 'if-range': state.etag } : {};
  const get = url.startsWith('https:') ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const request = get(url, { headers, ...(options.localAddress ? { localAddress: options.localAddress } : {}) }, (response) => {
      const status = response.statusCode ?? 0;
      const attempt: DownloadAttempt = { status, rangeStart: status === 206 ? rangeStart : 0, bytes: 0 };
      if (status !== 200 && status !== 206) {
        response.resume();
        return resolve({ attempt, complete: false });
      }
      if (status === 200 && state.bytes > 0) {
        // The server sent the whole file (it changed, or ignores ranges): start over.
        Object.assign(state, newDownloadState());
      }
      state.etag = String(response.headers.etag ?? '') || undefined;
      const total = status === 206 ? Number(/\/(\d+)$/.exec(String(response.headers['content-range']))?.[1]) : Number(response.headers['content-length']);
      response.on('data', (chunk: Buffer) => {
        let part = chunk;
        if (cutAfterBytes !== undefined && state.bytes + part.length >= cutAfterBytes) {
          part = part.subarray(0, Math.max(0, cutAfterBytes - state.bytes));
          state.hash.update(part);
          state.bytes += part.length;
          attempt.bytes += part.length;
          cutAfterBytes = undefined;
          request.destroy();
          return resolve({ attempt, complete: false });
        }
        state.hash.update(part);
        state.bytes += part.length;
        attempt.bytes += part.length;
        options.onProgress?.(state.bytes);
      });
      response.on('end', () => resolve({ attempt, complete: Number.isFinite(total) && state.bytes === total }));
      response.on('error', () => resolve({ attempt, complete: false }));
      response.on('aborted', () => resolve({ attempt, complete: false }));
    });
    // After a deliberate cut the promise is settled already; a late error changes nothing.
    request.on('error', reject);
  });
}
