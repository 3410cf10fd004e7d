-- Merchant insights for the bank: what each payment's end and each refund adds
-- to its merchant's day, kept as daily rollups so that a year of a whole fleet
-- answers without reading raw transactions.
--
-- A trigger appends a fact in the same commit as the change that caused it
-- (any writer: the payment path, the sweeper, refunds, reconciliation), into an
-- append-only table no two payments contend on. insights/insight-folder.ts folds
-- the facts into merchant_days every few seconds, one hub process at a time, in
-- the merchant's own time zone. A fact is deleted in the statement that folds it,
-- so each counts exactly once.
create table merchant_day_facts (
  id bigint generated always as identity primary key,
  tenant_id uuid not null,
  merchant_id uuid not null,
  -- The payment's paid_at (its day and hour), or the refund's time.
  at timestamptz not null,
  channel text not null,
  payments integer not null,
  succeeded integer not null,
  gross_fen bigint not null,
  refunds integer not null,
  refunded_fen bigint not null,
  -- Succeeded tickets of whole hundreds of yuan: the card cash-out warning reads them.
  round_tickets integer not null,
  round_fen bigint not null
);

-- Deltas, so that a reversal (a success later found failed) subtracts what it added.
-- succeeded and refunded both count as paid; a payment ends when it enters a final state.
-- (The body's semicolons stay inside lines: migrate.ts splits statements at a semicolon that ends a line.)
create function record_merchant_day_fact() returns trigger language plpgsql as $$
  declare
    was_final boolean := tg_op = 'UPDATE' and old.state in ('succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention')
    ; is_final boolean := new.state in ('succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention')
    ; was_paid integer := case when tg_op = 'UPDATE' and old.state in ('succeeded', 'refunded') then 1 else 0 end
    ; is_paid integer := case when new.state in ('succeeded', 'refunded') then 1 else 0 end
    ; refunded bigint := new.refunded_fen - case when tg_op = 'UPDATE' then old.refunded_fen else 0 end
    ; is_round integer := case when new.amount_fen % 10000 = 0 then 1 else 0 end
  ; begin
    if (is_final and not was_final) or is_paid <> was_paid then
      insert into merchant_day_facts (tenant_id, merchant_id, at, channel, payments, succeeded, gross_fen, refunds, refunded_fen, round_tickets, round_fen)
      values (new.tenant_id, new.merchant_id, coalesce(new.paid_at, now()), new.channel, case when is_final and not was_final then 1 else 0 end,
              is_paid - was_paid, (is_paid - was_paid) * new.amount_fen, 0, 0, (is_paid - was_paid) * is_round, (is_paid - was_paid) * is_round * new.amount_fen)
    ; end if
    ; if refunded <> 0 then
      insert into merchant_day_facts (tenant_id, merchant_id, at, channel, payments, succeeded, gross_fen, refunds, refunded_fen, round_tickets, round_fen)
      values (new.tenant_id, new.merchant_id, now(), new.channel, 0, 0, 0, sign(refunded)::integer, refunded, 0, 0)
    ; end if
    ; return null
  ; end
$$;

create trigger transactions_merchant_day_fact
  after insert or update of state, refunded_fen on transactions
  for each row
  when (new.state in ('succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention') or new.refunded_fen <> 0)
  execute function record_merchant_day_fact();

-- One row per merchant and day in the merchant's time zone.
create table merchant_days (
  tenant_id uuid not null references tenants (id),
  merchant_id uuid not null references merchants (id) on delete cascade,
  day date not null,
  payments integer not null default 0,
  succeeded integer not null default 0,
  gross_fen bigint not null default 0,
  refunds integer not null default 0,
  refunded_fen bigint not null default 0,
  alipay_count integer not null default 0,
  wechat_count integer not null default 0,
  unionpay_count integer not null default 0,
  -- Succeeded payments per local hour, 0-23.
  hour_counts integer[] not null default array_fill(0, array[24]),
  round_tickets integer not null default 0,
  round_fen bigint not null default 0,
  -- Minutes of the day's trading hours, and of those the minutes with at least one
  -- of the merchant's screens online; written when the day is closed (null before).
  trading_minutes integer,
  online_trading_minutes integer,
  primary key (merchant_id, day)
);
create index merchant_days_tenant_day on merchant_days (tenant_id, day);

-- Where each merchant stands as of the tenant's last closed day: the fleet figures read this, not a year of days.
create table merchant_activity (
  merchant_id uuid primary key references merchants (id) on delete cascade,
  tenant_id uuid not null references tenants (id),
  as_of date not null,
  -- Successful payments and net takings in the 30 days ending as_of, and in the 30 before.
  succeeded_30d integer not null,
  takings_30d_fen bigint not null,
  succeeded_prior_30d integer not null,
  takings_prior_30d_fen bigint not null
);
create index merchant_activity_tenant on merchant_activity (tenant_id);

-- The fleet's activity per closed day, for the activity rate over time.
create table fleet_activity_days (
  tenant_id uuid not null references tenants (id),
  day date not null,
  merchants integer not null,
  active integer not null,
  newly_active integer not null,
  gone_quiet integer not null,
  -- The threshold in force that day (successful payments in 30 days).
  active_min_payments integer not null,
  closed_at timestamptz not null default now(),
  primary key (tenant_id, day)
);

-- Per-tenant thresholds of the activity figure and the early warnings (defaults in insights/insight-settings.ts).
create table insight_settings (
  tenant_id uuid primary key references tenants (id),
  settings jsonb not null,
  updated_at timestamptz not null default now()
);

-- The bank's credit export leaves out merchants who have not consented.
alter table merchants add column credit_consent boolean not null default false;
alter table merchants add column credit_consent_at timestamptz;

-- An early warning carries its evidence (the figures it judged on); one open per merchant and kind.
alter table alerts add column evidence jsonb;
create unique index alerts_one_active_merchant_warning on alerts (merchant_id, kind)
  where kind in ('takings_drop', 'silent_while_online', 'refund_ratio_high', 'round_ticket_burst') and state <> 'resolved';
