// OTA domain: signed releases stored on disk, campaigns that roll them out in
// waves and pause themselves when failures rise, and the offer / download /
// status conversation with the screens. The install window (outside trading
// hours, never during a payment) is kept by the screen, with the rules the
// offer carries, so it holds offline.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Gauge } from 'prom-client';
import type { HubConfig } from '../config.js';
import { listenUrl } from '../platform/listen-url.js';
import { campaignRoutes } from './campaign-routes.js';
import { CampaignService } from './campaign-service.js';
import { downloadMacData, downloadRoutes } from './download-routes.js';
import { DownloadSlots } from './download-slots.js';
import { DOWNLOAD_TOKEN_PURPOSE, OfferChannel } from './offer-channel.js';
import { PackageStore } from './package-store.js';
import { releaseRoutes } from './release-routes.js';
import { RolloutEngine } from './rollout-engine.js';
import { describeOtaEvents } from './live-events.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type OtaConfig = Pick<HubConfig, 'dataDir' | 'otaLinkTtlSeconds' | 'otaMaxConcurrentDownloads' | 'otaMaxPackageBytes' | 'otaTickMs' | 'publicHttpUrl'>;

declare module 'fastify' {
  interface FastifyInstance {
    ota: { engine: RolloutEngine; offers: OfferChannel; store: PackageStore };
  }
}

async function otaDomain(fastify: FastifyInstance, options: { config: OtaConfig }) {
  describeOtaEvents(fastify);
  const { config } = options;
  const store = new PackageStore(config.dataDir, config.otaMaxPackageBytes);
  await mkdir(store.root, { recursive: true });
  // Links point at the configured public URL, else at the address this hub listens on.
  const base = () => {
    const address = fastify.server.address() as AddressInfo;
    return (config.publicHttpUrl ?? listenUrl('http', address.address, address.port)).replace(/\/$/, '');
  };
  const links = {
    ttlMs: config.otaLinkTtlSeconds * 1000,
    link: (releaseId: string, deviceId: string, expiresAtMs: number) =>
      `${base()}/api/ota/downloads/${releaseId}/${deviceId}?expires=${expiresAtMs}&token=${fastify.secretBox.mac(DOWNLOAD_TOKEN_PURPOSE, downloadMacData(releaseId, deviceId, expiresAtMs))}`,
  };
  const logger = fastify.log.child({ component: 'ota' });
  const offers = new OfferChannel({ db: fastify.db, broker: fastify.mqtt.broker, events: fastify.hubEvents, links, logger });
  const engine = new RolloutEngine({ db: fastify.db, offers, events: fastify.hubEvents, logger, intervalMs: config.otaTickMs });
  fastify.decorate('ota', { engine, offers, store });

  fastify.mqtt.uplinks.on('hello', (event) => offers.onHello(event));
  fastify.mqtt.uplinks.on('otaStatus', (event) => offers.onStatus(event));
  fastify.addHook('onReady', async () => engine.start());
  fastify.addHook('onClose', async () => engine.stop());

  await fastify.register(releaseRoutes, { store });
  const slots = new DownloadSlots(config.otaMaxConcurrentDownloads);
  new Gauge({
    name: 'hub_ota_downloads',
    help: 'OTA package downloads: streaming now, or waiting for a slot (HUB_OTA_MAX_CONCURRENT_DOWNLOADS)',
    labelNames: ['state'],
    registers: [fastify.metrics],
    collect() {
      this.set({ state: 'streaming' }, slots.inUse);
      this.set({ state: 'waiting' }, slots.queued);
    },
  });
  await fastify.register(downloadRoutes, { store, slots });
  const campaigns = new CampaignService({ db: fastify.db, registry: fastify.devices.registry, liveState: fastify.devices.flusher, engine, offers, events: fastify.hubEvents });
  engine.rollBack = (campaign) => campaigns.rollBackByItself(campaign);
  await fastify.register(campaignRoutes, { campaigns });
}

export default fp(otaDomain, { name: 'ota', dependencies: ['devices', 'mqtt'] });
