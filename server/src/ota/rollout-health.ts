// The abort rules of a running campaign, as SQL over what the wave and the
// fleet did: the failure rate of the current wave, and whether screens that
// took the update raise health alerts or fail payments more than the rest of
// the tenant's screens since the campaign started.
import type { Queryable } from '../db/database.js';
import type { CampaignRow, DeviceOtaState } from './campaign-sql.js';
import { campaignHealthFigures } from './rollout-health-sql.js';

/** How far updated screens may be worse than the rest before the campaign pauses: every margin must be passed. */
export const HEALTH_MARGIN = { absolutePoints: 10, ratio: 2, z: 3 };
/** Payments after the update needed before their failure rate counts. */
export const MIN_PAYMENTS_COMPARED = 20;

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
  const size = sum(counts, ['pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing', 'succeeded', 'failed', 'rolled_back', 'expired', 'cancelled']);
  const done = sum(counts, ['succeeded', 'failed', 'rolled_back', 'expired', 'cancelled']);
  if (size > 0 && done === size && sum(counts, ['succeeded']) === 0 && failed > 0) return `no screen in wave ${wave} succeeded (${failed} failed)`;
  return undefined;
}

/**
 * Whether `bad` of `n` updated is worse than `restBad` of `rest`: by both margins,
 * and beyond chance (a two-proportion z-test, z ≥ HEALTH_MARGIN.z): buyers'
 * declines alone make a few failed payments on a handful of screens likely.
 */
export function worse(bad: number, n: number, restBad: number, rest: number): boolean {
  // Nothing to compare with (every screen updated, or none of the rest paid): no verdict.
  if (rest === 0 || n === 0) return false;
  const updatedRate = pct(bad, n);
  const restRate = pct(restBad, rest);
  if (!(updatedRate > restRate + HEALTH_MARGIN.absolutePoints && updatedRate > restRate * HEALTH_MARGIN.ratio)) return false;
  const pooled = (bad + restBad) / (n + rest);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / rest));
  return standardError === 0 || (bad / n - restBad / rest) / standardError >= HEALTH_MARGIN.z;
}

/** Why the updated screens look worse than the rest, or undefined. */
export async function healthReason(db: Queryable, campaign: CampaignRow): Promise<string | undefined> {
  const f = await campaignHealthFigures(db, campaign);
  if (f.updated >= campaign.min_finished && worse(f.updated_alerting, f.updated, f.rest_alerting, f.rest)) {
    return `health alerts on ${round(pct(f.updated_alerting, f.updated))}% of updated screens against ${round(pct(f.rest_alerting, f.rest))}% of the rest`;
  }
  if (f.updated_payments >= MIN_PAYMENTS_COMPARED && worse(f.updated_failed, f.updated_payments, f.rest_failed, f.rest_payments)) {
    return `payment failures ${round(pct(f.updated_failed, f.updated_payments))}% on updated screens against ${round(pct(f.rest_failed, f.rest_payments))}% on the rest`;
  }
  return undefined;
}
