-- A device's live state (presence, last heartbeat) in a narrow table of its own.
-- Every connect and heartbeat rewrote the devices row, and since indexed columns
-- changed the update was never HOT: each one wrote into every registry index of
-- devices, the trigram and tags GIN indexes included. Here a heartbeat changes
-- only unindexed columns (last_seen_at, last_heartbeat...), so with room left on
-- each page (fillfactor) it is a HOT update touching no index at all; a connect
-- or disconnect (online, connected_instance) writes into the few indexes below.
-- Every device has exactly one row, created with it.
create table device_live (
  device_id text primary key references devices (id) on delete cascade,
  tenant_id uuid not null references tenants (id),
  online boolean not null default false,
  -- The hub process holding the screen while online (instance-lease.ts).
  connected_instance text,
  last_seen_at timestamptz,
  last_connected_at timestamptz,
  last_disconnected_at timestamptz,
  last_disconnect_reason text,
  last_remote_address text,
  last_heartbeat jsonb,
  last_heartbeat_at timestamptz,
  network_type text generated always as (last_heartbeat ->> 'networkType') stored
) with (fillfactor = 70);

insert into device_live (device_id, tenant_id, online, connected_instance, last_seen_at, last_connected_at, last_disconnected_at,
                         last_disconnect_reason, last_remote_address, last_heartbeat, last_heartbeat_at)
select id, tenant_id, online, connected_instance, last_seen_at, last_connected_at, last_disconnected_at,
       last_disconnect_reason, last_remote_address, last_heartbeat, last_heartbeat_at
from devices;

-- The registry's online filter. No index on last_seen_at on purpose: it changes
-- with every heartbeat, and an index on it would make every heartbeat a non-HOT
-- update again; lastSeenAt conditions are read through the device list's own
-- order or alongside the registry's selective indexes (see the README).
create index device_live_tenant_online on device_live (tenant_id, online);
-- The presence sweep across tenants: screens held by a process whose lease expired.
create index device_live_connected_instance on device_live (connected_instance) where online;

drop index devices_tenant_status_online;
drop index devices_tenant_last_seen;
drop index devices_connected_instance;
create index devices_tenant_status on devices (tenant_id, status);

alter table devices drop column network_type;
alter table devices drop column online;
alter table devices drop column connected_instance;
alter table devices drop column last_seen_at;
alter table devices drop column last_connected_at;
alter table devices drop column last_disconnected_at;
alter table devices drop column last_disconnect_reason;
alter table devices drop column last_remote_address;
alter table devices drop column last_heartbeat;
alter table devices drop column last_heartbeat_at;
