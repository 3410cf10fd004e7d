// Which screens a campaign reaches, resolved once at creation: a group, a
// registry query or a list; minus screens already on the version, of another
// model or hardware revision, or below the release's minimum version (unless a
// required step leads there). A screen with an open offer of an older release
// is kept: the newer release supersedes it (release-planner.ts); a rollback
// still leaves out screens busy with another campaign.
// The rest are spread over the waves in a stable pseudo-random order, so wave 1
// is not "the oldest screens" or "one city".
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { RegistryQueries } from '../devices/index.js';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { findGroup } from '../groups/index.js';
import { targetCandidates, type TargetCandidate } from './campaign-sql.js';
import type { ReleaseRow } from './release-sql.js';
import { fits } from './newest-release.js';
import { requiredSteps } from './newest-release-sql.js';
import { compareVersions } from './version-order.js';

export type CampaignTarget = { groupId: string } | { query: string } | { deviceIds: string[] };

export interface ResolvedTargets {
  devices: Array<{ id: string; wave: number; fromVersion: string | null }>;
  excluded: Record<string, number>;
  /** Ids given in a list that are not the tenant's screens. */
  unknown: string[];
}

/**
 * `rollback`: the screens are known to be on a newer version, and going below the
 * minimum version is the point; only model and other campaigns still exclude.
 */
export async function resolveTargets(
  db: Queryable,
  registry: RegistryQueries,
  tenantId: string,
  target: CampaignTarget,
  release: ReleaseRow,
  waves: number[],
  options: { rollback?: boolean } = {},
): Promise<ResolvedTargets> {
  const ids = await targetIds(db, registry, tenantId, target);
  const rows = await targetCandidates(db, tenantId, ids);
  const found = new Set(rows.map((r) => r.id));
  const excluded: Record<string, number> = {};
  const exclude = (reason: string) => (excluded[reason] = (excluded[reason] ?? 0) + 1);
  const eligible: TargetCandidate[] = [];
  const steps = options.rollback ? [] : (await requiredSteps(db, [tenantId])).filter((s) => s.kind === release.kind && compareVersions(s.version, release.version) < 0);
  for (const device of rows) {
    const current = release.kind === 'app' ? device.app_version : device.firmware_version;
    const facts = { model: device.model, hardwareRevision: device.hardware_revision, app: device.app_version, firmware: device.firmware_version };
    const belowMinimum = (r: Pick<ReleaseRow, 'min_version'>) => !!r.min_version && (!current || compareVersions(current, r.min_version) < 0);
    // A required step at or above the minimum leads the screen there (the planner takes it through any steps below).
    const stepLeads = steps.some((s) => fits(s, facts) && (!current || compareVersions(s.version, current) > 0) && compareVersions(s.version, release.min_version ?? '0.0.0') >= 0);
    if (current === release.version && !options.rollback) exclude('already_on_version');
    else if (release.target_models.length > 0 && !release.target_models.includes(device.model ?? '')) exclude('incompatible_model');
    else if (!fits(release, facts)) exclude('incompatible_hardware_revision');
    else if (!options.rollback && belowMinimum(release) && !stepLeads) exclude('below_min_version');
    else if (device.busy && options.rollback) exclude('in_another_campaign');
    else eligible.push(device);
  }
  return {
    devices: assignWaves(eligible, waves, release.id).map(({ device, wave }) => ({ id: device.id, wave, fromVersion: (release.kind === 'app' ? device.app_version : device.firmware_version) ?? null })),
    excluded,
    unknown: 'deviceIds' in target ? target.deviceIds.filter((id) => !found.has(id)) : [],
  };
}

async function targetIds(db: Queryable, registry: RegistryQueries, tenantId: string, target: CampaignTarget): Promise<string[]> {
  if ('deviceIds' in target) return [...new Set(target.deviceIds)];
  if ('groupId' in target) {
    if (!(await findGroup(db, tenantId, target.groupId))) throw new NotFoundError('group');
    return registry.deviceIds(tenantId, `group = "${target.groupId}"`);
  }
  if ('query' in target) return registry.deviceIds(tenantId, target.query);
  throw new BadRequestError('target needs groupId, query or deviceIds');
}

/**
 * Wave i holds the screens from waves[i-1]% to waves[i]% of the stable order,
 * at least one screen for a wave whose share rounds to none.
 */
export function assignWaves<T extends { id: string }>(devices: T[], waves: number[], salt: string): Array<{ device: T; wave: number }> {
  const order = (id: string) => createHash('sha256').update(salt).update(id).digest('hex');
  const sorted = [...devices].sort((a, b) => (order(a.id) < order(b.id) ? -1 : 1));
  const result: Array<{ device: T; wave: number }> = [];
  let taken = 0;
  waves.forEach((percent, wave) => {
    const upTo = wave === waves.length - 1 ? sorted.length : Math.min(sorted.length, Math.max(taken + 1, Math.ceil((sorted.length * percent) / 100)));
    for (; taken < upTo; taken++) result.push({ device: sorted[taken]!, wave });
  });
  return result;
}
