-- Zero-touch provisioning: factory batches of serial numbers with claim codes;
-- a fresh screen claims its identity once with serial and claim code.

create table device_batches (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  name text not null,
  model text not null,
  hardware_revision text not null default '',
  device_count integer not null,
  created_by uuid references operators (id),
  created_at timestamptz not null default now()
);
create index device_batches_tenant on device_batches (tenant_id, created_at desc);

create table factory_devices (
  -- The serial printed on the screen; becomes its device id when claimed.
  serial text primary key,
  tenant_id uuid not null references tenants (id),
  batch_id uuid not null references device_batches (id),
  -- SHA-256 of the claim code: it is a one-time secret printed inside the box.
  claim_code_hash bytea not null,
  claimed_at timestamptz,
  -- Set by an operator to let the screen claim again (factory reset, replaced board).
  reopened_at timestamptz,
  created_at timestamptz not null default now()
);
create index factory_devices_batch on factory_devices (batch_id);
