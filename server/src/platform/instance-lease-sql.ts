// SQL of the hub processes' leases (hub_instances), and the conditions other
// domains' SQL uses to tell a live process's rows from a dead one's.
import type { Queryable } from '../db/database.js';

/** A lease not refreshed for this long belongs to a dead process. */
export const LEASE_TTL_SECONDS = 15;

/** SQL: whether the instance named by `column` is alive. */
export const instanceAlive = (column: string) =>
  `exists (select 1 from hub_instances hi where hi.id = ${column} and hi.alive_at > now() - interval '${LEASE_TTL_SECONDS} seconds')`;

/**
 * SQL: whether the instance named by `column` is not among the live ones. For conditions over many rows: the few
 * live ids are read once into an array instead of one lookup in hub_instances per row (a sweep over 50,000 online
 * screens every few seconds).
 */
export const instanceNotAlive = (column: string) =>
  `${column} <> all (array(select id from hub_instances where alive_at > now() - interval '${LEASE_TTL_SECONDS} seconds'))`;

export async function renewLease(db: Queryable, lease: { id: string; host: string; pid: number }): Promise<void> {
  await db.query(`insert into hub_instances (id, host, pid) values ($1, $2, $3) on conflict (id) do update set alive_at = now()`, [lease.id, lease.host, lease.pid]);
}

export async function dropLease(db: Queryable, id: string): Promise<void> {
  await db.query('delete from hub_instances where id = $1', [id]);
}

/** Every lease: for a hub that is the only process on its database, all of them are leftovers of earlier runs. */
export async function dropAllLeases(db: Queryable): Promise<void> {
  await db.query('delete from hub_instances');
}

/** Leases of processes dead for a day: of no use to anyone. */
export async function dropOldLeases(db: Queryable): Promise<void> {
  await db.query(`delete from hub_instances where alive_at < now() - interval '1 day'`);
}
