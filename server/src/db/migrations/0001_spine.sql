-- The spine: tenants, operators, devices, and device history.
-- Every row belongs to a tenant; every per-request query filters by tenant_id
-- first, so every index starts with it.

create table tenants (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  -- The organisation running the hub; its admins create the other tenants.
  is_root boolean not null default false,
  created_at timestamptz not null default now()
);
create unique index tenants_name_key on tenants (lower(name));
create unique index tenants_single_root on tenants (is_root) where is_root;

create table operators (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  email text not null,
  name text not null default '',
  role text not null check (role in ('admin', 'operator', 'viewer')),
  -- scrypt, see operators/password-hash.ts
  password_hash text not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  last_login_at timestamptz
);
create unique index operators_email_key on operators (lower(email));
create index operators_tenant on operators (tenant_id, created_at);

create table devices (
  -- Also the MQTT client id and username: [A-Za-z0-9_-]{1,64}.
  id text primary key,
  tenant_id uuid not null references tenants (id),
  name text not null default '',
  status text not null default 'active' check (status in ('active', 'blocked', 'decommissioned')),
  -- SHA-256 of the 256-bit secret; the secret itself is never stored.
  secret_hash bytea not null,
  secret_rotated_at timestamptz not null default now(),
  model text,
  firmware_version text,
  app_version text,
  hardware_revision text,
  iccid text,
  online boolean not null default false,
  last_seen_at timestamptz,
  last_connected_at timestamptz,
  last_disconnected_at timestamptz,
  last_disconnect_reason text,
  last_remote_address text,
  last_heartbeat jsonb,
  last_heartbeat_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index devices_tenant_created on devices (tenant_id, created_at desc, id);
create index devices_tenant_status_online on devices (tenant_id, status, online);
create index devices_tenant_last_seen on devices (tenant_id, last_seen_at desc nulls last);

-- Connect and disconnect facts, written in batches by the live-state flusher.
create table device_presence_events (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references tenants (id),
  device_id text not null references devices (id),
  online boolean not null,
  reason text,
  remote_address text,
  at timestamptz not null
);
create index device_presence_events_device_at on device_presence_events (tenant_id, device_id, at desc);

-- Heartbeat history, written in batches by the live-state flusher.
create table device_heartbeats (
  tenant_id uuid not null references tenants (id),
  device_id text not null references devices (id),
  received_at timestamptz not null,
  uptime_s bigint,
  rssi_dbm integer,
  network_type text,
  temperature_dc integer,
  free_storage_bytes bigint,
  free_memory_bytes bigint,
  app_version text
);
create index device_heartbeats_device_at on device_heartbeats (tenant_id, device_id, received_at desc);
