-- Device groups: static (an explicit member list) or dynamic (a registry query,
-- see devices/registry-query.ts, evaluated whenever it is used). Groups carry
-- config layers and receive bulk commands.
create table device_groups (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  name text not null,
  kind text not null check (kind in ('static', 'dynamic')),
  query text,
  -- Among groups, a higher priority wins when their config layers disagree.
  priority integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((kind = 'dynamic') = (query is not null))
);
create unique index device_groups_tenant_name on device_groups (tenant_id, lower(name));

create table device_group_members (
  group_id uuid not null references device_groups (id) on delete cascade,
  device_id text not null references devices (id),
  tenant_id uuid not null references tenants (id),
  added_at timestamptz not null default now(),
  primary key (group_id, device_id)
);
create index device_group_members_device on device_group_members (device_id);
