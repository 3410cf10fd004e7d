-- Hub processes (instances) and what they own. Each process keeps a lease row
-- alive; a screen's online state and an in-flight payment name the process
-- that holds them, so when a process dies (SIGKILL, a lost machine) the others
-- take over exactly its leftovers, and never a live process's work.
create table hub_instances (
  id text primary key,
  host text not null,
  pid integer not null,
  started_at timestamptz not null default now(),
  alive_at timestamptz not null default now()
);

alter table devices add column connected_instance text;
create index devices_connected_instance on devices (connected_instance) where online;

alter table transactions add column owner_instance text;
