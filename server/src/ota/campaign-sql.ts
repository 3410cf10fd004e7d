// Campaign rows and the per-screen rows under them. A screen's row walks
// pending → offered → downloading … → succeeded | failed | rolled_back |
// expired | cancelled | superseded (moved on to a newer release); "open"
// states are those with a live offer.
import type { Queryable } from '../db/database.js';

export const OPEN_STATES = ['offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing'] as const;
export const FINAL_STATES = ['succeeded', 'failed', 'rolled_back', 'expired', 'cancelled', 'superseded'] as const;
export type DeviceOtaState = 'pending' | (typeof OPEN_STATES)[number] | (typeof FINAL_STATES)[number];
export type CampaignState = 'draft' | 'running' | 'paused' | 'completed' | 'cancelled';

/** The open states as a SQL list, for `state in (...)`. */
export const openList = OPEN_STATES.map((s) => `'${s}'`).join(', ');

export interface CampaignRow {
  id: string;
  tenant_id: string;
  name: string;
  release_id: string;
  target: Record<string, unknown>;
  waves: number[];
  soak_seconds: number;
  failure_threshold_pct: number;
  min_finished: number;
  health_check: boolean;
  install_window: 'outside_trading_hours' | 'any';
  offer_ttl_seconds: number;
  state: CampaignState;
  current_wave: number;
  wave_started_at: Date | null;
  pause_reason: string | null;
  rules_since: Date | null;
  rollback_of: string | null;
  /** Migration 0030: roll the bad wave back by itself, and the figures behind the last automatic pause. */
  auto_rollback: boolean;
  pause_figures: Record<string, unknown> | null;
  /** The canary's thresholds chosen for this campaign (rollout-health.ts fills in the rest). */
  canary: Record<string, number>;
  device_count: number;
  excluded: Record<string, number>;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface CampaignDeviceRow {
  campaign_id: string;
  tenant_id: string;
  device_id: string;
  wave: number;
  state: DeviceOtaState;
  progress_pct: number;
  reason: string | null;
  from_version: string | null;
  offered_at: Date | null;
  expires_at: Date | null;
  updated_at: Date;
  finished_at: Date | null;
  /** The operator who forced the install inside trading hours, and when (migration 0029). */
  forced_by: string | null;
  forced_at: Date | null;
  /** A required step offered on this row instead of the campaign's release (migration 0030). */
  offered_release_id: string | null;
  /** Why and since when the screen waited (a payment, the shop open): deferred, never failed. */
  deferred_reason: string | null;
  deferred_at: Date | null;
}

export interface NewCampaign {
  name: string;
  releaseId: string;
  target: Record<string, unknown>;
  waves: number[];
  soakSeconds: number;
  failureThresholdPct: number;
  minFinished: number;
  healthCheck: boolean;
  autoRollback: boolean;
  canary: Record<string, number>;
  installWindow: 'outside_trading_hours' | 'any';
  offerTtlSeconds: number;
  rollbackOf: string | null;
  excluded: Record<string, number>;
  /** Null: the hub itself (a rollback the canary started). */
  createdBy: string | null;
}

/** The campaign and its screens (with their wave and the version they are on), in one transaction. */
export async function insertCampaign(db: Queryable, tenantId: string, values: NewCampaign, devices: Array<{ id: string; wave: number; fromVersion: string | null }>): Promise<CampaignRow> {
  const { rows } = await db.query<CampaignRow>(
    `insert into ota_campaigns (tenant_id, name, release_id, target, waves, soak_seconds, failure_threshold_pct, min_finished, health_check,
                                install_window, offer_ttl_seconds, rollback_of, device_count, excluded, created_by, auto_rollback, canary)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) returning *`,
    [tenantId, values.name, values.releaseId, values.target, values.waves, values.soakSeconds, values.failureThresholdPct, values.minFinished, values.healthCheck,
      values.installWindow, values.offerTtlSeconds, values.rollbackOf, devices.length, values.excluded, values.createdBy, values.autoRollback, values.canary],
  );
  const campaign = rows[0]!;
  for (let i = 0; i < devices.length; i += 5000) {
    const chunk = devices.slice(i, i + 5000);
    await db.query(
      `insert into ota_campaign_devices (campaign_id, tenant_id, device_id, wave, from_version)
       select $1, $2, * from unnest($3::text[], $4::int[], $5::text[])`,
      [campaign.id, tenantId, chunk.map((d) => d.id), chunk.map((d) => d.wave), chunk.map((d) => d.fromVersion)],
    );
  }
  return campaign;
}

export async function findCampaign(db: Queryable, tenantId: string, id: string): Promise<CampaignRow | undefined> {
  const { rows } = await db.query<CampaignRow>(`select * from ota_campaigns where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listCampaigns(db: Queryable, tenantId: string, filter: { state?: string; releaseId?: string }, page: { orderBy: string; limit: number; offset: number }) {
  const { rows } = await db.query<CampaignRow & { total: string }>(
    `select *, count(*) over () as total from ota_campaigns
     where tenant_id = $1 and ($2::text is null or state = $2) and ($3::uuid is null or release_id = $3)
     order by ${page.orderBy} limit $4 offset $5`,
    [tenantId, filter.state ?? null, filter.releaseId ?? null, page.limit, page.offset],
  );
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/** Screens of one wave in one state; `deferred`: of those, how many waited (a payment, the shop open) and have not installed. */
export interface WaveStateCount {
  wave: number;
  state: DeviceOtaState;
  count: number;
  deferred: number;
}

const countsSelect = `count(*) as count, count(*) filter (where deferred_at is not null and state not in ('succeeded', 'superseded')) as deferred`;

/** Screens by wave and state: the campaign's progress. */
export async function waveCounts(db: Queryable, campaignId: string): Promise<WaveStateCount[]> {
  const { rows } = await db.query<{ wave: number; state: DeviceOtaState; count: string; deferred: string }>(
    `select wave, state, ${countsSelect} from ota_campaign_devices where campaign_id = $1 group by wave, state`,
    [campaignId],
  );
  return rows.map((r) => ({ wave: r.wave, state: r.state, count: Number(r.count), deferred: Number(r.deferred) }));
}

/** waveCounts of several campaigns in one query (a page of the list), by campaign id; a campaign with no screens is absent. */
export async function waveCountsOf(db: Queryable, campaignIds: string[]): Promise<Map<string, WaveStateCount[]>> {
  const { rows } = await db.query<{ campaign_id: string; wave: number; state: DeviceOtaState; count: string; deferred: string }>(
    `select campaign_id, wave, state, ${countsSelect} from ota_campaign_devices where campaign_id = any($1::uuid[]) group by campaign_id, wave, state`,
    [campaignIds],
  );
  const counts = new Map<string, WaveStateCount[]>();
  for (const r of rows) {
    const list = counts.get(r.campaign_id) ?? [];
    list.push({ wave: r.wave, state: r.state, count: Number(r.count), deferred: Number(r.deferred) });
    counts.set(r.campaign_id, list);
  }
  return counts;
}

/** Outcomes in a wave of screens that finished since `since`: what the abort rules count. */
export async function recentOutcomes(db: Queryable, campaignId: string, wave: number, since: Date): Promise<Array<{ wave: number; state: DeviceOtaState; count: number }>> {
  const { rows } = await db.query<{ state: DeviceOtaState; count: string }>(
    `select state, count(*) as count from ota_campaign_devices
     where campaign_id = $1 and wave = $2 and state in ('succeeded', 'failed', 'rolled_back') and finished_at >= $3 group by state`,
    [campaignId, wave, since],
  );
  return rows.map((r) => ({ wave, state: r.state, count: Number(r.count) }));
}

/** Moves a campaign from one of `from` to `to`; undefined when it was in none of them. */
export async function transitionCampaign(
  db: Queryable,
  tenantId: string,
  id: string,
  from: CampaignState[],
  to: CampaignState,
  pauseReason: string | null = null,
): Promise<CampaignRow | undefined> {
  const { rows } = await db.query<CampaignRow>(
    `update ota_campaigns set state = $4, pause_reason = $5,
       started_at = case when $4 = 'running' then coalesce(started_at, now()) else started_at end,
       rules_since = case when $4 = 'running' then now() else rules_since end,
       current_wave = case when $4 = 'running' and current_wave < 0 then 0 else current_wave end,
       wave_started_at = case when $4 = 'running' and current_wave < 0 then now() else wave_started_at end,
       finished_at = case when $4 in ('completed', 'cancelled') then now() else finished_at end,
       pause_figures = case when $4 = 'running' then null else pause_figures end
     where tenant_id = $1 and id = $2 and state = any($3::text[]) returning *`,
    [tenantId, id, from, to, pauseReason],
  );
  return rows[0];
}

/** The figures behind an automatic pause, for the operator to see why; the campaign as it now is. */
export async function setPauseFigures(db: Queryable, id: string, figures: Record<string, unknown>): Promise<CampaignRow> {
  const { rows } = await db.query<CampaignRow>(`update ota_campaigns set pause_figures = $2 where id = $1 returning *`, [id, figures]);
  return rows[0]!;
}

export async function advanceWave(db: Queryable, id: string, wave: number): Promise<void> {
  await db.query(`update ota_campaigns set current_wave = $2, wave_started_at = now() where id = $1 and state = 'running'`, [id, wave]);
}

export async function runningCampaigns(db: Queryable): Promise<CampaignRow[]> {
  const { rows } = await db.query<CampaignRow>(`select * from ota_campaigns where state = 'running' order by created_at`);
  return rows;
}

/**
 * Offers the campaign to its pending screens in waves up to `wave`, except
 * those with an open offer in another campaign (they wait for the next round).
 */
export async function offerPending(db: Queryable, campaign: CampaignRow): Promise<CampaignDeviceRow[]> {
  const { rows } = await db.query<CampaignDeviceRow>(
    `update ota_campaign_devices cd set state = 'offered', offered_at = now(), updated_at = now(),
       expires_at = now() + make_interval(secs => $3)
     where cd.campaign_id = $1 and cd.state = 'pending' and cd.wave <= $2
       and not exists (select 1 from ota_campaign_devices o where o.device_id = cd.device_id and o.state in (${openList}))
     returning cd.*`,
    [campaign.id, campaign.current_wave, campaign.offer_ttl_seconds],
  );
  return rows;
}

/** Open offers past their expiry become `expired`. */
export async function expireOffers(db: Queryable): Promise<CampaignDeviceRow[]> {
  const { rows } = await db.query<CampaignDeviceRow>(
    `update ota_campaign_devices set state = 'expired', updated_at = now(), finished_at = now(),
       reason = case when deferred_at is null then 'offer expired' else 'offer expired while deferred (' || deferred_reason || ')' end
     where state in (${openList}) and expires_at < now() returning *`,
  );
  return rows;
}

/** A cancelled campaign withdraws every offer not yet installing, and its pending screens. */
export async function cancelOpenDevices(db: Queryable, campaignId: string): Promise<CampaignDeviceRow[]> {
  const { rows } = await db.query<CampaignDeviceRow>(
    `update ota_campaign_devices set state = 'cancelled', reason = 'campaign cancelled', updated_at = now(), finished_at = now()
     where campaign_id = $1 and state in ('pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting') returning *`,
    [campaignId],
  );
  return rows;
}

/**
 * Marks the campaign's screens (all, or those named) whose update has not started installing as forced by `operatorId`:
 * their offers go again as "any time". Returns the rows marked.
 */
export async function forceOpenDevices(db: Queryable, campaignId: string, operatorId: string, deviceIds?: string[]): Promise<CampaignDeviceRow[]> {
  const { rows } = await db.query<CampaignDeviceRow>(
    `update ota_campaign_devices set forced_by = $2, forced_at = now(), updated_at = now()
     where campaign_id = $1 and state in ('pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting')
       and ($3::text[] is null or device_id = any($3::text[])) returning *`,
    [campaignId, operatorId, deviceIds ?? null],
  );
  return rows;
}

/** A screen's open offer, with what the offer needs of the release and the merchant. */
export interface OpenOfferRow extends CampaignDeviceRow {
  release_id: string;
  kind: 'app' | 'firmware';
  version: string;
  size_bytes: string;
  sha256: string;
  signature: Buffer;
  key_id: string;
  install_window: 'outside_trading_hours' | 'any';
  trading_hours: unknown;
  timezone: string | null;
}

// Trading hours: the screen's desired config (the twin) first, else its merchant's.
// The release is the row's required step when it has one, else the campaign's.
const offerSelect = `select cd.*, r.id as release_id, r.kind, r.version, r.size_bytes, r.sha256, r.signature, r.key_id, c.install_window,
         coalesce(tw.desired -> 'tradingHours', m.trading_hours) as trading_hours, m.timezone
  from ota_campaign_devices cd
  join ota_campaigns c on c.id = cd.campaign_id
  join ota_releases r on r.id = coalesce(cd.offered_release_id, c.release_id)
  join devices d on d.id = cd.device_id
  left join merchants m on m.id = d.merchant_id
  left join device_twins tw on tw.device_id = cd.device_id`;

/** The open offer of each of several screens (the Hellos of one event-loop turn), by device id; at most one each (a partial unique index). */
export async function openOffers(db: Queryable, deviceIds: string[]): Promise<Map<string, OpenOfferRow>> {
  const { rows } = await db.query<OpenOfferRow>(`${offerSelect} where cd.device_id = any($1::text[]) and cd.state in (${openList})`, [deviceIds]);
  return new Map(rows.map((row) => [row.device_id, row]));
}

export async function offersFor(db: Queryable, campaignId: string, deviceIds: string[]): Promise<OpenOfferRow[]> {
  const { rows } = await db.query<OpenOfferRow>(`${offerSelect} where cd.campaign_id = $1 and cd.device_id = any($2::text[])`, [campaignId, deviceIds]);
  return rows;
}

/**
 * Records what a screen reported, if it moves the screen forward (a late
 * `downloading` after `installing` is ignored) and the offer is still open.
 */
export async function recordDeviceState(
  db: Queryable,
  deviceId: string,
  campaignId: string,
  change: { state: DeviceOtaState; allowedFrom: readonly DeviceOtaState[]; progressPct?: number; reason?: string | null },
): Promise<{ row: CampaignDeviceRow; previous: DeviceOtaState } | undefined> {
  const final = (FINAL_STATES as readonly string[]).includes(change.state);
  const { rows } = await db.query<CampaignDeviceRow & { previous: DeviceOtaState }>(
    `with p as (select state as previous from ota_campaign_devices where campaign_id = $2 and device_id = $1 for update)
     update ota_campaign_devices cd set state = $3, progress_pct = coalesce($4, cd.progress_pct), reason = coalesce($5, cd.reason),
       updated_at = now(), finished_at = case when $6 then now() else cd.finished_at end,
       deferred_reason = case when $3 = 'waiting' then coalesce($5, 'waiting') else cd.deferred_reason end,
       deferred_at = case when $3 = 'waiting' then coalesce(cd.deferred_at, now()) else cd.deferred_at end
     from p
     where cd.campaign_id = $2 and cd.device_id = $1 and cd.state = any($7::text[])
     returning cd.*, p.previous`,
    [deviceId, campaignId, change.state, change.progressPct ?? null, change.reason ?? null, final, change.allowedFrom],
  );
  const row = rows[0];
  return row ? { row, previous: row.previous } : undefined;
}

export async function listCampaignDevices(db: Queryable, tenantId: string, campaignId: string, filter: { state?: string; wave?: number }, page: { orderBy: string; limit: number; offset: number }) {
  const { rows } = await db.query<CampaignDeviceRow & { total: string }>(
    `select *, count(*) over () as total from ota_campaign_devices
     where tenant_id = $1 and campaign_id = $2 and ($3::text is null or state = $3) and ($4::int is null or wave = $4)
     order by ${page.orderBy} limit $5 offset $6`,
    [tenantId, campaignId, filter.state ?? null, filter.wave ?? null, page.limit, page.offset],
  );
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/** Whether the screen may download this release now: it has an open offer of it. */
export async function hasOpenOfferOf(db: Queryable, deviceId: string, releaseId: string): Promise<{ tenant_id: string } | undefined> {
  const { rows } = await db.query<{ tenant_id: string }>(
    `select cd.tenant_id from ota_campaign_devices cd join ota_campaigns c on c.id = cd.campaign_id
     where cd.device_id = $1 and coalesce(cd.offered_release_id, c.release_id) = $2 and cd.state in (${openList}) and cd.expires_at > now()`,
    [deviceId, releaseId],
  );
  return rows[0];
}

/** A screen a campaign may aim at, with what decides whether it can take the release. */
export interface TargetCandidate {
  id: string;
  model: string | null;
  hardware_revision: string | null;
  app_version: string | null;
  firmware_version: string | null;
  /** In another campaign's open offer. */
  busy: boolean;
}

/** The tenant's screens among `ids` that are not decommissioned. */
export async function targetCandidates(db: Queryable, tenantId: string, ids: string[]): Promise<TargetCandidate[]> {
  const { rows } = await db.query<TargetCandidate>(
    `select d.id, d.model, d.hardware_revision, d.app_version, d.firmware_version,
            exists (select 1 from ota_campaign_devices o where o.device_id = d.id and o.state in (${openList})) as busy
     from devices d where d.tenant_id = $1 and d.status <> 'decommissioned' and d.id = any($2::text[])`,
    [tenantId, ids],
  );
  return rows;
}

/** The screens of a campaign that took its release or are installing it: what a rollback aims at. */
export async function updatedDeviceIds(db: Queryable, campaignId: string): Promise<string[]> {
  const { rows } = await db.query<{ device_id: string }>(
    `select device_id from ota_campaign_devices where campaign_id = $1 and state in ('succeeded', 'installing')`,
    [campaignId],
  );
  return rows.map((r) => r.device_id);
}
