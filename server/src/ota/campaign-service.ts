// The use cases of OTA campaigns: create one (its targets resolved and split
// into waves at once, started at once if asked), move it (start, pause, resume,
// cancel, each announced on the live stream), and roll one back (stop it and
// put its updated screens on an earlier release in a campaign of their own).
import type { Database } from '../db/database.js';
import type { RegistryQueries } from '../devices/index.js';
import { BadRequestError, ConflictError, NotFoundError } from '../platform/errors.js';
import type { HubEvents } from '../platform/hub-events.js';
import { cancelOpenDevices, findCampaign, forceOpenDevices, insertCampaign, transitionCampaign, updatedDeviceIds, type CampaignDeviceRow, type CampaignRow, type CampaignState } from './campaign-sql.js';
import { resolveTargets, type CampaignTarget } from './campaign-targets.js';
import type { OfferChannel } from './offer-channel.js';
import { findRelease, readyReleases, type ReleaseRow } from './release-sql.js';
import { campaignPayload, type RolloutEngine } from './rollout-engine.js';
import type { CanaryThresholds } from './rollout-health.js';
import { compareVersions } from './version-order.js';

/** What an operator asks for; each setting left out takes the default written beside it. */
export interface CampaignInput {
  name: string;
  /** Exactly one of the three. */
  target: { groupId?: string; query?: string; deviceIds?: string[] };
  waves?: number[];
  soakMinutes?: number;
  failureThresholdPct?: number;
  minFinished?: number;
  healthCheck?: boolean;
  /** When the canary or the failure rate pauses the campaign, put the updated screens back on the previous release at once. */
  autoRollback?: boolean;
  /** The canary's thresholds; each left out takes CANARY_DEFAULTS. */
  canary?: Partial<CanaryThresholds>;
  installWindow?: 'outside_trading_hours' | 'any';
  offerTtlHours?: number;
  start?: boolean;
}

const DEFAULTS = {
  /** A canary of 1 %, then 10 %, half, all. */
  waves: [1, 10, 50, 100],
  /** An hour between waves: long enough for a bad release to show in payments and alerts. */
  soakMinutes: 60,
  failureThresholdPct: 10,
  minFinished: 10,
  healthCheck: true,
  autoRollback: false,
  installWindow: 'outside_trading_hours',
  /** Three days: a screen away over a weekend still gets its offer. */
  offerTtlHours: 72,
} as const;

/** The moves an operator makes, from which states, to which. */
export const CAMPAIGN_MOVES = {
  start: { from: ['draft'], to: 'running' },
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  cancel: { from: ['draft', 'running', 'paused'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly CampaignState[]; to: CampaignState }>;
export type CampaignMove = keyof typeof CAMPAIGN_MOVES;

/** The live state's writer (devices domain): what screens said of their versions reaches the registry on flush(). */
interface LiveStateWriter {
  flush(): Promise<unknown>;
}

export class CampaignService {
  private readonly db: Database;
  private readonly registry: RegistryQueries;
  private readonly liveState: LiveStateWriter;
  private readonly engine: RolloutEngine;
  private readonly offers: OfferChannel;
  private readonly events: HubEvents;

  constructor(options: { db: Database; registry: RegistryQueries; liveState: LiveStateWriter; engine: RolloutEngine; offers: OfferChannel; events: HubEvents }) {
    this.db = options.db;
    this.registry = options.registry;
    this.liveState = options.liveState;
    this.engine = options.engine;
    this.offers = options.offers;
    this.events = options.events;
  }

  async load(tenantId: string, id: string): Promise<CampaignRow> {
    const campaign = await findCampaign(this.db, tenantId, id);
    if (!campaign) throw new NotFoundError('campaign');
    return campaign;
  }

  /** A campaign of a ready release of the tenant; a draft unless `input.start`. */
  async create(tenantId: string, userId: string, releaseId: string, input: CampaignInput): Promise<CampaignRow> {
    const release = await findRelease(this.db, tenantId, releaseId);
    if (!release) throw new BadRequestError('releaseId: no such release in this tenant');
    if (release.state !== 'ready') throw new ConflictError('the release has no verified package yet');
    return this.createFor(tenantId, userId, release, input, null);
  }

  async move(tenantId: string, id: string, move: CampaignMove): Promise<CampaignRow> {
    const current = await this.load(tenantId, id);
    const { from, to } = CAMPAIGN_MOVES[move];
    const changed = await transitionCampaign(this.db, tenantId, current.id, [...from], to, to === 'paused' ? 'paused by an operator' : null);
    if (!changed) throw new ConflictError(`cannot ${move} a campaign that is ${current.state}`);
    this.announce(changed);
    if (to === 'running') await this.engine.tick();
    if (to === 'cancelled') await this.withdrawOffers(changed.id);
    return (await findCampaign(this.db, tenantId, changed.id))!;
  }

  /**
   * Stops the campaign and starts another that puts its updated (or installing) screens on `releaseId`, by default
   * the newest ready release below the campaign's.
   */
  /**
   * An emergency fix: the campaign's screens (all, or those named) whose update has not started installing may install
   * inside trading hours, recorded with the operator who asked. Screens already offered get the offer again now, as
   * "any time"; those of later waves get it so when their wave comes. A screen still never installs during a payment.
   */
  async force(tenantId: string, operatorId: string, id: string, deviceIds?: string[]): Promise<CampaignDeviceRow[]> {
    const campaign = await this.load(tenantId, id);
    if (campaign.state === 'completed' || campaign.state === 'cancelled') throw new ConflictError(`cannot force a campaign that is ${campaign.state}`);
    const forced = await forceOpenDevices(this.db, campaign.id, operatorId, deviceIds);
    const offered = forced.filter((row) => row.offered_at).map((row) => row.device_id);
    await this.offers.sendFor(campaign.id, offered);
    return forced;
  }

  /**
   * An emergency fix for one screen outside any campaign: a one-screen campaign of `releaseId`, started at once, its
   * screen forced (any time, never during a payment) and recorded with the operator who asked.
   */
  async forceScreen(tenantId: string, operatorId: string, releaseId: string, deviceId: string): Promise<CampaignRow> {
    const release = await findRelease(this.db, tenantId, releaseId);
    if (!release) throw new NotFoundError('release');
    if (release.state !== 'ready') throw new ConflictError('the release has no verified package yet');
    const campaign = await this.createFor(
      tenantId,
      operatorId,
      release,
      { name: `Forced ${release.kind} ${release.version} on ${deviceId}`, target: { deviceIds: [deviceId] }, waves: [100], soakMinutes: 0, minFinished: 1, healthCheck: false, installWindow: 'any' },
      null,
    );
    await forceOpenDevices(this.db, campaign.id, operatorId);
    const started = (await transitionCampaign(this.db, tenantId, campaign.id, ['draft'], 'running'))!;
    this.announce(started);
    await this.engine.tick();
    return (await findCampaign(this.db, tenantId, campaign.id))!;
  }

  /**
   * What the canary does to a campaign it paused that has autoRollback: the same rollback an operator asks for, by the
   * hub (no operator), the campaign's pause reason kept on the cancelled campaign so the console still says why.
   */
  async rollBackByItself(campaign: CampaignRow): Promise<CampaignRow | undefined> {
    if ((await updatedDeviceIds(this.db, campaign.id)).length === 0) return undefined;
    return this.rollback(campaign.tenant_id, null, campaign.id, { reason: `${campaign.pause_reason}; rolled back by itself` });
  }

  async rollback(tenantId: string, userId: string | null, id: string, options: { releaseId?: string; installWindow?: CampaignInput['installWindow']; reason?: string }): Promise<CampaignRow> {
    const campaign = await this.load(tenantId, id);
    const from = (await findRelease(this.db, tenantId, campaign.release_id))!;
    const to = options.releaseId
      ? await findRelease(this.db, tenantId, options.releaseId)
      : (await readyReleases(this.db, tenantId, from.kind)).filter((r) => compareVersions(r.version, from.version) < 0).sort((a, b) => compareVersions(b.version, a.version))[0];
    if (!to || to.state !== 'ready' || to.kind !== from.kind) throw new ConflictError(`no ready ${from.kind} release to roll back to`);
    if (campaign.state !== 'completed' && campaign.state !== 'cancelled') {
      const cancelled = await transitionCampaign(this.db, tenantId, campaign.id, [...CAMPAIGN_MOVES.cancel.from], 'cancelled', options.reason ?? null);
      if (cancelled) {
        this.announce(cancelled);
        await this.withdrawOffers(campaign.id);
      }
    }
    const updated = await updatedDeviceIds(this.db, campaign.id);
    if (updated.length === 0) throw new ConflictError('no screen of this campaign took the update: nothing to roll back');
    return this.createFor(
      tenantId,
      userId,
      to,
      {
        name: `Rollback of ${campaign.name} to ${to.version}`,
        target: { deviceIds: updated },
        // One wave, at once, judged by nothing but its own failures: the release it leaves is the suspect one.
        waves: [100],
        soakMinutes: 0,
        failureThresholdPct: campaign.failure_threshold_pct,
        minFinished: campaign.min_finished,
        healthCheck: false,
        autoRollback: false,
        installWindow: options.installWindow ?? (campaign.install_window as CampaignInput['installWindow']),
        offerTtlHours: campaign.offer_ttl_seconds / 3600,
        start: true,
      },
      campaign.id,
    );
  }

  private async createFor(tenantId: string, userId: string | null, release: ReleaseRow, input: CampaignInput, rollbackOf: string | null): Promise<CampaignRow> {
    const target = checkTarget(input.target);
    const waves = checkWaves(input.waves ?? [...DEFAULTS.waves]);
    // Versions and models come from the registry: write what screens of this process said last first.
    await this.liveState.flush();
    // Resolved outside the transaction (the registry reads through its own handle); a screen
    // taken by another campaign meanwhile is held back at offer time by the one-open-offer index.
    const resolved = await resolveTargets(this.db, this.registry, tenantId, target, release, waves, { rollback: rollbackOf !== null });
    if (resolved.unknown.length > 0) throw new BadRequestError(`target.deviceIds: not screens of this tenant: ${resolved.unknown.slice(0, 20).join(', ')}`);
    if (resolved.devices.length === 0) throw new ConflictError(`no screen is eligible (left out: ${JSON.stringify(resolved.excluded)})`);
    const campaign = await this.db.transaction(async (tx) =>
      insertCampaign(
        tx,
        tenantId,
        {
          name: input.name,
          releaseId: release.id,
          target,
          waves,
          soakSeconds: Math.round((input.soakMinutes ?? DEFAULTS.soakMinutes) * 60),
          failureThresholdPct: input.failureThresholdPct ?? DEFAULTS.failureThresholdPct,
          minFinished: input.minFinished ?? DEFAULTS.minFinished,
          healthCheck: input.healthCheck ?? DEFAULTS.healthCheck,
          autoRollback: input.autoRollback ?? DEFAULTS.autoRollback,
          canary: input.canary ?? {},
          installWindow: input.installWindow ?? DEFAULTS.installWindow,
          offerTtlSeconds: Math.round((input.offerTtlHours ?? DEFAULTS.offerTtlHours) * 3600),
          rollbackOf,
          excluded: resolved.excluded,
          createdBy: userId,
        },
        resolved.devices,
      ),
    );
    if (!input.start) return campaign;
    const started = (await transitionCampaign(this.db, tenantId, campaign.id, ['draft'], 'running'))!;
    this.announce(started);
    await this.engine.tick();
    return (await findCampaign(this.db, tenantId, campaign.id))!;
  }

  private announce(campaign: CampaignRow): void {
    this.events.publish(campaign.tenant_id, 'ota.campaign', campaignPayload(campaign));
  }

  /** Offers not yet installing are withdrawn from their screens. */
  private async withdrawOffers(campaignId: string): Promise<void> {
    await this.offers.withdraw(await cancelOpenDevices(this.db, campaignId));
  }
}

function checkTarget(target: CampaignInput['target']): CampaignTarget {
  const given = (['groupId', 'query', 'deviceIds'] as const).filter((k) => target[k] !== undefined);
  if (given.length !== 1) throw new BadRequestError('target needs exactly one of groupId, query or deviceIds');
  return target as CampaignTarget;
}

function checkWaves(waves: number[]): number[] {
  if (waves.some((w, i) => i > 0 && w <= waves[i - 1]!) || waves[waves.length - 1] !== 100) {
    throw new BadRequestError('waves must be ascending cumulative percentages ending at 100, e.g. [1, 10, 50, 100]');
  }
  return waves;
}
