// Which release a screen should be offered now, out of every campaign that
// holds it: the newest one that applies (model, hardware revision, minimum
// version), through the required steps below it in order, superseding the
// older offers. Pure: the facts come in, the moves go out (newest-release-sql.ts
// reads and writes them), so the Hello path and the rollout engine decide alike.
import { OPEN_STATES } from './campaign-sql.js';
import { compareVersions } from './version-order.js';

export interface ReleaseFit {
  kind: 'app' | 'firmware';
  version: string;
  target_models: string[];
  target_hardware_revisions: string[];
  min_version: string | null;
}

/** One of the screen's rows in a campaign that is running or completed, its wave reached, not finished well. */
export interface LiveRow extends ReleaseFit {
  campaign_id: string;
  device_id: string;
  state: string;
  offered_release_id: string | null;
  campaign_created_at: Date;
}

export interface StepRelease extends ReleaseFit {
  id: string;
}

/** What the screen runs and is: its Hello, or the registry for a screen the engine offers to. */
export interface ScreenFacts {
  model: string | null;
  hardwareRevision: string | null;
  app: string | null;
  firmware: string | null;
}

export interface ReleasePlan {
  /** Rows the screen moved past, with why. */
  supersede: Array<{ campaignId: string; reason: string; wasOpen: boolean }>;
  /** The row to (re)open, with the release to offer on it: a required step's id, or null for the campaign's own. */
  offer?: { campaignId: string; releaseId: string | null };
}

const isOpen = (state: string) => (OPEN_STATES as readonly string[]).includes(state);

export function fits(release: ReleaseFit, screen: ScreenFacts): boolean {
  if (release.target_models.length > 0 && !release.target_models.includes(screen.model ?? '')) return false;
  return release.target_hardware_revisions.length === 0 || release.target_hardware_revisions.includes(screen.hardwareRevision ?? '');
}

const runningOf = (screen: ScreenFacts, kind: ReleaseFit['kind']) => (kind === 'app' ? screen.app : screen.firmware);
const newer = (version: string, running: string | null) => !running || compareVersions(version, running) > 0;
const mayTake = (release: ReleaseFit, running: string | null) => !release.min_version || (running !== null && compareVersions(running, release.min_version) >= 0);

/**
 * The moves for one screen. `steps`: the tenant's ready releases marked as required steps, of either kind.
 * A screen installing anything is left alone; so is a kind whose newest release it cannot reach.
 */
export function planRelease(screen: ScreenFacts, rows: LiveRow[], steps: StepRelease[]): ReleasePlan {
  const plan: ReleasePlan = { supersede: [] };
  if (rows.some((r) => r.state === 'installing')) return plan;
  const candidates: LiveRow[] = [];
  for (const row of rows) {
    const running = runningOf(screen, row.kind);
    if (newer(row.version, running)) {
      if (fits(row, screen)) candidates.push(row);
    } else if (!(isOpen(row.state) && running === row.version && !row.offered_release_id)) {
      // Already there or past it: moved on. (An open offer of exactly this version is the Hello's own success.)
      plan.supersede.push({ campaignId: row.campaign_id, reason: `already on ${running}`, wasOpen: isOpen(row.state) });
    }
  }
  if (candidates.length === 0) return plan;
  // One open offer per screen: the kind it has one of goes first, else firmware before the app that runs on it.
  const kind = candidates.find((r) => isOpen(r.state))?.kind ?? (candidates.some((r) => r.kind === 'firmware') ? 'firmware' : 'app');
  const ofKind = candidates.filter((r) => r.kind === kind).sort((a, b) => compareVersions(b.version, a.version) || b.campaign_created_at.getTime() - a.campaign_created_at.getTime());
  const target = ofKind[0]!;
  const running = runningOf(screen, kind);
  for (const older of ofKind.slice(1)) plan.supersede.push({ campaignId: older.campaign_id, reason: `superseded by ${target.version}`, wasOpen: isOpen(older.state) });
  // The lowest required step above the running version and below the target comes first.
  const step = steps
    .filter((s) => s.kind === kind && fits(s, screen) && newer(s.version, running) && compareVersions(s.version, target.version) < 0)
    .sort((a, b) => compareVersions(a.version, b.version))[0];
  const next = step ?? target;
  if (!mayTake(next, running)) {
    // Below the minimum with no required step to get there: nothing can be offered; the older offers stay.
    plan.supersede = plan.supersede.filter((s) => !s.reason.startsWith('superseded'));
    return plan;
  }
  const releaseId = step?.id ?? null;
  if (!(isOpen(target.state) && target.offered_release_id === releaseId)) plan.offer = { campaignId: target.campaign_id, releaseId };
  return plan;
}
