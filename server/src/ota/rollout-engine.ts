// Drives every running campaign on a timer: expires stale offers, pauses a
// campaign whose current wave fails too often or whose updated screens look
// unhealthy, moves to the next wave once the soak time has passed with enough
// successes, offers the update to the wave's screens, and completes the
// campaign when every screen is done. One hub process runs each round (a
// PostgreSQL advisory lock); offers go out after the round's commit.
import type { FastifyBaseLogger } from 'fastify';
import { tryLockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database, Queryable } from '../db/database.js';
import type { HubEvents } from '../platform/hub-events.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import {
  advanceWave,
  expireOffers,
  offerPending,
  recentOutcomes,
  runningCampaigns,
  setPauseFigures,
  transitionCampaign,
  waveCounts,
  type CampaignDeviceRow,
  type CampaignRow,
} from './campaign-sql.js';
import { pendingInReachedWaves, registryFacts } from './newest-release-sql.js';
import type { OfferChannel } from './offer-channel.js';
import { NO_MOVES, planReleases, type PlannedMoves } from './release-planner.js';
import { healthVerdict, waveFailureReason, type WaveCount } from './rollout-health.js';

const FINAL = new Set(['succeeded', 'failed', 'rolled_back', 'expired', 'cancelled', 'superseded']);

export function campaignPayload(c: CampaignRow) {
  return { campaignId: c.id, state: c.state, currentWave: c.current_wave, pauseReason: c.pause_reason };
}

export class RolloutEngine {
  private readonly task: PeriodicTask;
  /** Rolls a campaign's bad wave back (CampaignService, wired in index.ts): called after the canary paused one with autoRollback. */
  rollBack?: (campaign: CampaignRow) => Promise<unknown>;
  /** When each campaign's canary was last asked: its figures read every campaign screen's hours, so not every tick. */
  private readonly canaryAskedAt = new Map<string, number>();
  private readonly canaryEveryMs: number;
  /** Rollbacks started by rounds and not yet done: the stop waits for them. */
  private readonly rollbacks = new Set<Promise<unknown>>();

  private readonly db: Database;
  private readonly offers: OfferChannel;
  private readonly events: HubEvents;
  private readonly logger: FastifyBaseLogger;

  constructor(options: { db: Database; offers: OfferChannel; events: HubEvents; logger: FastifyBaseLogger; intervalMs: number }) {
    const { intervalMs } = options;
    this.db = options.db;
    this.offers = options.offers;
    this.events = options.events;
    this.logger = options.logger;
    this.task = new PeriodicTask(() => this.round(), intervalMs, (err) => this.logger.error({ err }, 'rollout round failed'));
    // Ten rounds, at most a minute: a canary needs minutes of figures anyway.
    this.canaryEveryMs = Math.min(60_000, 10 * intervalMs);
  }

  start(): void {
    this.task.start();
  }

  async stop(): Promise<void> {
    await this.task.stop();
    await Promise.allSettled([...this.rollbacks]);
  }

  /** One round now (or the one running): after a start or resume, so the first wave does not wait for the timer. */
  tick(): Promise<void> {
    return this.task.run();
  }

  private async round(): Promise<void> {
    const outcome = await this.db.transaction(async (tx) => {
      if (!(await tryLockForTransaction(tx, 'otaRollout'))) return undefined;
      const expired = await expireOffers(tx);
      const offered: CampaignDeviceRow[] = [];
      const changed: CampaignRow[] = [];
      const moved: PlannedMoves[] = [];
      const running = await runningCampaigns(tx);
      // Campaigns no longer running need no canary clock.
      for (const id of this.canaryAskedAt.keys()) if (!running.some((c) => c.id === id)) this.canaryAskedAt.delete(id);
      for (const campaign of running) {
        const step = await this.step(tx, campaign);
        offered.push(...step.offered);
        if (step.moved) moved.push(step.moved);
        if (step.changed) changed.push(step.changed);
      }
      return { expired, offered, changed, moved };
    });
    if (!outcome) return;
    for (const moves of outcome.moved) await this.offers.announce({ ...moves, offered: [] });
    for (const row of outcome.expired) this.events.publish(row.tenant_id, 'ota.device', { campaignId: row.campaign_id, deviceId: row.device_id, wave: row.wave, state: row.state, reason: row.reason });
    for (const campaign of outcome.changed) {
      this.logger.info({ campaignId: campaign.id, state: campaign.state, wave: campaign.current_wave, reason: campaign.pause_reason }, 'campaign changed');
      this.events.publish(campaign.tenant_id, 'ota.campaign', campaignPayload(campaign));
    }
    await this.sendOffers(outcome.offered);
    for (const campaign of outcome.changed) {
      if (campaign.state !== 'paused' || !campaign.auto_rollback || !this.rollBack) continue;
      // Not awaited: the rollback starts its campaign with tick(), which waits for this round to end.
      const rolling = this.rollBack(campaign)
        .catch((err: Error) => this.logger.error({ err, campaignId: campaign.id }, 'automatic rollback failed; the campaign stays paused'))
        .finally(() => this.rollbacks.delete(rolling));
      this.rollbacks.add(rolling);
    }
  }

  private async step(tx: Queryable, campaign: CampaignRow): Promise<{ offered: CampaignDeviceRow[]; moved?: PlannedMoves; changed?: CampaignRow }> {
    const counts = await waveCounts(tx, campaign.id);
    const recent = await recentOutcomes(tx, campaign.id, campaign.current_wave, campaign.rules_since ?? campaign.started_at ?? new Date(0));
    const failure = waveFailureReason(campaign, counts, recent);
    const verdict = failure || !this.canaryDue(campaign) ? undefined : await healthVerdict(tx, campaign);
    const reason = failure ?? verdict?.reason;
    if (reason) {
      const paused = await transitionCampaign(tx, campaign.tenant_id, campaign.id, ['running'], 'paused', reason);
      const figures = verdict && { metric: verdict.metric, wave: campaign.current_wave + 1, ...verdict.figures };
      return { offered: [], changed: paused && figures ? await setPauseFigures(tx, campaign.id, figures) : paused };
    }
    let changed: CampaignRow | undefined;
    const current = { ...campaign };
    if (this.mayAdvance(current, counts)) {
      current.current_wave += 1;
      await advanceWave(tx, current.id, current.current_wave);
      changed = { ...current, wave_started_at: new Date() };
    }
    const moved = await this.offerWave(tx, current);
    const offered = moved?.offered ?? (await offerPending(tx, current));
    const lastWave = current.current_wave === current.waves.length - 1;
    if (lastWave && offered.length === 0 && counts.every((c) => FINAL.has(c.state))) {
      changed = await transitionCampaign(tx, current.tenant_id, current.id, ['running'], 'completed');
    }
    return { offered, moved, changed };
  }

  private canaryDue(campaign: CampaignRow): boolean {
    if (!campaign.health_check) return false;
    const now = Date.now();
    if (now - (this.canaryAskedAt.get(campaign.id) ?? 0) < this.canaryEveryMs) return false;
    this.canaryAskedAt.set(campaign.id, now);
    return true;
  }

  /**
   * The wave's pending screens, each planned over all its campaigns (release-planner.ts): it may get this release,
   * a required step before it, or a newer campaign's. Undefined for a rollback campaign, which offers as it is.
   */
  private async offerWave(tx: Queryable, campaign: CampaignRow): Promise<PlannedMoves | undefined> {
    if (campaign.rollback_of) return undefined;
    const pending = await pendingInReachedWaves(tx, campaign.id, campaign.current_wave);
    if (pending.length === 0) return NO_MOVES;
    return planReleases(this.db, await registryFacts(tx, pending), tx);
  }

  /**
   * The next wave starts when this one has soaked long enough and has enough
   * successes (min_finished, or the whole wave if smaller), or when every screen
   * of it is done one way or another (offline screens' offers expire).
   */
  private mayAdvance(campaign: CampaignRow, counts: WaveCount[]): boolean {
    if (campaign.current_wave >= campaign.waves.length - 1) return false;
    const soakedAt = (campaign.wave_started_at?.getTime() ?? 0) + campaign.soak_seconds * 1000;
    if (Date.now() < soakedAt) return false;
    const upTo = counts.filter((c) => c.wave <= campaign.current_wave);
    const size = upTo.reduce((n, c) => n + c.count, 0);
    const succeeded = upTo.filter((c) => c.state === 'succeeded').reduce((n, c) => n + c.count, 0);
    const done = upTo.filter((c) => FINAL.has(c.state)).reduce((n, c) => n + c.count, 0);
    return succeeded >= Math.min(campaign.min_finished, size) || done === size;
  }

  private async sendOffers(rows: CampaignDeviceRow[]): Promise<void> {
    const byCampaign = new Map<string, string[]>();
    for (const row of rows) byCampaign.set(row.campaign_id, [...(byCampaign.get(row.campaign_id) ?? []), row.device_id]);
    for (const [campaignId, deviceIds] of byCampaign) {
      await this.offers.sendFor(campaignId, deviceIds);
    }
    for (const row of rows) this.events.publish(row.tenant_id, 'ota.device', { campaignId: row.campaign_id, deviceId: row.device_id, wave: row.wave, state: row.state });
  }
}
