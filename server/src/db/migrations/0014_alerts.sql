-- Alert rules per tenant and the alerts they raise: one open alert per device
-- and rule at a time, acknowledged by an operator, resolved when the condition clears.
create table alert_rules (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  name text not null,
  kind text not null check (kind in ('offline', 'temperature_above', 'free_storage_below', 'repeated_reboots', 'payment_failure_rate')),
  -- Minutes (offline), degrees Celsius (temperature), megabytes (storage),
  -- reboots in the window (reboots), percent (payment failures).
  threshold integer not null check (threshold >= 0),
  -- Look-back for repeated_reboots and payment_failure_rate.
  window_minutes integer not null default 60 check (window_minutes between 1 and 10080),
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index alert_rules_tenant on alert_rules (tenant_id, created_at);

create table alerts (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  rule_id uuid not null references alert_rules (id) on delete cascade,
  device_id text not null references devices (id),
  state text not null default 'open' check (state in ('open', 'acknowledged', 'resolved')),
  -- The measured value that raised it (minutes offline, deci-degrees, bytes, count, percent).
  value bigint,
  opened_at timestamptz not null default now(),
  acknowledged_at timestamptz,
  acknowledged_by uuid references operators (id),
  resolved_at timestamptz
);
-- Deduplication: at most one unresolved alert per device and rule.
create unique index alerts_one_active on alerts (rule_id, device_id) where state <> 'resolved';
create index alerts_tenant_opened on alerts (tenant_id, opened_at desc, id);

-- Where a tenant's alert notifications go (signed like merchant webhooks).
alter table tenants add column alert_webhook_url text;
alter table tenants add column alert_webhook_secret bytea;
alter table webhook_deliveries alter column merchant_id drop not null;
alter table webhook_deliveries add column alert_id uuid references alerts (id) on delete set null;
