-- Dynamic QR payments: the screen shows a code the customer scans.
alter table transactions add column mode text not null default 'barcode' check (mode in ('barcode', 'qr'));
-- The code the acquirer issued (precreate), to show it again on a repeated request.
alter table transactions add column qr_code text;
