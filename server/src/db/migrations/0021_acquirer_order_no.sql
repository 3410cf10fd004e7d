-- The numbers the hub gives the acquirer. A screen's order number is unique only
-- for that screen, but an acquirer keeps out_trade_no unique per merchant app
-- (and WeChat keeps out_refund_no unique per merchant): sent unchanged, two
-- screens of one merchant could pay, query or cancel each other's trades. The
-- hub's own numbers are the row ids without dashes (32 hex characters: within
-- WeChat's 32 and Alipay's 64), so they are unique for all time, cannot drift
-- from the row, and need no index of their own.
alter table transactions add column acquirer_order_no text generated always as (replace(id::text, '-', '')) stored;
alter table refunds add column acquirer_refund_no text generated always as (replace(id::text, '-', '')) stored;
