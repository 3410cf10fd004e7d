// Checks one proof-of-play record from a screen before it is buffered. A bad
// record is dropped alone: the rest of its batch still counts.
import { hub } from '@screenhub/protocol';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Screens' clocks drift; a play a little in the future is a skewed clock, not a forgery. */
export const MAX_FUTURE_MS = 5 * 60_000;
/** A screen offline for a week still reports its plays; older ones are too late to bill. */
export const MAX_AGE_MS = 7 * 86_400_000;
/** slot_seconds is at most 600 (0018_ads.sql): no single play is longer. */
export const MAX_DURATION_MS = 600_000;
/** batch_id is the screen's own identifier; bounded so a screen cannot bloat the key. */
const BATCH_ID = /^[\x21-\x7e]{1,64}$/;

export interface CheckedPlay {
  creativeId: string;
  /** Null for house and cross-promotion plays. */
  bookingId: string | null;
  startedAtMs: number;
  durationMs: number;
  completed: boolean;
  trigger: 'loop' | 'payment';
}

export const isBatchId = (batchId: string) => BATCH_ID.test(batchId);

/** The record as a play to store, or undefined when it is garbage. `nowMs`: the hub's clock at receipt. */
export function checkPlayProof(record: hub.v1.PlayProof.$Shape, nowMs: number): CheckedPlay | undefined {
  const creativeId = record.creativeId ?? '';
  const bookingId = record.bookingId ?? '';
  const startedAtMs = Number(record.startedAtMs ?? 0);
  const durationMs = record.durationMs ?? 0;
  if (!UUID.test(creativeId)) return undefined;
  if (bookingId !== '' && !UUID.test(bookingId)) return undefined;
  if (!Number.isSafeInteger(startedAtMs) || startedAtMs > nowMs + MAX_FUTURE_MS || startedAtMs < nowMs - MAX_AGE_MS) return undefined;
  if (!Number.isInteger(durationMs) || durationMs <= 0 || durationMs > MAX_DURATION_MS) return undefined;
  const trigger = record.trigger === hub.v1.PlayTrigger.PLAY_TRIGGER_LOOP ? 'loop' : record.trigger === hub.v1.PlayTrigger.PLAY_TRIGGER_PAYMENT ? 'payment' : undefined;
  if (!trigger) return undefined;
  return { creativeId: creativeId.toLowerCase(), bookingId: bookingId === '' ? null : bookingId.toLowerCase(), startedAtMs, durationMs, completed: record.completed === true, trigger };
}
