// Creative media out of the store: the console's preview (any state, to the
// tenant's operators and the owning advertiser) and the screens' link (approved
// media only, named by its hash and carrying a MAC, so nothing is stored per
// link). Range, If-Range and ETag come from @fastify/static; a screen's link
// never changes content, so caches may keep it for good.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import fastifyStatic, { type SendOptions } from '@fastify/static';
import { Type } from '@sinclair/typebox';
import type { CreativesConfig } from './index.js';
import { mediaFetchRateLimit } from './media-rate-limit.js';
import { visibleAdvertiser } from '../advertisers/index.js';
import { ForbiddenError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { DownloadHeaders, downloadResponses } from '../platform/binary-bodies.js';
import { CREATIVE_MEDIA_TYPES, findCreative, findCreativeById } from './creative-sql.js';
import type { CreativeStore } from './creative-store.js';

export const AD_MEDIA_PURPOSE = 'ad-media';
export const adMediaMacData = (creativeId: string, sha256: string) => `${creativeId}.${sha256}`;

const sendOptions = { acceptRanges: true, etag: true, lastModified: true, cacheControl: false } as SendOptions;

export async function mediaServingRoutes(fastify: FastifyInstance, options: { config: CreativesConfig; store: CreativeStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { store } = options;
  await app.register(fastifyStatic, { root: store.root, serve: false, decorateReply: true });

  app.get(
    '/api/creatives/:id/preview',
    {
      onRequest: app.requireAdScope('creatives:read'),
      config: mediaFetchRateLimit(options.config),
      schema: {
        tags: ['ads'],
        security: [{ bearer: [] }],
        summary: 'The creative\'s media, whatever its state (the console\'s preview)',
        params: IdParams,
        headers: DownloadHeaders,
        response: downloadResponses([...CREATIVE_MEDIA_TYPES]),
      },
    },
    async (request, reply) => {
      const { tenantId } = request.adActor;
      const creative = await findCreative(app.db, tenantId, request.params.id, visibleAdvertiser(request.adActor));
      if (!creative) throw new NotFoundError('creative');
      if (!creative.sha256 || !creative.media_type) throw new NotFoundError('media of this creative (none uploaded yet)');
      const path = store.relativePath(tenantId, { id: creative.id, sha256: creative.sha256, mediaType: creative.media_type });
      reply.header('cache-control', 'private, no-store');
      return reply.sendFile(path, store.root, sendOptions);
    },
  );

  app.get(
    '/api/ad-media/:creativeId/:sha256',
    {
      schema: {
        tags: ['ads'],
        summary: 'A screen fetches an approved creative (the link in its AdSchedule); supports Range, If-Range and ETag',
        params: Type.Object({ creativeId: Type.String({ format: 'uuid' }), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
        querystring: Type.Object({ token: Type.String({ maxLength: 100 }) }),
        headers: DownloadHeaders,
        response: downloadResponses([...CREATIVE_MEDIA_TYPES]),
      },
      config: { problems: { 403: 'The link is not valid, or the creative is not approved.' } },
    },
    async (request, reply) => {
      const { creativeId, sha256 } = request.params;
      if (!app.secretBox.verifyMac(AD_MEDIA_PURPOSE, adMediaMacData(creativeId, sha256), request.query.token)) throw new ForbiddenError('this media link is not valid');
      const creative = await findCreativeById(app.db, creativeId);
      if (!creative) throw new NotFoundError('creative');
      if (creative.state !== 'approved') throw new ForbiddenError(`this creative is ${creative.state.replace('_', ' ')}, not approved`);
      if (creative.sha256 !== sha256 || !creative.media_type) throw new NotFoundError('this version of the creative\'s media (it was replaced)');
      const path = store.relativePath(creative.tenant_id, { id: creative.id, sha256, mediaType: creative.media_type });
      if (!(await store.exists(path))) throw new NotFoundError('media file');
      reply.header('cache-control', 'public, max-age=31536000, immutable');
      return reply.sendFile(path, store.root, sendOptions);
    },
  );
}
