-- Daily reconciliation by itself: one run per merchant and bill day. The
-- primary key decides which hub process does it (the first insert wins); the
-- lease lets another process take over a run whose process died; `waiting`
-- runs are tried again while the acquirer has not published the bill yet;
-- `abandoned` after too many tries, with an alert. A run's report is saved in
-- the same database transaction that marks it done, by the process holding it.
create table reconciliation_runs (
  merchant_id uuid not null references merchants (id),
  bill_date date not null,
  tenant_id uuid not null references tenants (id),
  state text not null check (state in ('running', 'waiting', 'done', 'abandoned')),
  attempts integer not null default 1,
  next_attempt_at timestamptz not null default now(),
  lease_until timestamptz,
  claimed_by text,
  last_error text,
  reconciliation_id uuid references reconciliations (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (merchant_id, bill_date)
);
create index reconciliation_runs_open on reconciliation_runs (next_attempt_at) where state in ('running', 'waiting');

-- A bill whose summary does not add up to its lines.
alter table reconciliation_items drop constraint reconciliation_items_kind_check;
alter table reconciliation_items add constraint reconciliation_items_kind_check
  check (kind in ('only_at_acquirer', 'only_at_hub', 'amount_differs', 'state_differs', 'unreadable_line', 'summary_differs'));

-- Alerts about a merchant's reconciliation: mismatches in a scheduled report
-- (reconciliation_id), or bills that never came (merchant_id alone).
alter table alerts alter column device_id drop not null;
alter table alerts add column merchant_id uuid references merchants (id);
alter table alerts add column reconciliation_id uuid references reconciliations (id);
alter table alerts drop constraint alerts_rule_or_transaction;
alter table alerts add constraint alerts_have_a_subject check (rule_id is not null or transaction_id is not null or merchant_id is not null);
create unique index alerts_one_active_per_reconciliation on alerts (reconciliation_id) where reconciliation_id is not null and state <> 'resolved';
create unique index alerts_one_active_missing_bill on alerts (merchant_id) where kind = 'reconciliation_unavailable' and state <> 'resolved';
