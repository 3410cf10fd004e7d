// The screen's side of ads: keep the schedule the hub sent, fetch the creatives
// it names (cached by SHA-256, so a creative is fetched once whatever schedules
// name it), acknowledge, play the loop and the after-payment ads from the
// schedule alone (protocol/src/ad-player.ts), and send proofs of play in
// batches, each kept until the hub's PlayProofsAck says it is written: sent
// again after every Welcome and when no acknowledgement came within a minute.
import { createHash } from 'node:crypto';
import type { ScreenFaults } from '../screen-faults.js';
import { AdPlayer, PayStatus, PlayTrigger, type AdPlay, type AdScheduleBody, type PayResultBody, type PlayProofBody } from '@screenhub/protocol';

export interface ScreenAdsOptions {
  /** Proofs per batch: a full batch is sent at once. Default 50. */
  proofBatchSize?: number;
  /** Fetch and check the creatives (default); false acknowledges without fetching (fleet benchmarks). */
  fetchMedia?: boolean;
  /** The screen's clock, epoch ms. Default the real one. */
  now?: () => number;
  /** A batch not acknowledged this long after it was sent goes again, ms. Default 60,000. */
  resendAfterMs?: number;
  /**
   * Play the loop in real time, as a screen's display does, connected or not: every this many ms the slots begun since
   * the last look play and their proofs go out (held by the MQTT client while offline). Without it the owner drives
   * playLoop in simulated time.
   */
  playEveryMs?: number;
  /** Set by the screen from its own faults (screen-faults.ts). */
  faults?: Pick<ScreenFaults, 'stopsAdsOffline' | 'resendsProofsUnderNewIds'>;
}

/** What the ad player needs of its screen. */
export interface AdScreen {
  deviceId: string;
  publish(body: { adScheduleAck: { version: number; missingCreativeIds: string[] } } | { playProofs: { batchId: string; records: PlayProofBody[] } }): Promise<void>;
  /** Told of every play (tests watch these). */
  played(play: AdPlay): void;
  /** The screen's MQTT connection is up. */
  connected(): boolean;
}

export class ScreenAds {
  schedule: AdScheduleBody | undefined;
  private player: AdPlayer | undefined;
  /** Creative bytes by SHA-256 (hex). */
  readonly cache = new Map<string, Buffer>();
  /** Creatives fetched over HTTP (tests: a cached one is not fetched again). */
  fetches = 0;
  private proofs: PlayProofBody[] = [];
  private batchSeq = 0;
  private readonly bootId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  /** Every batch sent, in order (tests resend one to check it counts once). */
  readonly sentBatches: Array<{ batchId: string; records: PlayProofBody[] }> = [];
  /** Batches sent and not yet acknowledged as written, by id, with when they last went. */
  readonly unacknowledged = new Map<string, { batch: { batchId: string; records: PlayProofBody[] }; sentAtMs: number }>();
  private resendTimer: NodeJS.Timeout | undefined;
  private schedulePending: Promise<void> = Promise.resolve();
  private playTimer: NodeJS.Timeout | undefined;
  /** The start of the next slot the real-time loop plays (playEveryMs). */
  private nextSlotMs = 0;
  /** Between a lost connection and the next Welcome proofs wait, so that they go out in the order shown. */
  private online = true;

  constructor(
    private readonly screen: AdScreen,
    private readonly options: ScreenAdsOptions,
    private readonly onError: (err: Error) => void,
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** A schedule arrived: fetch what it needs, switch to it, acknowledge. Schedules are taken one at a time, in order. */
  onSchedule(schedule: AdScheduleBody): void {
    this.schedulePending = this.schedulePending.then(() => this.take(schedule)).catch((err: Error) => this.onError(err));
  }

  /** Resolves once every schedule received so far is taken and acknowledged. */
  settled(): Promise<void> {
    return this.schedulePending;
  }

  private async take(schedule: AdScheduleBody): Promise<void> {
    if (this.schedule && (schedule.version ?? 0) < (this.schedule.version ?? 0)) return; // an older one, redelivered late
    const missing: string[] = [];
    if (this.options.fetchMedia ?? true) {
      for (const creative of schedule.creatives ?? []) {
        if (this.cache.has(creative.sha256Hex ?? '')) continue;
        const bytes = await this.fetchCreative(creative.url ?? '').catch(() => undefined);
        if (bytes && createHash('sha256').update(bytes).digest('hex') === creative.sha256Hex) this.cache.set(creative.sha256Hex!, bytes);
        else missing.push(creative.id ?? '');
      }
    }
    this.schedule = schedule;
    this.player = new AdPlayer(schedule);
    this.startPlaying();
    await this.screen.publish({ adScheduleAck: { version: schedule.version ?? 0, missingCreativeIds: missing } });
  }

  private async fetchCreative(url: string): Promise<Buffer> {
    this.fetches++;
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`creative fetch answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** Plays the loop from `fromMs` to `untilMs` as a screen left running would (simulated time: returns at once). */
  playLoop(fromMs: number, untilMs: number): AdPlay[] {
    const plays = this.player?.loopPlaysBetween(fromMs, untilMs) ?? [];
    for (const play of plays) this.record(play);
    return plays;
  }

  /** The real-time loop (playEveryMs), from the next slot boundary on. */
  private startPlaying(): void {
    const every = this.options.playEveryMs;
    if (!every || this.playTimer || !this.player) return;
    const slotMs = this.player.slotMs;
    this.nextSlotMs = Math.ceil(this.now() / slotMs) * slotMs;
    this.playTimer = setInterval(() => this.playDue(), every);
    this.playTimer.unref();
  }

  private playDue(): void {
    if (this.loopPlaysUntil(this.now()) > 0) this.flushProofs().catch((err: Error) => this.onError(err));
  }

  /** Records the real-time loop's plays of the slots begun by `now`; how many. */
  private loopPlaysUntil(now: number): number {
    const player = this.player;
    if (!player || !this.playTimer) return 0;
    const offlineFault = this.options.faults?.stopsAdsOffline && !this.screen.connected();
    let played = 0;
    for (; this.nextSlotMs <= now; this.nextSlotMs += player.slotMs) {
      const play = offlineFault ? null : player.loopPlayAt(this.nextSlotMs);
      if (play) {
        this.record(play);
        played++;
      }
    }
    return played;
  }

  /** A payment result arrived: after a success, the schedule's trigger rules pick the ad, with no round trip. */
  onPayResult(result: PayResultBody): void {
    if (result.status !== PayStatus.PAY_STATUS_SUCCEEDED || !this.player) return;
    // The loop's slots begun before it were shown before it: proofs go in the order plays were shown.
    const now = this.now();
    this.loopPlaysUntil(now);
    const play = this.player.afterPayment(result.amountFen ?? 0, now);
    if (play) this.record(play);
  }

  private record(play: AdPlay): void {
    this.screen.played(play);
    this.proofs.push({
      creativeId: play.creativeId,
      bookingId: play.bookingId,
      startedAtMs: play.startedAtMs,
      durationMs: play.durationMs,
      completed: true,
      trigger: play.trigger === 'payment' ? PlayTrigger.PLAY_TRIGGER_PAYMENT : PlayTrigger.PLAY_TRIGGER_LOOP,
    });
    if (this.proofs.length >= (this.options.proofBatchSize ?? 50)) this.flushProofs().catch((err: Error) => this.onError(err));
  }

  /** The connection is gone: proofs wait for the next Welcome. */
  wentOffline(): void {
    this.online = false;
  }

  /**
   * A Welcome: the batches not acknowledged go again (same ids: the hub may have died before writing them, or its
   * acknowledgement was lost), then the proofs of what played meanwhile, in the order shown.
   */
  async cameBack(): Promise<void> {
    // New proofs wait until the old batches are on their way: a batch caught in the drop must not arrive after them.
    await this.resendUnacknowledged();
    this.online = true;
    await this.flushProofs();
  }

  /** Sends the proofs not sent yet as one batch; it is kept until acknowledged. Offline they wait (cameBack). */
  async flushProofs(): Promise<void> {
    while (this.online && this.proofs.length > 0) {
      const records = this.proofs.splice(0, this.options.proofBatchSize ?? 50);
      const batch = { batchId: `${this.bootId}-${++this.batchSeq}`, records };
      this.sentBatches.push(batch);
      this.unacknowledged.set(batch.batchId, { batch, sentAtMs: Date.now() });
      this.armResend();
      await this.screen.publish({ playProofs: batch });
    }
  }

  /** The hub wrote these batches: forget them. */
  onProofsAck(batchIds: string[]): void {
    for (const id of batchIds) this.unacknowledged.delete(id);
    if (this.unacknowledged.size === 0) clearTimeout(this.resendTimer);
  }

  /** Sends again, same ids, every batch not acknowledged (after a reconnect: a hub may have died before writing it). */
  async resendUnacknowledged(olderThanMs = 0): Promise<void> {
    const now = Date.now();
    for (const entry of [...this.unacknowledged.values()]) {
      if (now - entry.sentAtMs < olderThanMs) continue;
      entry.sentAtMs = now;
      if (this.options.faults?.resendsProofsUnderNewIds) {
        this.unacknowledged.delete(entry.batch.batchId);
        entry.batch = { ...entry.batch, batchId: `${this.bootId}-${++this.batchSeq}` };
        this.unacknowledged.set(entry.batch.batchId, entry);
      }
      await this.screen.publish({ playProofs: entry.batch });
    }
    this.armResend();
  }

  /** Stops the resend timer and the real-time loop (the screen is going away). */
  close(): void {
    clearTimeout(this.resendTimer);
    clearInterval(this.playTimer);
    this.playTimer = undefined;
  }

  private armResend(): void {
    if (this.resendTimer || this.unacknowledged.size === 0) return;
    const after = this.options.resendAfterMs ?? 60_000;
    this.resendTimer = setTimeout(() => {
      this.resendTimer = undefined;
      this.resendUnacknowledged(after).catch((err: Error) => this.onError(err));
    }, after);
    this.resendTimer.unref();
  }
}
