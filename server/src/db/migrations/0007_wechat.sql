-- WeChat Pay as a second acquirer.
alter table merchants drop constraint merchants_acquirer_check;
alter table merchants add constraint merchants_acquirer_check check (acquirer in ('alipay', 'wechat'));
