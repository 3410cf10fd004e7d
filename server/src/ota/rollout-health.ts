// The abort rules of a running campaign: the failure rate of the current
// wave's installs, and the canary: whether the screens that took the update do
// worse at their job than the campaign's screens not yet updated, over the same
// hours (payments failing, health alerts, restarts, drops off the network).
// Screens that only waited (deferred) are neither failures nor updated.
import type { Queryable } from '../db/database.js';
import type { CampaignRow, DeviceOtaState } from './campaign-sql.js';
import { campaignHealthFigures, type HealthFigures } from './rollout-health-sql.js';

/** How far updated screens may be worse than the rest before the campaign pauses: every margin must be passed. */
export const HEALTH_MARGIN = { absolutePoints: 10, ratio: 2, z: 3 };

/** A campaign's canary thresholds (`canary` of the campaign; each left out takes this default). */
export const CANARY_DEFAULTS = {
  /** Payment failure rate of updated screens above the rest's by this many points (and twice it, beyond chance). */
  paymentFailurePoints: 10,
  /** Restarts per screen-hour above the rest's by this much (and twice it). */
  restartsPerScreenHour: 0.5,
  /** Drops off the network per screen-hour above the rest's by this much (and twice it). */
  offlinePerScreenHour: 1,
  /** Payments on each side before payments are judged. */
  minPayments: 20,
  /** Screen-hours on each side before restarts and drops are judged. */
  minScreenHours: 2,
} as const;
export type CanaryThresholds = { [K in keyof typeof CANARY_DEFAULTS]: number };

export interface WaveCount {
  wave: number;
  state: DeviceOtaState;
  count: number;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : (part * 100) / whole);
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Why the current wave should stop here, or undefined. `recent`: the wave's
 * outcomes since the start or last resume; `counts`: every screen by wave and state.
 */
export function waveFailureReason(campaign: CampaignRow, counts: WaveCount[], recent: WaveCount[]): string | undefined {
  const sum = (rows: WaveCount[], states: DeviceOtaState[]) => rows.filter((c) => c.wave === campaign.current_wave && states.includes(c.state)).reduce((n, c) => n + c.count, 0);
  const failed = sum(recent, ['failed', 'rolled_back']);
  const finished = failed + sum(recent, ['succeeded']);
  const wave = campaign.current_wave + 1;
  if (finished >= campaign.min_finished && pct(failed, finished) > campaign.failure_threshold_pct) {
    return `failure rate ${round(pct(failed, finished))}% in wave ${wave} (${failed} of ${finished} finished) passed ${campaign.failure_threshold_pct}%`;
  }
  // A wave too small for the threshold to count must still not pass on with nothing but failures.
  const size = sum(counts, ['pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing', 'succeeded', 'failed', 'rolled_back', 'expired', 'cancelled', 'superseded']);
  const done = sum(counts, ['succeeded', 'failed', 'rolled_back', 'expired', 'cancelled', 'superseded']);
  if (size > 0 && done === size && sum(counts, ['succeeded']) === 0 && failed > 0) return `no screen in wave ${wave} succeeded (${failed} failed)`;
  return undefined;
}

/**
 * Whether `bad` of `n` updated is worse than `restBad` of `rest`: by both margins,
 * and beyond chance (a two-proportion z-test, z ≥ HEALTH_MARGIN.z): buyers'
 * declines alone make a few failed payments on a handful of screens likely.
 */
export function worse(bad: number, n: number, restBad: number, rest: number, absolutePoints: number = HEALTH_MARGIN.absolutePoints): boolean {
  // Nothing to compare with (every screen updated, or none of the rest paid): no verdict.
  if (rest === 0 || n === 0) return false;
  const updatedRate = pct(bad, n);
  const restRate = pct(restBad, rest);
  if (!(updatedRate > restRate + absolutePoints && updatedRate > restRate * HEALTH_MARGIN.ratio)) return false;
  const pooled = (bad + restBad) / (n + rest);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / rest));
  return standardError === 0 || (bad / n - restBad / rest) / standardError >= HEALTH_MARGIN.z;
}

/** Events per screen-hour: worse when above the rest's by `margin`, at least twice it, and at least 3 events. */
export function worseRate(events: number, hours: number, restEvents: number, restHours: number, margin: number): boolean {
  if (hours <= 0 || restHours <= 0 || events < 3) return false;
  const rate = events / hours;
  const restRate = restEvents / restHours;
  return rate > restRate + margin && rate > restRate * HEALTH_MARGIN.ratio;
}

/** Why the canary stops the campaign, with the figures that say so; undefined while it looks as well as the rest. */
export interface CanaryVerdict {
  reason: string;
  metric: 'alerts' | 'payments' | 'restarts' | 'offline';
  figures: HealthFigures;
}

export function canaryVerdict(campaign: Pick<CampaignRow, 'min_finished' | 'canary'>, f: HealthFigures): CanaryVerdict | undefined {
  const t: CanaryThresholds = { ...CANARY_DEFAULTS, ...(campaign.canary as Partial<CanaryThresholds>) };
  const perHour = (n: number, h: number) => (h > 0 ? Math.round((n / h) * 100) / 100 : 0);
  if (f.updated >= campaign.min_finished && worse(f.updated_alerting, f.updated, f.rest_alerting, f.rest)) {
    return { metric: 'alerts', figures: f, reason: `health alerts on ${round(pct(f.updated_alerting, f.updated))}% of updated screens against ${round(pct(f.rest_alerting, f.rest))}% of the rest` };
  }
  if (f.updated_payments >= t.minPayments && f.rest_payments >= t.minPayments && worse(f.updated_failed, f.updated_payments, f.rest_failed, f.rest_payments, t.paymentFailurePoints)) {
    return {
      metric: 'payments',
      figures: f,
      reason: `payment success ${round(100 - pct(f.updated_failed, f.updated_payments))}% on updated screens (${f.updated_payments} payments) against ${round(100 - pct(f.rest_failed, f.rest_payments))}% on the rest (${f.rest_payments})`,
    };
  }
  const enoughHours = f.updated_hours >= t.minScreenHours && f.rest_hours >= t.minScreenHours;
  if (enoughHours && worseRate(f.updated_restarts, f.updated_hours, f.rest_restarts, f.rest_hours, t.restartsPerScreenHour)) {
    return { metric: 'restarts', figures: f, reason: `${perHour(f.updated_restarts, f.updated_hours)} restarts per screen-hour on updated screens against ${perHour(f.rest_restarts, f.rest_hours)} on the rest` };
  }
  if (enoughHours && worseRate(f.updated_offline, f.updated_hours, f.rest_offline, f.rest_hours, t.offlinePerScreenHour)) {
    return { metric: 'offline', figures: f, reason: `${perHour(f.updated_offline, f.updated_hours)} drops off the network per screen-hour on updated screens against ${perHour(f.rest_offline, f.rest_hours)} on the rest` };
  }
  return undefined;
}

/** The canary's verdict on a campaign, from the database. */
export async function healthVerdict(db: Queryable, campaign: CampaignRow): Promise<CanaryVerdict | undefined> {
  return canaryVerdict(campaign, await campaignHealthFigures(db, campaign));
}
