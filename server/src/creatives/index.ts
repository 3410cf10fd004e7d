// Creatives domain: the ads themselves (images and videos), stored on disk by
// hash, checked on upload and reviewed by an operator before any screen may
// fetch them; and the categories each merchant blocks. The schedule compiler
// links approved media with creativeMediaUrl().
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { listenUrl } from '../platform/listen-url.js';
import { creativeRoutes } from './creative-routes.js';
import { CreativeStore } from './creative-store.js';
import { AD_MEDIA_PURPOSE, adMediaMacData, mediaServingRoutes } from './media-serving-routes.js';
import { mediaUploadRoutes } from './media-upload-routes.js';
import { merchantBlockRoutes } from './merchant-block-routes.js';
import { describeCreativeEvents } from './live-events.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type CreativesConfig = Pick<HubConfig, 'adApiRateLimitPerMinute' | 'adMaxCreativeBytes' | 'dataDir' | 'publicHttpUrl'>;

declare module 'fastify' {
  interface FastifyInstance {
    creatives: { store: CreativeStore; mediaUrl(creative: { id: string; sha256: string }): string };
  }
}

/** The absolute URL a screen fetches an approved creative's media from (valid while that media is the creative's). */
export function creativeMediaUrl(app: FastifyInstance, creative: { id: string; sha256: string }): string {
  return app.creatives.mediaUrl(creative);
}

async function creativesDomain(fastify: FastifyInstance, options: { config: CreativesConfig }) {
  describeCreativeEvents(fastify);
  const { config } = options;
  const store = new CreativeStore(config.dataDir, config.adMaxCreativeBytes);
  await mkdir(store.root, { recursive: true });
  // The configured public URL, else the address this hub listens on (as OTA links do).
  const base = () => {
    const address = fastify.server.address() as AddressInfo;
    return (config.publicHttpUrl ?? listenUrl('http', address.address, address.port)).replace(/\/$/, '');
  };
  fastify.decorate('creatives', {
    store,
    mediaUrl: ({ id, sha256 }) => `${base()}/api/ad-media/${id}/${sha256}?token=${fastify.secretBox.mac(AD_MEDIA_PURPOSE, adMediaMacData(id, sha256))}`,
  });

  await fastify.register(creativeRoutes);
  await fastify.register(mediaUploadRoutes, { config, store });
  await fastify.register(mediaServingRoutes, { config, store });
  await fastify.register(merchantBlockRoutes);
}

export default fp(creativesDomain, { name: 'creatives', dependencies: ['advertiser-auth', 'ad-schedules'] });
