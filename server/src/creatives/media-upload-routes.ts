// A creative's media arrives as a raw PUT body (image/png, image/jpeg or
// video/mp4) and streams to disk through a hash and a size limit; it is kept
// only if its bytes agree with its Content-Type, its size and length can be
// read, and it fits the tenant's ad slot. Then it waits for review: new media on
// an approved creative takes it off the screens until approved again.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Readable } from 'node:stream';
import type { CreativesConfig } from './index.js';
import { visibleAdvertiser } from '../advertisers/index.js';
import { BadRequestError, NotFoundError, PayloadTooLargeError, RejectedFileError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { CreativeSchema, creativeDto } from './creative-schemas.js';
import { CREATIVE_MEDIA_TYPES, findCreative, setMedia, slotSeconds, type CreativeMediaType } from './creative-sql.js';
import { CreativeTooLargeError, type CreativeStore } from './creative-store.js';
import { inspectMedia, UnreadableMediaError } from './media-inspection.js';

const MEDIA_TYPES: CreativeMediaType[] = [...CREATIVE_MEDIA_TYPES];

export async function mediaUploadRoutes(fastify: FastifyInstance, options: { config: CreativesConfig; store: CreativeStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { store } = options;
  // Media arrive as raw streams; in this plugin only.
  app.addContentTypeParser(MEDIA_TYPES, (_request, payload, done) => done(null, payload));

  app.put(
    '/api/creatives/:id/media',
    {
      onRequest: app.requireAdScope('creatives:write'),
      config: { uploadMediaTypes: MEDIA_TYPES, problems: { 422: 'The file is not what its Content-Type says, cannot be read, or is longer than a slot (`detail` says which); nothing is kept.' } },
      schema: {
        tags: ['ads'],
        security: [{ bearer: [] }],
        summary: 'Upload or replace a creative\'s media (Content-Type image/png, image/jpeg or video/mp4), streamed to disk; the creative then waits for review',
        params: IdParams,
        response: { 200: CreativeSchema },
      },
    },
    async (request) => {
      const { tenantId } = request.adActor;
      const creative = await findCreative(app.db, tenantId, request.params.id, visibleAdvertiser(request.adActor));
      if (!creative) throw new NotFoundError('creative');
      const declared = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() as CreativeMediaType;
      const body = request.body as Readable | undefined;
      if (!MEDIA_TYPES.includes(declared) || !body || typeof body.pipe !== 'function') throw new BadRequestError(`send the media as the request body, with Content-Type ${MEDIA_TYPES.join(', ')}`);

      let staged;
      try {
        staged = await store.stage(tenantId, body);
      } catch (err) {
        if (err instanceof CreativeTooLargeError) throw new PayloadTooLargeError(err.message);
        throw err;
      }
      let facts;
      try {
        facts = await inspectMedia(staged.path, declared);
        const slotMs = (await slotSeconds(app.db, tenantId)) * 1000;
        const durationMs = facts.durationMs ?? creative.duration_ms;
        if (durationMs > slotMs) {
          throw new UnreadableMediaError(
            facts.durationMs === null
              ? `this image is set to show for ${durationMs} ms, longer than the ad slot (${slotMs} ms)`
              : `the video runs ${durationMs} ms, longer than the ad slot (${slotMs} ms)`,
          );
        }
      } catch (err) {
        await staged.discard();
        if (err instanceof UnreadableMediaError) throw new RejectedFileError(err.message);
        throw err;
      }

      await staged.commit(creative.id, declared);
      const updated = await setMedia(app.db, tenantId, creative.id, {
        mediaType: declared,
        sizeBytes: staged.sizeBytes,
        sha256: staged.sha256Hex,
        width: facts.width,
        height: facts.height,
        durationMs: facts.durationMs ?? creative.duration_ms,
      });
      if (!updated) throw new NotFoundError('creative');
      // The file it replaces is no longer served: screens fetch media by hash.
      if (creative.sha256 && creative.media_type) {
        const previous = store.relativePath(tenantId, { id: creative.id, sha256: creative.sha256, mediaType: creative.media_type });
        if (previous !== store.relativePath(tenantId, { id: creative.id, sha256: staged.sha256Hex, mediaType: declared })) await store.remove(previous);
      }
      if (creative.state === 'approved') await app.adSchedules.invalidation.creativesChanged(tenantId, [creative.id]);
      app.hubEvents.publish(tenantId, 'ads.creative', { creativeId: updated.id, state: updated.state, advertiserId: updated.advertiser_id });
      return creativeDto(updated);
    },
  );
}
