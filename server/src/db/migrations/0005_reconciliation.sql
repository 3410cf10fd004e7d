-- Reconciliation: a merchant's day at the acquirer against the hub's ledger,
-- with every difference kept as an item.

create table reconciliations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  merchant_id uuid not null references merchants (id),
  bill_date date not null,
  matched integer not null,
  mismatched integer not null,
  requested_by uuid references operators (id),
  created_at timestamptz not null default now()
);
create index reconciliations_merchant on reconciliations (tenant_id, merchant_id, bill_date desc);

create table reconciliation_items (
  id bigint generated always as identity primary key,
  reconciliation_id uuid not null references reconciliations (id),
  kind text not null check (kind in ('only_at_acquirer', 'only_at_hub', 'amount_differs', 'state_differs', 'unreadable_line')),
  line_type text not null check (line_type in ('payment', 'refund', 'file')),
  order_no text,
  refund_no text,
  hub_amount_fen bigint,
  acquirer_amount_fen bigint,
  hub_state text,
  detail text
);
create index reconciliation_items_report on reconciliation_items (reconciliation_id, id);
