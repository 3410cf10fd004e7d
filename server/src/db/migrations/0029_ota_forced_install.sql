-- An operator may force an update to install inside trading hours (an
-- emergency fix): per screen of a campaign, who asked and when. A forced offer
-- goes out as "any time"; the screen still never installs during a payment.
alter table ota_campaign_devices add column forced_by uuid references operators (id);
alter table ota_campaign_devices add column forced_at timestamptz;
