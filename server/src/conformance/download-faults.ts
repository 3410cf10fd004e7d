// Conformance mode's hand on the OTA package downloads: each screen's request
// is journalled with the first byte it asked for (a resumed download asks for
// the rest with Range), and a fault planted for its next download is applied
// to the bytes on their way out: cut halfway (the connection closes, as a
// lost network would) or tampered with (the first byte changed, the length
// kept, so only the hash can tell). Hooks on the app, so the OTA domain knows
// nothing of it.
import { Transform, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ConformanceWatch } from './conformance-watch.js';

/** The OTA domain's download route (ota/download-routes.ts). */
const DOWNLOAD_ROUTE = '/api/ota/downloads/:releaseId/:deviceId';

const faultOf = new WeakMap<FastifyRequest, 'cut' | 'tampered'>();

export function watchDownloads(app: FastifyInstance, watch: ConformanceWatch): void {
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url !== DOWNLOAD_ROUTE) return;
    const { deviceId } = request.params as { deviceId: string };
    const rangeStart = Number(/^bytes=(\d+)-/.exec(String(request.headers.range ?? ''))?.[1] ?? 0);
    const fault = watch.download(deviceId, rangeStart);
    if (fault) faultOf.set(request, fault);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const fault = faultOf.get(request);
    if (!fault || reply.statusCode >= 300 || !isStream(payload)) return payload;
    return payload.pipe(fault === 'cut' ? cutHalfway(reply) : firstByteChanged());
  });
}

const isStream = (payload: unknown): payload is Readable => typeof (payload as Readable | null)?.pipe === 'function';

/** Passes half the response's bytes, then closes the connection. */
function cutHalfway(reply: FastifyReply): Transform {
  const total = Number(reply.getHeader('content-length') ?? 0);
  let left = total > 1 ? Math.floor(total / 2) : 1;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (left <= 0) return done();
      const part = chunk.subarray(0, left);
      left -= part.length;
      this.push(part);
      if (left <= 0) setImmediate(() => reply.raw.destroy());
      done();
    },
  });
}

function firstByteChanged(): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (first && chunk.length > 0) {
        chunk = Buffer.from(chunk);
        chunk[0] = chunk[0]! ^ 0xff;
        first = false;
      }
      done(null, chunk);
    },
  });
}
