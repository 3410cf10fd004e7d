-- Refunds, full or partial, each with its own idempotency key (refund_no), which
-- is also the acquirer's (Alipay out_request_no): retrying one is always safe.

alter table transactions add column refunded_fen bigint not null default 0;
alter table transactions drop constraint transactions_state_check;
alter table transactions add constraint transactions_state_check
  check (state in ('received', 'sent', 'paying', 'unknown', 'cancelling', 'succeeded', 'failed', 'cancelled', 'refunded'));
alter table transactions add constraint transactions_refund_within_amount check (refunded_fen between 0 and amount_fen);

create table refunds (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  transaction_id uuid not null references transactions (id),
  refund_no text not null,
  amount_fen bigint not null check (amount_fen > 0),
  reason text not null default '',
  state text not null check (state in ('requested', 'succeeded', 'failed', 'unknown')),
  failure_reason text,
  requested_by uuid references operators (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index refunds_transaction_refund_no on refunds (transaction_id, refund_no);
create index refunds_unsettled on refunds (updated_at) where state in ('requested', 'unknown');
