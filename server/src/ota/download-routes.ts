// Package downloads for screens. The link in an offer names the release and the
// screen and carries an expiry and a MAC, so nothing is stored per link; the
// screen must still hold an open offer of that release. Range and If-Range (with
// the ETag) come from @fastify/static, so a cut download resumes where it stopped.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import fastifyStatic, { type SendOptions } from '@fastify/static';
import { Type } from '@sinclair/typebox';
import { DownloadHeaders, downloadResponses } from '../platform/binary-bodies.js';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../platform/errors.js';
import { hasOpenOfferOf } from './campaign-sql.js';
import { DOWNLOAD_TOKEN_PURPOSE } from './offer-channel.js';
import type { DownloadSlots } from './download-slots.js';
import type { PackageStore } from './package-store.js';

/** Bytes read from disk per chunk: about what one download holds in memory, whatever the package size. */
export const DOWNLOAD_CHUNK_BYTES = 64 * 1024;

export const downloadMacData = (releaseId: string, deviceId: string, expiresAtMs: number) => `${releaseId}.${deviceId}.${expiresAtMs}`;

export async function downloadRoutes(fastify: FastifyInstance, options: { store: PackageStore; slots: DownloadSlots }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { store, slots } = options;
  await app.register(fastifyStatic, { root: store.root, serve: false, decorateReply: true });

  app.get(
    '/api/ota/downloads/:releaseId/:deviceId',
    {
      schema: {
        tags: ['ota'],
        summary: 'A screen downloads an offered package (the link from its OtaOffer); supports Range, If-Range and ETag',
        params: Type.Object({ releaseId: Type.String({ format: 'uuid' }), deviceId: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }),
        querystring: Type.Object({ expires: Type.Integer({ minimum: 0 }), token: Type.String({ maxLength: 100 }) }),
        headers: DownloadHeaders,
        response: downloadResponses(['application/octet-stream']),
      },
      config: { problems: { 401: 'The link is not valid or has expired (the next offer carries a new one).', 403: 'This screen has no open offer of this release.' } },
    },
    async (request, reply) => {
      const { releaseId, deviceId } = request.params;
      const { expires, token } = request.query;
      if (!app.secretBox.verifyMac(DOWNLOAD_TOKEN_PURPOSE, downloadMacData(releaseId, deviceId, expires), token)) throw new UnauthorizedError('this download link is not valid');
      if (expires < Date.now()) throw new UnauthorizedError('this download link has expired; the screen gets a new one with its next offer');
      const offer = await hasOpenOfferOf(app.db, deviceId, releaseId);
      if (!offer) throw new ForbiddenError('this screen has no open offer of this release');
      if (!(await store.exists(offer.tenant_id, releaseId))) throw new NotFoundError('package');
      // Wait for a stream slot; a screen that gave up meanwhile gives its turn away.
      const release = await slots.acquire();
      reply.raw.once('close', release);
      if (request.raw.socket.destroyed) {
        release();
        return reply;
      }
      reply.header('cache-control', 'private, no-store');
      // highWaterMark is passed through to @fastify/send, though not in the typings.
      const sendOptions = { highWaterMark: DOWNLOAD_CHUNK_BYTES, acceptRanges: true, etag: true, lastModified: true, cacheControl: false } as SendOptions;
      return reply.sendFile(store.relativePath(offer.tenant_id, releaseId), store.root, sendOptions);
    },
  );
}
