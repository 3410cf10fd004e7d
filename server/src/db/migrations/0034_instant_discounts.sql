-- Instant discounts funded by the bank (立减): campaigns, the discount each
-- payment got, and the bank's daily statements of what it owes merchants.
--
-- A payment's discount is decided and reserved in the commit that inserts its
-- transaction (payments/discounted-insert.ts): the campaign's reserved_fen
-- rises only while it stays within the budget (a conditional update on the
-- campaign's row, which also serialises concurrent reservations across hub
-- processes), and the check below refuses any write that would pass it.
create table discount_campaigns (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  -- What the customer hears, e.g. 建行立减.
  name text not null,
  enabled boolean not null default true,
  -- Which merchants: {"merchantIds": [...]} or lists of cities, districts, business areas, categories (all given must match).
  merchants jsonb not null,
  -- Inclusive, in each merchant's own time zone.
  starts_on date not null,
  ends_on date not null,
  -- Weekly spans like trading hours, in the merchant's zone; null: all day.
  hours jsonb,
  channels text[] not null,
  rule text not null check (rule in ('threshold', 'percent')),
  min_spend_fen bigint not null default 0 check (min_spend_fen >= 0),
  -- threshold: this much off; percent: this percent off, at most cap_fen.
  off_fen bigint check (off_fen > 0),
  percent integer check (percent between 1 and 99),
  cap_fen bigint check (cap_fen > 0),
  budget_fen bigint not null check (budget_fen > 0),
  -- Discounts reserved or given; falls when a failed or cancelled payment gives its discount back.
  reserved_fen bigint not null default 0,
  -- Discounts per merchant per day and per screen per day at most; null: no limit.
  per_merchant_day integer check (per_merchant_day > 0),
  per_screen_day integer check (per_screen_day > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint discount_campaigns_within_budget check (reserved_fen between 0 and budget_fen),
  constraint discount_campaigns_rule check ((rule = 'threshold' and off_fen is not null) or (rule = 'percent' and percent is not null and cap_fen is not null)),
  constraint discount_campaigns_dates check (starts_on <= ends_on)
);
create index discount_campaigns_tenant on discount_campaigns (tenant_id, created_at desc);

-- Discounts a campaign gave per day to one merchant ('m:' || id) or one screen ('d:' || id), for the daily limits.
create table discount_day_uses (
  campaign_id uuid not null references discount_campaigns (id) on delete cascade,
  day date not null,
  subject text not null,
  uses integer not null check (uses >= 0),
  primary key (campaign_id, day, subject)
);

-- What the screen asked for and what the bank pays, on the transaction itself, so that every PayResult (also a
-- redelivered request's) says the same; amount_fen is what the acquirer charged (and reconciliation expects).
alter table transactions add column ticket_fen bigint;
alter table transactions add column discount_fen bigint not null default 0;
alter table transactions add column discount_name text;
alter table transactions add constraint transactions_discount_within_ticket
  check ((ticket_fen is null and discount_fen = 0) or (ticket_fen = amount_fen + discount_fen and discount_fen > 0));

-- The ledger: one row per discounted payment. reserved until the payment ends; used when it succeeded, released
-- (budget and daily uses given back) when it failed or was cancelled; reversed when it was refunded in full before
-- its statement closed (the bank owes nothing for it).
create table payment_discounts (
  transaction_id uuid primary key references transactions (id),
  tenant_id uuid not null references tenants (id),
  campaign_id uuid not null references discount_campaigns (id),
  merchant_id uuid not null references merchants (id),
  device_id text not null,
  -- The merchant's day when the discount was reserved: its daily limits and its statement.
  day date not null,
  ticket_fen bigint not null,
  discount_fen bigint not null check (discount_fen > 0),
  state text not null default 'reserved' check (state in ('reserved', 'used', 'released', 'reversed')),
  settled_at timestamptz,
  -- The closed statement it is owed in (null: not yet closed).
  statement_day date
);
create index payment_discounts_reserved on payment_discounts (transaction_id) where state = 'reserved';
create index payment_discounts_open_statement on payment_discounts (tenant_id, day) where statement_day is null and state = 'used';
create index payment_discounts_campaign on payment_discounts (campaign_id, state);
create index payment_discounts_statement on payment_discounts (tenant_id, statement_day, campaign_id, merchant_id);

-- Closed daily statements: per campaign and merchant, what the bank owes; written once, never changed.
create table discount_statement_days (
  tenant_id uuid not null references tenants (id),
  day date not null,
  closed_at timestamptz not null default now(),
  payments integer not null,
  subsidy_fen bigint not null,
  primary key (tenant_id, day)
);
create table discount_statement_lines (
  tenant_id uuid not null references tenants (id),
  day date not null,
  campaign_id uuid not null references discount_campaigns (id),
  merchant_id uuid not null references merchants (id),
  payments integer not null,
  ticket_fen bigint not null,
  charged_fen bigint not null,
  subsidy_fen bigint not null,
  primary key (tenant_id, day, campaign_id, merchant_id)
);
