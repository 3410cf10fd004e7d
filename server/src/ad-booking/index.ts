// Ad booking domain: the tenant's loop, availability over targeting, bookings
// that hold loop slots on screens, and their lifecycle (held → pending approval
// → approved → live → completed, or cancelled).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { BookingLifecycle } from './booking-lifecycle.js';
import { bookingRoutes } from './booking-routes.js';
import { BookingService } from './booking-service.js';
import { settingsRoutes } from './settings-routes.js';
import { describeBookingEvents } from './live-events.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type AdBookingConfig = Pick<HubConfig, 'adHoldTtlSeconds'>;

declare module 'fastify' {
  interface FastifyInstance {
    adBooking: { lifecycle: BookingLifecycle };
  }
}

/** How often held bookings lapse and approved ones go live or complete: bookings are in whole days, so seconds of delay are nothing. */
const LIFECYCLE_ROUND_MS = 10_000;

async function adBookingDomain(fastify: FastifyInstance, options: { config: AdBookingConfig }) {
  describeBookingEvents(fastify);
  const lifecycle = new BookingLifecycle({ db: fastify.db, invalidation: fastify.adSchedules.invalidation, events: fastify.hubEvents, logger: fastify.log.child({ component: 'ad-booking' }), intervalMs: LIFECYCLE_ROUND_MS });
  fastify.decorate('adBooking', { lifecycle });
  fastify.addHook('onReady', async () => lifecycle.start());
  fastify.addHook('onClose', async () => lifecycle.stop());
  await fastify.register(settingsRoutes);
  const service = new BookingService({ db: fastify.db, holdSeconds: options.config.adHoldTtlSeconds, invalidation: fastify.adSchedules.invalidation, events: fastify.hubEvents });
  await fastify.register(bookingRoutes, { service });
}

export default fp(adBookingDomain, { name: 'ad-booking', dependencies: ['advertiser-auth', 'ad-schedules'] });

// What other domains use of ad booking: the tenant's loop, which the schedule compiler fills.
export { loopSettings, type LoopSettings } from './ad-settings-sql.js';
