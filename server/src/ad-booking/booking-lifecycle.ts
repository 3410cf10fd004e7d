// The booking lifecycle's clock: a hold that lapsed releases its slots
// (cancelled), an approved booking goes live on its first day and completes
// after its last. Calendar days are China Standard Time, where the fleet is.
import type { FastifyBaseLogger } from 'fastify';
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Database } from '../db/database.js';
import type { HubEvents } from '../platform/hub-events.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { advanceLifecycle } from './booking-sql.js';

/** The ad calendar's zone: bookings are sold in whole days of it. */
export const AD_TIME_ZONE = FLEET_TIME_ZONE;

/** What a booking's change means for the screens' ad schedules (the ad-schedules domain marks them stale). */
export interface BookingScheduleInvalidation {
  bookingChanged(tenantId: string, bookingId: string): Promise<void>;
}

export class BookingLifecycle {
  private readonly task: PeriodicTask;

  private readonly db: Database;
  private readonly invalidation: BookingScheduleInvalidation;
  private readonly events: HubEvents;

  constructor(options: { db: Database; invalidation: BookingScheduleInvalidation; events: HubEvents; logger: FastifyBaseLogger; intervalMs: number }) {
    const { logger, intervalMs } = options;
    this.db = options.db;
    this.invalidation = options.invalidation;
    this.events = options.events;
    this.task = new PeriodicTask(() => this.round(), intervalMs, (err) => logger.error({ err }, 'booking lifecycle round failed'));
  }

  start(): void {
    this.task.start({ immediately: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One round now (tests; or the one running). */
  run(): Promise<void> {
    return this.task.run();
  }

  private async round(): Promise<void> {
    // One UPDATE: safe to run in every hub process at once.
    for (const changed of await advanceLifecycle(this.db, AD_TIME_ZONE)) {
      await this.invalidation.bookingChanged(changed.tenant_id, changed.id);
      this.events.publish(changed.tenant_id, 'ads.booking', { id: changed.id, state: changed.state });
    }
  }
}
