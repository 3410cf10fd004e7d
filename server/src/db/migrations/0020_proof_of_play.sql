-- Proof of play: the indexes its reports, statements and attribution ask on
-- every request (0018_ads.sql created the tables).

-- An advertiser's own report (API key): its plays in a period.
create index ad_plays_tenant_advertiser on ad_plays (tenant_id, advertiser_id, started_at);

-- Attribution: a screen's successful payments in a window after each play.
create index transactions_device_paid on transactions (device_id, paid_at) where state = 'succeeded';
