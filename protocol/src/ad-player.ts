// The reference ad player: what a screen shows at a given moment, from its
// AdSchedule alone (no round trip). Shared so the hub's tests, the simulator's
// screens and device makers read a schedule the same way; the rules are in the
// comment on AdSchedule in device.proto.
import type { hub } from './generated/hub.js';
import { FLEET_TIME_ZONE, localDayHour } from './local-time.js';

type Schedule = hub.v1.AdSchedule.$Properties;
const HOUR_MS = 3_600_000;

/** One play the player decided on. */
export interface AdPlay {
  spot: number;
  creativeId: string;
  /** Empty for house and cross-promotion plays. */
  bookingId: string;
  startedAtMs: number;
  durationMs: number;
  trigger: 'loop' | 'payment';
}

/** The local hour (0-23) at `atMs` in `timeZone`. */
export const localHour = (atMs: number, timeZone: string): number => localDayHour(atMs, timeZone).hour;

/**
 * Plays one schedule. Keeps the per-hour play counts that caps are checked
 * against, so one instance should see every play of the screen in order.
 */
export class AdPlayer {
  private readonly counts = new Map<number, number>();
  private countsHour = -1;

  constructor(readonly schedule: Schedule) {}

  get loopMs(): number {
    return (this.schedule.loopSeconds ?? 60) * 1000;
  }

  get slotMs(): number {
    return (this.schedule.slotSeconds ?? 10) * 1000;
  }

  /** What the loop shows in the slot that starts at `atMs` (null: nothing to show, or outside the schedule). */
  loopPlayAt(atMs: number): AdPlay | null {
    const hour = (this.schedule.hours ?? []).find((h) => h.startsAtMs! <= atMs && atMs < h.startsAtMs! + HOUR_MS);
    if (!hour) return null;
    const offset = atMs - hour.startsAtMs!;
    const loop = Math.floor(offset / this.loopMs);
    const slot = this.schedule.layouts?.[hour.layout ?? 0]?.slots?.[Math.floor((offset % this.loopMs) / this.slotMs)];
    if (!slot) return null;
    this.resetCountsFor(atMs);
    const rotation = slot.rotation ?? [];
    for (let i = 0; i < rotation.length; i++) {
      const spot = rotation[(loop + i) % rotation.length]!;
      if (!this.capped(spot)) return this.play(spot, atMs, 'loop');
    }
    const filler = (slot.fillers ?? []).find((spot) => !this.capped(spot));
    return filler === undefined ? null : this.play(filler, atMs, 'loop');
  }

  /** Every loop play from `fromMs` (a slot boundary) up to `untilMs`, as a screen running all that time would show. */
  loopPlaysBetween(fromMs: number, untilMs: number): AdPlay[] {
    const plays: AdPlay[] = [];
    for (let at = fromMs; at < untilMs; at += this.slotMs) {
      const play = this.loopPlayAt(at);
      if (play) plays.push(play);
    }
    return plays;
  }

  /** The ad shown right after a successful payment of `amountFen` at `atMs`, or null. */
  afterPayment(amountFen: number, atMs: number): AdPlay | null {
    const hour = localHour(atMs, this.schedule.timeZone || FLEET_TIME_ZONE);
    this.resetCountsFor(atMs);
    const trigger = (this.schedule.triggers ?? []).find(
      (t) => amountFen >= (t.minAmountFen ?? 0) && amountFen <= (t.maxAmountFen ?? Number.MAX_SAFE_INTEGER) && ((t.hoursMask ?? 0) >> hour) & 1 && !this.capped(t.spot ?? 0),
    );
    return trigger ? this.play(trigger.spot ?? 0, atMs, 'payment') : null;
  }

  private capped(spot: number): boolean {
    const cap = this.schedule.spots?.[spot]?.maxPlaysPerHour ?? 0;
    return cap > 0 && (this.counts.get(spot) ?? 0) >= cap;
  }

  // Caps count per clock hour.
  private resetCountsFor(atMs: number): void {
    const hour = Math.floor(atMs / HOUR_MS);
    if (hour !== this.countsHour) {
      this.counts.clear();
      this.countsHour = hour;
    }
  }

  private play(spot: number, atMs: number, trigger: AdPlay['trigger']): AdPlay | null {
    const entry = this.schedule.spots?.[spot];
    const creative = entry ? this.schedule.creatives?.[entry.creative ?? 0] : undefined;
    if (!entry || !creative) return null;
    this.counts.set(spot, (this.counts.get(spot) ?? 0) + 1);
    const durationMs = trigger === 'loop' ? Math.min(creative.durationMs ?? this.slotMs, this.slotMs) : (creative.durationMs ?? this.slotMs);
    return { spot, creativeId: creative.id ?? '', bookingId: entry.bookingId ?? '', startedAtMs: atMs, durationMs, trigger };
  }
}
