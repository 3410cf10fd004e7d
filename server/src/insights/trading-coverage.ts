// How much of a merchant's trading day at least one of its screens was online:
// the figure behind "silent while its screen is online" (a shop whose screen is
// up but takes nothing trades through someone else, or has stopped). Read in
// five-minute slots: finer than any trading hours anyone keeps, and the open
// slots of a (zone, hours, day) are computed once for all merchants sharing them.
import { isOpenAt, type TradingSpan } from '@screenhub/protocol';

const SLOT_MS = 5 * 60_000;

/** A screen's presence through the day: online at the start or not, then its connects and disconnects in order. */
export interface ScreenPresence {
  onlineAtStart: boolean;
  events: Array<{ atMs: number; online: boolean }>;
}

export interface DayWindow {
  startMs: number;
  endMs: number;
}

export class TradingCoverage {
  private readonly openSlots = new Map<string, boolean[]>();

  /** Trading minutes of the day and the minutes of them with a screen online. */
  measure(hours: TradingSpan[] | null, timeZone: string, window: DayWindow, screens: ScreenPresence[]): { tradingMinutes: number; onlineTradingMinutes: number } {
    const open = this.open(hours, timeZone, window);
    const online = onlineSlots(window, screens, open.length);
    let trading = 0;
    let covered = 0;
    open.forEach((isOpen, i) => {
      if (!isOpen) return;
      trading++;
      if (online[i]) covered++;
    });
    return { tradingMinutes: (trading * SLOT_MS) / 60_000, onlineTradingMinutes: (covered * SLOT_MS) / 60_000 };
  }

  private open(hours: TradingSpan[] | null, timeZone: string, window: DayWindow): boolean[] {
    const key = `${timeZone}|${window.startMs}|${JSON.stringify(hours)}`;
    let slots = this.openSlots.get(key);
    if (!slots) {
      slots = [];
      // A slot is open when its middle is: a shop opening at 08:00 has its 08:00-08:05 slot open.
      for (let at = window.startMs; at < window.endMs; at += SLOT_MS) slots.push(isOpenAt(hours, timeZone, new Date(at + SLOT_MS / 2)));
      this.openSlots.set(key, slots);
    }
    return slots;
  }
}

/** Slots in which any of the screens was online at the slot's middle. */
function onlineSlots(window: DayWindow, screens: ScreenPresence[], count: number): boolean[] {
  const slots = new Array<boolean>(count).fill(false);
  for (const screen of screens) {
    let online = screen.onlineAtStart;
    let since = window.startMs;
    const mark = (until: number) => {
      if (!online) return;
      for (let i = Math.max(0, Math.ceil((since - window.startMs - SLOT_MS / 2) / SLOT_MS)); i < count && window.startMs + i * SLOT_MS + SLOT_MS / 2 < until; i++) slots[i] = true;
    };
    for (const event of screen.events) {
      mark(event.atMs);
      online = event.online;
      since = event.atMs;
    }
    mark(window.endMs);
  }
  return slots;
}
