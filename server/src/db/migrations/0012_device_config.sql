-- Device config (the twin). Operators write layers of desired config for a
-- merchant, a group or one device; a device's desired config is the layers
-- merged by precedence (merchant < group by priority < device). The screen
-- reports what it applied. Both sides carry a version.
create table config_layers (
  tenant_id uuid not null references tenants (id),
  scope text not null check (scope in ('merchant', 'group', 'device')),
  scope_id text not null,
  config jsonb not null,
  version integer not null default 1,
  updated_by uuid references operators (id),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, scope, scope_id)
);

create table device_twins (
  device_id text primary key references devices (id),
  tenant_id uuid not null references tenants (id),
  -- The merged desired config and its version: the version goes up whenever the merge changes.
  desired jsonb not null default '{}',
  desired_version integer not null default 0,
  desired_at timestamptz not null default now(),
  reported jsonb,
  reported_version integer not null default 0,
  reported_at timestamptz,
  -- The screen's reason when it could not apply a version.
  report_error text
);
-- Screens still behind their desired config.
create index device_twins_pending on device_twins (tenant_id) where reported_version < desired_version;
