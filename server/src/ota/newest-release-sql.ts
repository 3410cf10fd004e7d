// The rows newest-release.ts decides over, and its moves written back.
import type { Queryable } from '../db/database.js';
import { openList, type CampaignDeviceRow } from './campaign-sql.js';
import type { LiveRow, ScreenFacts, StepRelease } from './newest-release.js';

/**
 * The screens' rows in campaigns that still offer (running, or completed with screens that were away), their wave
 * reached, and not finished well. Rollback campaigns are left out: going down is their point, and they keep the
 * plain path. `installing` rows come too, so that a screen mid-install is left alone.
 */
export async function liveRows(db: Queryable, deviceIds: string[]): Promise<Array<LiveRow & { tenant_id: string }>> {
  const { rows } = await db.query<LiveRow & { tenant_id: string }>(
    `select cd.campaign_id, cd.device_id, cd.tenant_id, cd.state, cd.offered_release_id, c.created_at as campaign_created_at,
            r.kind, r.version, r.target_models, r.target_hardware_revisions, r.min_version
     from ota_campaign_devices cd
     join ota_campaigns c on c.id = cd.campaign_id
     join ota_releases r on r.id = c.release_id
     where cd.device_id = any($1::text[]) and c.state in ('running', 'completed') and c.rollback_of is null
       and cd.wave <= c.current_wave and cd.state in ('pending', 'expired', ${openList})`,
    [deviceIds],
  );
  return rows;
}

/** The tenants' ready releases marked as required steps (few: migrations are rare). */
export async function requiredSteps(db: Queryable, tenantIds: string[]): Promise<Array<StepRelease & { tenant_id: string }>> {
  const { rows } = await db.query<StepRelease & { tenant_id: string }>(
    `select id, tenant_id, kind, version, target_models, target_hardware_revisions, min_version
     from ota_releases where tenant_id = any($1::uuid[]) and required_step and state = 'ready'`,
    [tenantIds],
  );
  return rows;
}

/** What the registry knows of screens the rollout engine offers to (they may not be connected). */
export async function registryFacts(db: Queryable, deviceIds: string[]): Promise<Map<string, ScreenFacts>> {
  const { rows } = await db.query<{ id: string; model: string | null; hardware_revision: string | null; app_version: string | null; firmware_version: string | null }>(
    `select id, model, hardware_revision, app_version, firmware_version from devices where id = any($1::text[])`,
    [deviceIds],
  );
  return new Map(rows.map((d) => [d.id, { model: d.model, hardwareRevision: d.hardware_revision, app: d.app_version, firmware: d.firmware_version }]));
}

/** Pending screens of the campaign in the waves reached: those the engine plans for this round. */
export async function pendingInReachedWaves(db: Queryable, campaignId: string, wave: number): Promise<string[]> {
  const { rows } = await db.query<{ device_id: string }>(`select device_id from ota_campaign_devices where campaign_id = $1 and state = 'pending' and wave <= $2`, [campaignId, wave]);
  return rows.map((r) => r.device_id);
}

/** Marks rows the screens moved past as superseded (final: moved on, not failed); returns those changed. */
export async function supersede(db: Queryable, moves: Array<{ campaignId: string; deviceId: string; reason: string }>): Promise<CampaignDeviceRow[]> {
  if (moves.length === 0) return [];
  const { rows } = await db.query<CampaignDeviceRow>(
    `update ota_campaign_devices cd set state = 'superseded', reason = m.reason, updated_at = now(), finished_at = now()
     from unnest($1::uuid[], $2::text[], $3::text[]) as m (campaign_id, device_id, reason)
     where cd.campaign_id = m.campaign_id and cd.device_id = m.device_id
       and cd.state in ('pending', 'expired', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting')
     returning cd.*`,
    [moves.map((m) => m.campaignId), moves.map((m) => m.deviceId), moves.map((m) => m.reason)],
  );
  return rows;
}

/**
 * Opens (or re-opens) the rows with the release to offer on each (null: the campaign's own), with a fresh expiry.
 * Run after `supersede` in the same transaction: the one-open-offer index holds the screen to one.
 */
export async function openOffersOn(db: Queryable, moves: Array<{ campaignId: string; deviceId: string; releaseId: string | null }>): Promise<CampaignDeviceRow[]> {
  if (moves.length === 0) return [];
  const { rows } = await db.query<CampaignDeviceRow>(
    `update ota_campaign_devices cd set state = 'offered', offered_release_id = m.release_id, offered_at = now(), updated_at = now(),
       expires_at = now() + make_interval(secs => c.offer_ttl_seconds), progress_pct = 0, reason = null, finished_at = null
     from unnest($1::uuid[], $2::text[], $3::uuid[]) as m (campaign_id, device_id, release_id), ota_campaigns c
     where c.id = m.campaign_id and cd.campaign_id = m.campaign_id and cd.device_id = m.device_id
       and cd.state in ('pending', 'expired', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting')
       -- Another open offer the plan did not see (a rollback campaign's, or one opened meanwhile) keeps its place.
       and not exists (select 1 from ota_campaign_devices o where o.device_id = cd.device_id and o.campaign_id <> cd.campaign_id and o.state in (${openList}))
     returning cd.*`,
    [moves.map((m) => m.campaignId), moves.map((m) => m.deviceId), moves.map((m) => m.releaseId)],
  );
  return rows;
}

/** A required step installed: the row offers its campaign's own release next. */
export async function stepInstalled(db: Queryable, deviceId: string, campaignId: string, version: string): Promise<CampaignDeviceRow | undefined> {
  const { rows } = await db.query<CampaignDeviceRow>(
    `update ota_campaign_devices set state = 'offered', offered_release_id = null, progress_pct = 0, reason = $3, updated_at = now()
     where campaign_id = $2 and device_id = $1 and offered_release_id is not null and state in (${openList}) returning *`,
    [deviceId, campaignId, `installed required step ${version}`],
  );
  return rows[0];
}
