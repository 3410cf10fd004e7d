// Runs newest-release.ts for many screens at once: reads their live campaign
// rows and the required steps, decides each screen's moves, and writes them
// (older offers superseded before the newest is opened, in one transaction).
// The Hello path and the rollout engine both come through here.
import type { Database, Queryable } from '../db/database.js';
import type { CampaignDeviceRow } from './campaign-sql.js';
import { planRelease, type LiveRow, type ScreenFacts } from './newest-release.js';
import { liveRows, openOffersOn, requiredSteps, supersede } from './newest-release-sql.js';

export interface PlannedMoves {
  /** Rows moved on from; those whose offer was open must be withdrawn from the screen. */
  superseded: CampaignDeviceRow[];
  withdrawn: CampaignDeviceRow[];
  /** Rows offered now (new, re-opened, or switched between a required step and the campaign's release). */
  offered: CampaignDeviceRow[];
}

export const NO_MOVES: PlannedMoves = Object.freeze({ superseded: [], withdrawn: [], offered: [] });

/**
 * Plans and writes the moves of the screens in `facts`. `tx`: a transaction to write in (the engine's round);
 * without one, a transaction is opened only when there is something to write (most Hellos have nothing).
 */
export async function planReleases(db: Database | Queryable, facts: Map<string, ScreenFacts>, tx?: Queryable): Promise<PlannedMoves> {
  const reader = tx ?? db;
  const rows = await liveRows(reader, [...facts.keys()]);
  if (rows.length === 0) return NO_MOVES;
  const steps = await requiredSteps(reader, [...new Set(rows.map((r) => r.tenant_id))]);
  const byDevice = new Map<string, Array<LiveRow & { tenant_id: string }>>();
  for (const row of rows) {
    const list = byDevice.get(row.device_id);
    if (list) list.push(row);
    else byDevice.set(row.device_id, [row]);
  }
  const supersedes: Array<{ campaignId: string; deviceId: string; reason: string }> = [];
  const opens: Array<{ campaignId: string; deviceId: string; releaseId: string | null }> = [];
  const wasOpen = new Set<string>();
  for (const [deviceId, deviceRows] of byDevice) {
    const tenantSteps = steps.filter((s) => s.tenant_id === deviceRows[0]!.tenant_id);
    const plan = planRelease(facts.get(deviceId)!, deviceRows, tenantSteps);
    for (const s of plan.supersede) {
      supersedes.push({ campaignId: s.campaignId, deviceId, reason: s.reason });
      if (s.wasOpen) wasOpen.add(`${s.campaignId} ${deviceId}`);
    }
    if (plan.offer) opens.push({ ...plan.offer, deviceId });
  }
  if (supersedes.length === 0 && opens.length === 0) return NO_MOVES;
  const write = async (q: Queryable): Promise<PlannedMoves> => {
    const superseded = await supersede(q, supersedes);
    const offered = await openOffersOn(q, opens);
    return { superseded, withdrawn: superseded.filter((r) => wasOpen.has(`${r.campaign_id} ${r.device_id}`)), offered };
  };
  if (tx) return write(tx);
  return (db as Database).transaction(write);
}
