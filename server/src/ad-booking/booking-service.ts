// Booking inventory: availability answers and bookings that hold slots. Every
// booking of a tenant takes the tenant's booking lock (a transaction-scoped
// PostgreSQL advisory lock) before it counts free slots and holds them, so two
// advertisers asking for the last free slot at the same moment, through the same
// hub process or two, cannot both get it: the second counts after the first commits.
import type { AdActor } from '../advertisers/index.js';
import { lockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database } from '../db/database.js';
import { BadRequestError, ConflictError, ForbiddenError } from '../platform/errors.js';
import type { HubEvents } from '../platform/hub-events.js';
import { loopSettings, loopsPerHour, slotsPerLoop } from './ad-settings-sql.js';
import type { BookingScheduleInvalidation } from './booking-lifecycle.js';
import { insertBooking, setCreatives, setScreenCount, transition, unusableCreatives, type BookingRow, type BookingState, type NewBooking } from './booking-sql.js';
import { attachMatchingScreens, availability, holdFreeSlots, recentPayments, type InventoryRequest } from './inventory-sql.js';

export const hoursIn = (mask: number) => {
  let count = 0;
  for (let h = 0; h < 24; h++) count += (mask >> h) & 1;
  return count;
};

/** Calendar days from startsOn to endsOn, both included. */
export const daysIn = (startsOn: string, endsOn: string) => Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000) + 1;

export interface AvailabilityAnswer {
  matchingScreens: number;
  availableScreens: number;
  freeSlots: number;
  expectedPlays: number;
  estimatedCostFen: number | null;
}

export interface Price {
  pricing: 'slot_day' | 'cpm';
  priceFen: number;
}

/** The moves of a booking's life an advertiser or operator makes, from which states, to which, and who may. */
export const BOOKING_MOVES = {
  submit: { from: ['held'], to: 'pending_approval', operatorOnly: false },
  approve: { from: ['pending_approval'], to: 'approved', operatorOnly: true },
  reject: { from: ['pending_approval'], to: 'cancelled', operatorOnly: true },
  cancel: { from: ['held', 'pending_approval', 'approved', 'live'], to: 'cancelled', operatorOnly: false },
} as const satisfies Record<string, { from: readonly BookingState[]; to: BookingState; operatorOnly: boolean }>;
export type BookingMove = keyof typeof BOOKING_MOVES;

export class BookingService {
  private readonly db: Database;
  /** How long a booking holds its slots before it is submitted. */
  private readonly holdSeconds: number;
  private readonly invalidation: BookingScheduleInvalidation;
  private readonly events: HubEvents;

  constructor(options: { db: Database; holdSeconds: number; invalidation: BookingScheduleInvalidation; events: HubEvents }) {
    this.db = options.db;
    this.holdSeconds = options.holdSeconds;
    this.invalidation = options.invalidation;
    this.events = options.events;
  }

  async availability(tenantId: string, request: InventoryRequest, placement: NewBooking['placement'], slots: number, price?: Price, band?: { minFen: number; maxFen: number }): Promise<AvailabilityAnswer> {
    const days = daysIn(request.startsOn, request.endsOn);
    if (placement === 'after_payment') {
      const { matching, paymentsPerDay } = await recentPayments(this.db, tenantId, request, band ?? { minFen: 0, maxFen: Number.MAX_SAFE_INTEGER });
      const expectedPlays = Math.round(paymentsPerDay * days);
      return { matchingScreens: matching, availableScreens: matching, freeSlots: 0, expectedPlays, estimatedCostFen: price ? cost(price, { screens: matching, slots: 0, days, plays: expectedPlays }) : null };
    }
    const loop = await loopSettings(this.db, tenantId);
    const answer = await availability(this.db, tenantId, request, slotsPerLoop(loop), slots);
    const expectedPlays = answer.available * slots * loopsPerHour(loop) * hoursIn(request.hoursMask) * days;
    return {
      matchingScreens: answer.matching,
      availableScreens: answer.available,
      freeSlots: answer.freeSlots,
      expectedPlays,
      estimatedCostFen: price ? cost(price, { screens: answer.available, slots, days, plays: expectedPlays }) : null,
    };
  }

  /**
   * Creates a booking in `held` with its slots on every matching screen that has
   * them free; refused (409) when fewer than `minScreens` have.
   */
  async book(booking: NewBooking, minScreens: number): Promise<BookingRow> {
    const request: InventoryRequest = { targeting: booking.targeting, category: booking.category, startsOn: booking.starts_on, endsOn: booking.ends_on, hoursMask: booking.hours_mask };
    const loop = await loopSettings(this.db, booking.tenant_id);
    return this.db.transaction(async (tx) => {
      await lockForTransaction(tx, 'adBooking', booking.tenant_id);
      const row = await insertBooking(tx, booking, this.holdSeconds);
      const screens =
        booking.placement === 'loop'
          ? await holdFreeSlots(tx, booking.tenant_id, row.id, request, slotsPerLoop(loop), booking.slots_per_loop)
          : await attachMatchingScreens(tx, booking.tenant_id, row.id, request);
      // Throwing rolls the booking back with its holds.
      if (screens < minScreens) {
        throw new ConflictError(
          screens === 0
            ? 'no matching screen has the requested slots free on those dates and hours'
            : `only ${screens} matching screens have the requested slots free; the booking asked for at least ${minScreens}`,
        );
      }
      return setScreenCount(tx, row.id, screens);
    });
  }

  /** Moves a booking along its life; the screens it touches get their schedules again. */
  async move(actor: AdActor, booking: BookingRow, move: BookingMove, reason: string | null): Promise<BookingRow> {
    const { from, to, operatorOnly } = BOOKING_MOVES[move];
    const lapsed = booking.state === 'held' && booking.hold_expires_at !== null && booking.hold_expires_at <= new Date();
    if (lapsed) throw new ConflictError('the hold has expired and its slots were released; book again');
    if (operatorOnly && actor.kind !== 'operator') throw new ForbiddenError('only an operator approves or rejects bookings');
    if (move === 'submit' && booking.creative_ids.length === 0) throw new BadRequestError('a booking needs at least one creative before it is submitted');
    const row = await transition(this.db, actor.tenantId, booking.id, [...from], to, reason);
    if (!row) throw new ConflictError(`a ${booking.state} booking cannot be moved to ${to}`);
    await this.invalidation.bookingChanged(row.tenant_id, row.id);
    this.events.publish(row.tenant_id, 'ads.booking', { id: row.id, state: row.state });
    return row;
  }

  /** The creatives a booking rotates: the advertiser's own, not rejected; only before the booking ends. */
  async setCreatives(booking: BookingRow, creativeIds: string[]): Promise<BookingRow> {
    const unusable = await unusableCreatives(this.db, booking.tenant_id, booking.advertiser_id, creativeIds);
    if (unusable.length) throw new BadRequestError(`creatives not usable by this advertiser (unknown, another advertiser's, or rejected): ${unusable.join(', ')}`);
    const row = await setCreatives(this.db, booking.tenant_id, booking.id, creativeIds);
    if (!row) throw new ConflictError(`a ${booking.state} booking cannot change`);
    await this.invalidation.bookingChanged(row.tenant_id, row.id);
    return row;
  }
}

/** The price of a booking in fen: per slot and screen-day, or per thousand plays (rounded up to the fen). */
export function cost(price: Price, volume: { screens: number; slots: number; days: number; plays: number }): number {
  if (price.pricing === 'slot_day') return price.priceFen * volume.slots * volume.screens * volume.days;
  return Math.ceil((price.priceFen * volume.plays) / 1000);
}
