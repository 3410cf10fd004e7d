-- Alerts an operator can act on. Each rule has a severity, and a hold-off both
-- ways so a screen hovering at a threshold does not open and close an alert at
-- every evaluation: the condition must hold open_after_minutes before an alert
-- opens, and stay clear clear_after_minutes before it resolves (0 and 0: at once,
-- as before).
alter table alert_rules add column severity text not null default 'warning' check (severity in ('critical', 'warning', 'info'));
alter table alert_rules add column open_after_minutes integer not null default 0 check (open_after_minutes between 0 and 1440);
alter table alert_rules add column clear_after_minutes integer not null default 0 check (clear_after_minutes between 0 and 1440);

-- Since when each screen has broken each rule without a break (rows go when it clears).
create table alert_breaches (
  rule_id uuid not null references alert_rules (id) on delete cascade,
  device_id text not null references devices (id) on delete cascade,
  tenant_id uuid not null references tenants (id),
  since timestamptz not null,
  primary key (rule_id, device_id)
);

-- Since when an unresolved alert's condition has been clear (null while it holds).
alter table alerts add column cleared_since timestamptz;
-- What the operator wrote when acknowledging.
alter table alerts add column acknowledged_note text check (length(acknowledged_note) <= 500);
