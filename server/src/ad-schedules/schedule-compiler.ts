// Compiles screens' ad schedules for the next 24 hours from the chunk's inputs.
// Pure: no I/O. Screens whose schedule depends on the same things (bookings and
// slots held, time zone, business area, merchant category) share one compiled
// schedule, so a fleet of 100,000 screens compiles a few thousand distinct ones.
//
// Per hour, in the screen's local time: the loop bookings running that day and
// hour take their slots in booking order (oldest first); each booked slot
// rotates the booking's approved creatives, spread out with fillers when a
// frequency cap would otherwise be spent in the first minutes; unsold slots
// rotate cross-promotions of other merchants in the same business area, then
// the operator's house creatives. Bookings in a category the merchant blocks are
// left out, and so are fillers in such a category. after_payment bookings become triggers the screen evaluates itself.
import { hub, localDayHour } from '@screenhub/protocol';
import type { LoopSettings } from '../ad-booking/index.js';
import type { BookingInput, ChunkInputs, ScreenInput } from './schedule-inputs-sql.js';

type Schedule = hub.v1.AdSchedule.$Properties;
type Spot = hub.v1.AdSpot.$Properties;
const HOUR_MS = 3_600_000;
const { AdKind } = hub.v1;
/** Fillers a booked slot falls back on once its creatives are capped (any will do). */
const MAX_FALLBACKS = 3;

export interface CompileOptions {
  loop: LoopSettings;
  /** Start of the first hour (a whole UTC hour). */
  fromMs: number;
  version: number;
  mediaUrl(creative: { id: string; sha256: string }): string;
}

const runsOn = (booking: BookingInput, day: string, hour: number) => booking.startsOn <= day && day <= booking.endsOn && ((booking.hoursMask >> hour) & 1) === 1;

/**
 * Compiles every screen of the chunk; returns screen id → schedule. `bySignature`
 * may carry schedules compiled from the same shared inputs (bookings, fillers,
 * creatives, loop, hour, version) for earlier chunks of the round.
 */
export function compileSchedules(inputs: ChunkInputs, options: CompileOptions, bySignature = new Map<string, Schedule>()): Map<string, Schedule> {
  const result = new Map<string, Schedule>();
  const ownCrossPromotions = new Set(inputs.fillers.map((f) => f.promotedMerchantId).filter(Boolean));
  for (const screen of inputs.screens) {
    const bookings = (inputs.held.get(screen.id) ?? [])
      .map(([id, slots]) => ({ booking: inputs.bookings.get(id), slots }))
      .filter((b): b is { booking: BookingInput; slots: number } => b.booking !== undefined && !screen.blockedCategories.includes(b.booking.category))
      .filter(({ booking }) => booking.placement === 'loop' || booking.triggerCategories.length === 0 || (screen.mcc !== null && booking.triggerCategories.includes(screen.mcc)))
      .sort((a, b) => a.booking.createdAt.getTime() - b.booking.createdAt.getTime() || a.booking.id.localeCompare(b.booking.id));
    const signature = [
      screen.timeZone,
      screen.businessArea ?? '',
      screen.blockedCategories.join(','),
      ownCrossPromotions.has(screen.merchantId) ? screen.merchantId : '',
      ...bookings.map(({ booking, slots }) => `${booking.id}:${slots}`),
    ].join('|');
    let schedule = bySignature.get(signature);
    if (!schedule) {
      schedule = compileOne(screen, bookings, inputs, options);
      bySignature.set(signature, schedule);
    }
    result.set(screen.id, schedule);
  }
  return result;
}

function compileOne(screen: ScreenInput, held: Array<{ booking: BookingInput; slots: number }>, inputs: ChunkInputs, options: CompileOptions): Schedule {
  const creatives: hub.v1.AdCreative.$Properties[] = [];
  const creativeIndex = new Map<string, number>();
  const spots: Spot[] = [];
  const spotIndex = new Map<string, number>();
  const spot = (creativeId: string, bookingId: string, cap: number, kind: number): number | undefined => {
    const media = inputs.creatives.get(creativeId);
    if (!media) return undefined;
    const key = `${creativeId}|${bookingId}|${cap}|${kind}`;
    let index = spotIndex.get(key);
    if (index !== undefined) return index;
    let creative = creativeIndex.get(creativeId);
    if (creative === undefined) {
      creative = creatives.length;
      creatives.push({ id: media.id, url: options.mediaUrl(media), sha256Hex: media.sha256, mediaType: media.mediaType, sizeBytes: media.sizeBytes, durationMs: media.durationMs });
      creativeIndex.set(creativeId, creative);
    }
    index = spots.length;
    spots.push({ creative, bookingId, maxPlaysPerHour: cap, kind });
    spotIndex.set(key, index);
    return index;
  };
  const defined = (indices: Array<number | undefined>) => indices.filter((i): i is number => i !== undefined);

  const allowed = inputs.fillers.filter((f) => !screen.blockedCategories.includes(f.category));
  const fillers = defined([
    ...allowed
      .filter((f) => f.promotedMerchantId !== null && f.promotedMerchantId !== screen.merchantId && f.businessArea !== null && f.businessArea === screen.businessArea)
      .map((f) => spot(f.creativeId, '', 0, AdKind.AD_KIND_CROSS_PROMOTION)),
    ...allowed.filter((f) => f.promotedMerchantId === null).map((f) => spot(f.creativeId, '', 0, AdKind.AD_KIND_HOUSE)),
  ]);
  const rotated = (by: number) => fillers.map((_, i) => fillers[(i + by) % fillers.length]!);

  const loopSlots = options.loop.loopSeconds / options.loop.slotSeconds;
  const loopsPerHour = 3600 / options.loop.loopSeconds;
  /** Slot `index` of the `count` a booking holds in each loop. */
  const bookedSlot = (booking: BookingInput, index: number, count: number) => {
    const cap = booking.maxPlaysPerHour ?? 0;
    const own = defined(booking.creativeIds.map((id) => spot(id, booking.id, cap, AdKind.AD_KIND_BOOKED)));
    if (own.length === 0) return undefined;
    // Spread a capped creative over the hour: its slots together take one turn
    // in every `length` loops, the slots staggered, fillers in between.
    const length = cap > 0 ? Math.max(own.length, Math.ceil((loopsPerHour * count) / cap)) : own.length;
    const padding = fillers.length ? Array.from({ length: length - own.length }, (_, i) => fillers[i % fillers.length]!) : [];
    const rotation = [...own, ...padding];
    const shift = rotation.length - Math.floor((index * rotation.length) / count);
    return { rotation: rotation.map((_, i) => rotation[(i + shift) % rotation.length]!), fillers: fillers.slice(0, MAX_FALLBACKS) };
  };

  const hours: hub.v1.AdHour.$Properties[] = [];
  const layouts: hub.v1.AdLayout.$Properties[] = [];
  const layoutIndex = new Map<string, number>();
  for (let i = 0; i < 24; i++) {
    const startsAtMs = options.fromMs + i * HOUR_MS;
    const { day, hour } = localDayHour(startsAtMs, screen.timeZone);
    const slots: hub.v1.AdSlot.$Properties[] = [];
    for (const { booking, slots: count } of held) {
      if (booking.placement !== 'loop' || !runsOn(booking, day, hour)) continue;
      for (let k = 0; k < count && slots.length < loopSlots; k++) {
        const slot = bookedSlot(booking, k, count);
        if (!slot) break; // No approved creative yet: the slots go to fillers (and show as under-delivery).
        slots.push(slot);
      }
    }
    // Unsold slots rotate the fillers, each slot starting at another one; they need no fallback.
    while (slots.length < loopSlots) slots.push({ rotation: rotated(slots.length), fillers: [] });
    const key = JSON.stringify(slots);
    let layout = layoutIndex.get(key);
    if (layout === undefined) {
      layout = layouts.length;
      layouts.push({ slots });
      layoutIndex.set(key, layout);
    }
    hours.push({ startsAtMs, layout });
  }

  const first = localDayHour(options.fromMs, screen.timeZone).day;
  const last = localDayHour(options.fromMs + 23 * HOUR_MS, screen.timeZone).day;
  const triggers: hub.v1.AdTrigger.$Properties[] = held
    .filter(({ booking }) => booking.placement === 'after_payment' && booking.startsOn <= last && first <= booking.endsOn)
    // The narrowest amount band first: the most specific rule wins.
    .sort((a, b) => band(a.booking) - band(b.booking))
    .flatMap(({ booking }) =>
      defined(booking.creativeIds.map((id) => spot(id, booking.id, booking.maxPlaysPerHour ?? 0, AdKind.AD_KIND_BOOKED))).map((s) => ({
        spot: s,
        minAmountFen: booking.triggerMinFen ?? 0,
        maxAmountFen: booking.triggerMaxFen ?? Number.MAX_SAFE_INTEGER,
        hoursMask: booking.hoursMask,
      })),
    );

  return {
    version: options.version,
    validFromMs: options.fromMs,
    validUntilMs: options.fromMs + 24 * HOUR_MS,
    loopSeconds: options.loop.loopSeconds,
    slotSeconds: options.loop.slotSeconds,
    timeZone: screen.timeZone,
    creatives,
    spots,
    hours,
    triggers,
    layouts,
  };
}

const band = (booking: BookingInput) => (booking.triggerMaxFen ?? Number.MAX_SAFE_INTEGER) - (booking.triggerMinFen ?? 0);

/** What every screen of a tenant's round shares: equal fingerprints mean a schedule compiled for one chunk serves the next. */
export function sharedInputsFingerprint(inputs: ChunkInputs, options: Omit<CompileOptions, 'mediaUrl'>): string {
  const byId = <T extends { id: string }>(values: Iterable<T>) => [...values].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify([options.loop, options.fromMs, options.version, byId(inputs.bookings.values()), inputs.fillers, byId(inputs.creatives.values())]);
}
