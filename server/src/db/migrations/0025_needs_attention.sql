-- Payments and refunds a person must settle: `needs_attention` is a final state
-- (the sweeper never takes it up again) for an acquirer answer that contradicts
-- what the hub asked for, a cancel the acquirer refuses (Alipay retry_flag=N)
-- or keeps asking to retry past its documented limit, and an order number the
-- acquirer says another order holds. Each raises an alert with the transaction.
alter table transactions drop constraint transactions_state_check;
alter table transactions add constraint transactions_state_check
  check (state in ('received', 'sent', 'paying', 'unknown', 'cancelling', 'succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention'));
-- Cancels the acquirer answered with "try again" (retry_flag=Y, recall=Y), counted against its limit.
alter table transactions add column cancel_retries integer not null default 0;

alter table refunds drop constraint refunds_state_check;
alter table refunds add constraint refunds_state_check check (state in ('requested', 'succeeded', 'failed', 'unknown', 'needs_attention'));

-- Alerts raised by an event rather than a rule (a payment that needs a person):
-- the kind is kept on the alert itself, and the transaction it is about.
alter table alerts add column kind text;
update alerts a set kind = r.kind from alert_rules r where r.id = a.rule_id;
alter table alerts alter column kind set not null;
alter table alerts alter column rule_id drop not null;
alter table alerts add column transaction_id uuid references transactions (id);
alter table alerts add constraint alerts_rule_or_transaction check (rule_id is not null or transaction_id is not null);
-- At most one unresolved alert per transaction.
create unique index alerts_one_active_per_transaction on alerts (transaction_id) where transaction_id is not null and state <> 'resolved';
