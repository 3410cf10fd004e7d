-- Ads: advertisers and their API keys, creatives under review, bookings that
-- hold loop slots on screens, each screen's compiled schedule, proofs of play,
-- and the revenue split. Money is integer fen throughout.

-- Per tenant: the loop every screen runs, and how ad revenue is split (basis points).
create table ad_settings (
  tenant_id uuid primary key references tenants (id),
  loop_seconds integer not null default 60 check (loop_seconds between 10 and 3600),
  slot_seconds integer not null default 10 check (slot_seconds between 1 and 600),
  operator_share_bp integer not null default 3000 check (operator_share_bp >= 0),
  bank_share_bp integer not null default 2000 check (bank_share_bp >= 0),
  merchant_share_bp integer not null default 5000 check (merchant_share_bp >= 0),
  -- Minutes after a play in which a payment on the same screen counts towards attribution.
  attribution_window_minutes integer not null default 10 check (attribution_window_minutes between 1 and 240),
  updated_at timestamptz not null default now(),
  check (loop_seconds % slot_seconds = 0),
  check (operator_share_bp + bank_share_bp + merchant_share_bp = 10000)
);

-- A merchant's own split, where its contract differs from the tenant's.
create table ad_share_overrides (
  merchant_id uuid primary key references merchants (id),
  tenant_id uuid not null references tenants (id),
  operator_share_bp integer not null check (operator_share_bp >= 0),
  bank_share_bp integer not null check (bank_share_bp >= 0),
  merchant_share_bp integer not null check (merchant_share_bp >= 0),
  check (operator_share_bp + bank_share_bp + merchant_share_bp = 10000)
);

-- Ad categories a merchant will not show at its counter (no competitor ads).
alter table merchants add column ad_blocked_categories text[] not null default '{}';

create table advertisers (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  name text not null,
  -- What the advertiser sells ("beverage", "telecom"...): merchants block by it.
  category text not null,
  contact_email text,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  unique (tenant_id, name)
);

-- Bearer keys "shk_<id>_<secret>": only the SHA-256 of the secret is kept.
create table advertiser_api_keys (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  advertiser_id uuid not null references advertisers (id),
  name text not null,
  secret_hash bytea not null,
  scopes text[] not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index advertiser_api_keys_advertiser on advertiser_api_keys (tenant_id, advertiser_id);

create table creatives (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  -- Null: a house creative of the operator (fills unsold time).
  advertiser_id uuid references advertisers (id),
  -- Cross-promotion of a merchant, shown in its business area's unsold time.
  promoted_merchant_id uuid references merchants (id),
  name text not null,
  category text not null,
  state text not null default 'awaiting_media'
    check (state in ('awaiting_media', 'pending_review', 'approved', 'rejected')),
  media_type text check (media_type in ('image/png', 'image/jpeg', 'video/mp4')),
  size_bytes bigint,
  sha256 text,
  width integer,
  height integer,
  -- Images: how long to show them; video: the length found in the file.
  duration_ms integer not null check (duration_ms > 0),
  review_note text,
  reviewed_by uuid references operators (id),
  reviewed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index creatives_tenant_state on creatives (tenant_id, state, created_at);
create index creatives_tenant_advertiser on creatives (tenant_id, advertiser_id);

create table ad_bookings (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  advertiser_id uuid not null references advertisers (id),
  name text not null,
  -- 'loop': slots in every loop; 'after_payment': shown right after a successful payment.
  placement text not null check (placement in ('loop', 'after_payment')),
  -- {"cities":[], "districts":[], "businessAreas":[], "merchantCategories":[], "merchantIds":[], "storeIds":[], "tags":[]}
  targeting jsonb not null,
  category text not null,
  starts_on date not null,
  ends_on date not null,
  -- Bit h set: the booking runs in local hour h (0..23).
  hours_mask integer not null check (hours_mask > 0 and hours_mask < 16777216),
  slots_per_loop integer not null check (slots_per_loop >= 0),
  max_plays_per_hour integer check (max_plays_per_hour > 0),
  -- after_payment rules: amount band in fen (inclusive), merchant categories (MCC; empty: any).
  trigger_min_amount_fen bigint,
  trigger_max_amount_fen bigint,
  trigger_merchant_categories text[] not null default '{}',
  creative_ids uuid[] not null default '{}',
  pricing text not null check (pricing in ('slot_day', 'cpm')),
  price_fen bigint not null check (price_fen >= 0),
  budget_fen bigint check (budget_fen >= 0),
  state text not null default 'held'
    check (state in ('held', 'pending_approval', 'approved', 'live', 'completed', 'cancelled')),
  hold_expires_at timestamptz,
  screen_count integer not null default 0,
  cancel_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_on >= starts_on)
);
create index ad_bookings_tenant_state on ad_bookings (tenant_id, state, starts_on);
create index ad_bookings_tenant_advertiser on ad_bookings (tenant_id, advertiser_id, created_at);

-- The slots a booking holds on each screen.
create table ad_booking_screens (
  booking_id uuid not null references ad_bookings (id) on delete cascade,
  device_id text not null references devices (id),
  tenant_id uuid not null references tenants (id),
  slots smallint not null,
  primary key (booking_id, device_id)
);
create index ad_booking_screens_device on ad_booking_screens (device_id);

-- Compiled schedules (the AdSchedule downlink, protobuf). Screens with the same
-- bookings, area and rules get the same bytes, so a body is stored once.
create table ad_schedule_bodies (
  sha256 text primary key,
  tenant_id uuid not null references tenants (id),
  body bytea not null,
  created_at timestamptz not null default now()
);

-- Each screen's current schedule and what it acknowledged.
create table ad_schedules (
  device_id text primary key references devices (id),
  tenant_id uuid not null references tenants (id),
  version bigint not null,
  body_sha256 text not null references ad_schedule_bodies (sha256),
  valid_until timestamptz not null,
  compiled_at timestamptz not null default now(),
  acked_version bigint,
  acked_at timestamptz,
  missing_creative_ids text[] not null default '{}',
  -- Set when something the schedule depends on changed; the compiler picks these up.
  stale boolean not null default false
);
create index ad_schedules_stale on ad_schedules (tenant_id) where stale;
create index ad_schedules_valid_until on ad_schedules (valid_until);
create index ad_schedules_body on ad_schedules (body_sha256);

-- One row per proof-of-play batch a screen sent: a batch sent twice counts once.
create table ad_play_batches (
  device_id text not null references devices (id),
  batch_id text not null,
  tenant_id uuid not null references tenants (id),
  records integer not null,
  received_at timestamptz not null default now(),
  primary key (device_id, batch_id)
);

create table ad_plays (
  -- Sequence values handed out a thousand at a time: a flush inserts thousands of plays.
  id bigint generated always as identity (cache 1000) primary key,
  tenant_id uuid not null references tenants (id),
  device_id text not null,
  merchant_id uuid,
  creative_id uuid not null,
  -- Null for house and cross-promotion plays.
  booking_id uuid,
  advertiser_id uuid,
  started_at timestamptz not null,
  duration_ms integer not null,
  completed boolean not null,
  trigger text not null check (trigger in ('loop', 'payment')),
  batch_id text not null
);
create index ad_plays_tenant_booking on ad_plays (tenant_id, booking_id, started_at);
create index ad_plays_tenant_started on ad_plays (tenant_id, started_at);
create index ad_plays_device_started on ad_plays (device_id, started_at);
