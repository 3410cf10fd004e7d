-- Ads bill only what was bought and shown. Each booked play is judged as it is
-- written: billable (unbilled_reason null) only when the screen was among the
-- booking's screens, inside its dates and hours, the booking live, the
-- creative one of the booking's and approved, the placement right, and the
-- screen within the plays per hour its slots allow. Anything else is kept,
-- with the reason, and shown in the delivery report.
alter table ad_plays add column unbilled_reason text;
-- When the hub wrote the play: a play written after its day's statement closed is late.
alter table ad_plays add column received_at timestamptz not null default now();
-- The closed daily statement the play was billed in (null: not yet closed).
alter table ad_plays add column statement_day date;
create index ad_plays_open_statement on ad_plays (tenant_id, started_at) where statement_day is null and booking_id is not null;
create index ad_plays_tenant_statement on ad_plays (tenant_id, statement_day) where statement_day is not null;

-- The day of a statement, in this zone (the bank's accounts).
alter table ad_settings add column statement_timezone text not null default 'Asia/Shanghai';

-- Daily revenue statements, closed once (one hub process closes a tenant's
-- day: an advisory lock, and this primary key) and never changed after.
create table ad_revenue_days (
  tenant_id uuid not null references tenants (id),
  day date not null,
  closed_at timestamptz not null default now(),
  total_fen bigint not null,
  operator_fen bigint not null,
  bank_fen bigint not null,
  merchants_fen bigint not null,
  billed_plays integer not null,
  -- Plays of earlier, already closed days that arrived after their day closed.
  late_plays integer not null,
  unbilled_plays integer not null,
  -- Lines per merchant and per booking, as the statement was at closing.
  statement jsonb not null,
  primary key (tenant_id, day)
);
