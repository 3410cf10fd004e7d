-- OTA: the release keys a tenant trusts, releases (packages on disk under the
-- data directory), campaigns, and each screen's progress in a campaign.

create table ota_signing_keys (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  name text not null,
  -- Ed25519, SPKI PEM. Public: checking signatures needs nothing secret.
  public_key text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  unique (tenant_id, name)
);

create table ota_releases (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  kind text not null check (kind in ('app', 'firmware')),
  version text not null,
  -- Empty: every model.
  target_models text[] not null default '{}',
  -- Screens below this version cannot take the release (null: any).
  min_version text,
  notes text not null default '',
  -- Ed25519 over the release manifest (kind, version, size, SHA-256), by key_id.
  signature bytea not null,
  key_id uuid not null references ota_signing_keys (id),
  -- A release is created first, then its package uploaded and checked.
  state text not null default 'awaiting_package' check (state in ('awaiting_package', 'ready')),
  size_bytes bigint,
  sha256 text,
  created_by uuid references operators (id),
  created_at timestamptz not null default now(),
  uploaded_at timestamptz,
  unique (tenant_id, kind, version)
);
create index ota_releases_tenant on ota_releases (tenant_id, created_at desc, id);

create table ota_campaigns (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  name text not null,
  release_id uuid not null references ota_releases (id),
  -- What was targeted: {"groupId"}, {"query"} or {"deviceIds"}; resolved once, at creation.
  target jsonb not null,
  -- Cumulative percentages of the targeted screens, ascending, ending at 100.
  waves integer[] not null,
  soak_seconds integer not null,
  failure_threshold_pct integer not null,
  min_finished integer not null,
  health_check boolean not null,
  install_window text not null check (install_window in ('outside_trading_hours', 'any')),
  offer_ttl_seconds integer not null,
  state text not null default 'draft' check (state in ('draft', 'running', 'paused', 'completed', 'cancelled')),
  -- -1 before the start.
  current_wave integer not null default -1,
  wave_started_at timestamptz,
  pause_reason text,
  -- The abort rules count outcomes since here: the start, or the last resume
  -- (an operator who resumes has seen the failures so far).
  rules_since timestamptz,
  rollback_of uuid references ota_campaigns (id),
  device_count integer not null,
  -- Screens left out at creation, counted by reason.
  excluded jsonb not null default '{}',
  created_by uuid references operators (id),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index ota_campaigns_tenant on ota_campaigns (tenant_id, created_at desc, id);
-- The rollout engine's question every few seconds.
create index ota_campaigns_running on ota_campaigns (state) where state = 'running';

create table ota_campaign_devices (
  campaign_id uuid not null references ota_campaigns (id),
  tenant_id uuid not null references tenants (id),
  device_id text not null references devices (id),
  wave integer not null,
  state text not null default 'pending' check (state in (
    'pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing',
    'succeeded', 'failed', 'rolled_back', 'expired', 'cancelled')),
  progress_pct integer not null default 0,
  reason text,
  from_version text,
  offered_at timestamptz,
  expires_at timestamptz,
  updated_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (campaign_id, device_id)
);
create index ota_campaign_devices_wave on ota_campaign_devices (campaign_id, wave, state);
create index ota_campaign_devices_tenant on ota_campaign_devices (tenant_id, device_id);
-- At most one open offer per screen, whatever the campaign: two campaigns can
-- never race to install on the same screen. Looked up on every Hello and status.
create unique index ota_campaign_devices_one_open on ota_campaign_devices (device_id)
  where state in ('offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing');

-- The rollout engine compares alerts of updated screens with the rest's.
create index alerts_device_opened on alerts (device_id, opened_at);
