-- Payments: merchants with their acquirer, the per-device payment key, and
-- transactions with an append-only event history.

create table merchants (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  name text not null,
  acquirer text not null check (acquirer in ('alipay')),
  -- Acquirer credentials (app id, private key, acquirer public key, gateway), AES-256-GCM, see platform/secret-box.ts.
  acquirer_credentials bytea not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index merchants_tenant on merchants (tenant_id, created_at desc);

alter table devices add column merchant_id uuid references merchants (id);
-- HMAC key for PayRequest signatures, AES-256-GCM (the hub must recompute HMACs, so it cannot be a hash).
alter table devices add column payment_key bytea;

create table transactions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  merchant_id uuid not null references merchants (id),
  device_id text not null references devices (id),
  order_no text not null,
  amount_fen bigint not null check (amount_fen > 0),
  currency text not null,
  channel text not null,
  -- First 6 digits and last 4 only: auth codes are never stored in full.
  auth_code_masked text not null,
  state text not null check (state in ('received', 'sent', 'paying', 'unknown', 'cancelling', 'succeeded', 'failed', 'cancelled')),
  acquirer_trade_no text,
  failure_reason text,
  paid_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Exactly once: a redelivered or retried request finds the row instead of charging again.
create unique index transactions_device_order on transactions (device_id, order_no);
create index transactions_tenant_created on transactions (tenant_id, created_at desc, id);
-- The sweeper's question: which transactions are still in flight?
create index transactions_in_flight on transactions (updated_at) where state in ('received', 'sent', 'paying', 'unknown', 'cancelling');

create table transaction_events (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references tenants (id),
  transaction_id uuid not null references transactions (id),
  at timestamptz not null default now(),
  from_state text,
  to_state text not null,
  detail jsonb
);
create index transaction_events_tx on transaction_events (transaction_id, id);
