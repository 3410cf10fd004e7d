-- A payment refunded in full after its discount's statement closed: the bank
-- paid the merchant a subsidy for a sale that was undone, so the next
-- statement to close takes it back (a claw-back) with the payment behind it.
-- A closed statement itself is never changed.
alter table payment_discounts add column clawback_day date;
create index payment_discounts_clawback on payment_discounts (tenant_id, clawback_day) where clawback_day is not null;

alter table discount_statement_lines add column clawbacks integer not null default 0;
alter table discount_statement_lines add column clawback_fen bigint not null default 0;
alter table discount_statement_days add column clawback_fen bigint not null default 0;

-- The closer finds the full refunds since the last close from here, not from every discount ever closed.
create index refunds_tenant_succeeded on refunds (tenant_id, updated_at) where state = 'succeeded';
