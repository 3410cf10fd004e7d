-- A screen that comes back (Hello) is sent again the outcome of each payment it
-- started recently, and the code of a dynamic QR still open: what it missed
-- while away (payments/payment-processor.ts onHello). In a reconnect storm that
-- is one lookup per screen, batched per event-loop turn; this index keeps each
-- one to the screen's last few minutes instead of its whole history.
create index transactions_device_created on transactions (device_id, created_at);
