// The screen's side of ads: keep the schedule the hub sent, fetch the creatives
// it names (cached by SHA-256, so a creative is fetched once whatever schedules
// name it), acknowledge, play the loop and the after-payment ads from the
// schedule alone (protocol/src/ad-player.ts), and send proofs of play in
// batches, each kept until the hub's PlayProofsAck says it is written: sent
// again after every Welcome and when no acknowledgement came within a minute.
import { createHash } from 'node:crypto';
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
}

/** What the ad player needs of its screen. */
export interface AdScreen {
  deviceId: string;
  publish(body: { adScheduleAck: { version: number; missingCreativeIds: string[] } } | { playProofs: { batchId: string; records: PlayProofBody[] } }): Promise<void>;
  /** Told of every play (tests watch these). */
  played(play: AdPlay): void;
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

  /** A payment result arrived: after a success, the schedule's trigger rules pick the ad, with no round trip. */
  onPayResult(result: PayResultBody): void {
    if (result.status !== PayStatus.PAY_STATUS_SUCCEEDED || !this.player) return;
    const play = this.player.afterPayment(result.amountFen ?? 0, this.now());
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

  /** Sends the proofs not sent yet as one batch; it is kept until acknowledged. */
  async flushProofs(): Promise<void> {
    while (this.proofs.length > 0) {
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
      await this.screen.publish({ playProofs: entry.batch });
    }
    this.armResend();
  }

  /** Stops the resend timer (the screen is going away). */
  close(): void {
    clearTimeout(this.resendTimer);
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
