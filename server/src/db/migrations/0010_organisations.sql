-- Organisations: a merchant's place in the world (category, city, district,
-- business area, trading hours) and its stores; devices sit in a store and
-- carry tags. These are the attributes the registry searches on.

alter table merchants add column merchant_category_code text check (merchant_category_code ~ '^[0-9]{4}$');
alter table merchants add column city text;
alter table merchants add column district text;
alter table merchants add column business_area text;
-- [{"days":[1,2,3,4,5],"opens":"08:00","closes":"22:00"}, ...]; ISO weekdays, local time in `timezone`.
-- Null means always open. A span that closes before it opens runs past midnight.
alter table merchants add column trading_hours jsonb;
alter table merchants add column timezone text not null default 'Asia/Shanghai';
create index merchants_tenant_city on merchants (tenant_id, city, district);
create index merchants_tenant_business_area on merchants (tenant_id, business_area);
create index merchants_tenant_mcc on merchants (tenant_id, merchant_category_code);

create table stores (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id),
  merchant_id uuid not null references merchants (id),
  name text not null,
  address text not null default '',
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index stores_tenant_merchant on stores (tenant_id, merchant_id, name);

alter table devices add column store_id uuid references stores (id);
alter table devices add column tags text[] not null default '{}';
-- Derived from the last heartbeat so the registry can filter and index it.
alter table devices add column network_type text generated always as (last_heartbeat ->> 'networkType') stored;

-- Registry indexes: every one starts with tenant_id (every query does).
create index devices_tenant_merchant on devices (tenant_id, merchant_id);
create index devices_tenant_store on devices (tenant_id, store_id);
create index devices_tenant_model on devices (tenant_id, model);
create index devices_tenant_app_version on devices (tenant_id, app_version);
create index devices_tenant_firmware on devices (tenant_id, firmware_version);
create index devices_tags on devices using gin (tags);

-- The device list's default order is newest first with the id as tie-breaker, both descending.
drop index devices_tenant_created;
create index devices_tenant_created on devices (tenant_id, created_at desc, id desc);

-- "Contains" search on ids and names (the list's `q`, and `~` in registry queries): trigram indexes.
-- pg_trgm ships with PostgreSQL (contrib) and PGlite, and is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index devices_id_trgm on devices using gin (id gin_trgm_ops);
create index devices_name_trgm on devices using gin (name gin_trgm_ops);
