-- Commands that upload a file (logs, screenshot), and bulk commands sent to a group.
alter table commands drop constraint commands_type_check;
alter table commands add constraint commands_type_check
  check (type in ('reboot', 'set_volume', 'play_test_announcement', 'upload_logs', 'take_screenshot'));

create table bulk_commands (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  -- Kept when the group is deleted: the commands and their progress stay.
  group_id uuid references device_groups (id) on delete set null,
  type text not null,
  args jsonb not null default '{}',
  device_count integer not null,
  created_by uuid references operators (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index bulk_commands_tenant on bulk_commands (tenant_id, created_at desc);
alter table commands add column bulk_id uuid references bulk_commands (id);
create index commands_bulk on commands (bulk_id, state) where bulk_id is not null;

-- A file a screen uploaded in answer to a command; one per command.
create table device_uploads (
  command_id uuid primary key references commands (id),
  tenant_id uuid not null references tenants (id),
  device_id text not null references devices (id),
  content_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null,
  uploaded_at timestamptz not null default now()
);
