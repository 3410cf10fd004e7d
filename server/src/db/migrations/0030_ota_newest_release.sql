-- A screen takes the newest release that applies to it, not each in turn.
-- A release may be a required step (a migration that later releases rely on):
-- screens below it go through it first. A release may name the hardware
-- revisions it runs on, as it names models.
alter table ota_releases add column required_step boolean not null default false;
alter table ota_releases add column target_hardware_revisions text[] not null default '{}';

-- The release actually offered on a campaign's row when it is not the
-- campaign's own: a required step on the way to it (null: the campaign's).
alter table ota_campaign_devices add column offered_release_id uuid references ota_releases (id);
-- A screen that waited (a payment in flight, the shop open) is deferred, not
-- failed: why, and since when. Cleared when it installs.
alter table ota_campaign_devices add column deferred_reason text;
alter table ota_campaign_devices add column deferred_at timestamptz;

-- 'superseded': the screen moved on to a newer release of another campaign.
alter table ota_campaign_devices drop constraint ota_campaign_devices_state_check;
alter table ota_campaign_devices add constraint ota_campaign_devices_state_check check (state in (
  'pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing',
  'succeeded', 'failed', 'rolled_back', 'expired', 'cancelled', 'superseded'));

-- Every Hello asks which campaigns hold the screen (most hold none).
create index ota_campaign_devices_device on ota_campaign_devices (device_id);

-- Canaries on business metrics: a campaign may roll its bad wave back by
-- itself, and keeps the figures that stopped it.
alter table ota_campaigns add column auto_rollback boolean not null default false;
alter table ota_campaigns add column pause_figures jsonb;
-- The canary counts restarts from the heartbeats of a fresh boot only (uptime
-- under ten minutes): a boot is received_at - uptime. This index holds just
-- those, so the count does not read every heartbeat of the campaign's hours.
create index device_heartbeats_boots on device_heartbeats (device_id, received_at) where uptime_s < 600;

-- The canary's thresholds (rollout-health.ts has the defaults for those left out).
alter table ota_campaigns add column canary jsonb not null default '{}';
