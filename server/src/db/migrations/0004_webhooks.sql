-- Merchant webhooks: a signed POST for every final payment state, retried with
-- backoff, with a delivery log.

alter table merchants add column webhook_url text;
-- HMAC-SHA256 key for the X-ScreenHub-Signature header, AES-256-GCM sealed.
alter table merchants add column webhook_secret bytea;

create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  merchant_id uuid not null references merchants (id),
  transaction_id uuid references transactions (id),
  event text not null,
  payload jsonb not null,
  state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_status integer,
  last_error text,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where state = 'pending';
create index webhook_deliveries_merchant on webhook_deliveries (tenant_id, merchant_id, created_at desc);
