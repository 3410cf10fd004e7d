// When a screen tries again after losing its connection: exponential backoff
// with full jitter, unless the hub said when to come back (a Reconnect notice,
// sent by a hub process that is stopping): then a random slot in the hub's
// window, and the backoff starts over from there.
import type { ReconnectBody } from '@screenhub/protocol';
import { fullJitterDelay, type BackoffOptions } from './backoff.js';

/** The longest wait a hub's Reconnect notice may ask for, each of delay and spread. */
const MAX_RECONNECT_NOTICE_MS = 10 * 60_000;
/** A notice not followed by the connection closing within this long is forgotten. */
const NOTICE_VALID_MS = 60_000;

export class ReconnectPlan {
  private attempt = 0;
  private notice: { delayMs: number; spreadMs: number; until: number } | undefined;

  /** Connected: the next loss starts the backoff over. */
  connected(): void {
    this.attempt = 0;
  }

  /** The hub is closing this connection; the next attempt goes when it said, not at once. */
  told(notice: ReconnectBody): void {
    // Range-checked like anything from outside: a hub's mistake must not keep a till offline for an hour.
    const bounded = (ms: number | null | undefined) => Math.min(Math.max(0, ms ?? 0), MAX_RECONNECT_NOTICE_MS);
    this.notice = { delayMs: bounded(notice.delayMs), spreadMs: bounded(notice.spreadMs), until: Date.now() + NOTICE_VALID_MS };
  }

  /** The wait before the next attempt; a notice is used once. */
  nextDelayMs(backoff: BackoffOptions): number {
    const notice = this.notice;
    this.notice = undefined;
    if (notice && notice.until > Date.now()) {
      this.attempt = 0;
      return notice.delayMs + Math.floor(Math.random() * notice.spreadMs);
    }
    return fullJitterDelay(this.attempt++, backoff);
  }
}
