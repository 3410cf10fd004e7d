-- Remote commands: queued per device, delivered when the screen is (or comes)
-- online, followed to a result or to their expiry.
create table commands (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  device_id text not null references devices (id),
  type text not null check (type in ('reboot', 'set_volume', 'play_test_announcement')),
  args jsonb not null default '{}',
  state text not null default 'queued' check (state in ('queued', 'sent', 'acked', 'succeeded', 'failed', 'expired')),
  result_message text,
  created_by uuid references operators (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  sent_at timestamptz,
  finished_at timestamptz
);
-- Delivery on reconnect: the open commands of one device.
create index commands_device_open on commands (device_id, created_at) where state in ('queued', 'sent', 'acked');
create index commands_tenant_created on commands (tenant_id, created_at desc, id);
create index commands_expiring on commands (expires_at) where state in ('queued', 'sent', 'acked');
