-- Every hub process caches what it needs of a device to authenticate it and take
-- its payments (tenant, merchant, status, secret hash, payment key). A change to
-- any of these, made by whichever process (or by hand in psql), is announced on
-- the channel `device_changed` with the device's id, so every process drops its
-- copy before its next CONNECT or PayRequest (devices/device-authenticator.ts).
-- A new device is announced too: a process may have cached its id as unknown.
-- NOTIFY is sent at commit, to sessions that LISTEN; a rolled-back change sends
-- nothing.
-- (The body's semicolons stay inside lines: migrate.ts splits statements at a semicolon that ends a line.)
create function notify_device_changed() returns trigger language plpgsql as $$
  begin perform pg_notify('device_changed', case tg_op when 'INSERT' then new.id else old.id end); return null; end
$$;

create trigger devices_changed_notice
  after update of id, tenant_id, merchant_id, status, secret_hash, payment_key on devices
  for each row
  when (old.id is distinct from new.id
        or old.tenant_id is distinct from new.tenant_id
        or old.merchant_id is distinct from new.merchant_id
        or old.status is distinct from new.status
        or old.secret_hash is distinct from new.secret_hash
        or old.payment_key is distinct from new.payment_key)
  execute function notify_device_changed();

create trigger devices_added_or_deleted_notice
  after insert or delete on devices
  for each row
  execute function notify_device_changed();
