// This hub process's lease: a row in hub_instances kept fresh every few
// seconds. Screens online here and payments in flight here carry this id, so
// when a process dies the others can tell its leftovers (lease expired) from
// a live process's work, and take over exactly those.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../db/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    instance: InstanceLease;
  }
}

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

export class InstanceLease {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly logger: FastifyBaseLogger,
  ) {}

  /**
   * `sole`: no other hub process shares this database (no Redis configured), so
   * every other lease is a leftover of an earlier run and is dropped at once.
   */
  async start(options: { sole: boolean }): Promise<void> {
    if (options.sole) await this.db.query('delete from hub_instances');
    await this.renew(this.db);
    this.timer = setInterval(() => void this.renew(this.db).catch((err: unknown) => this.logger.error({ err }, 'instance lease renewal failed')), (LEASE_TTL_SECONDS * 1000) / 3);
    this.timer.unref();
  }

  /** A clean stop gives the lease up at once, so the others need not wait for it to expire. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.db.query('delete from hub_instances where id = $1', [this.id]).catch(() => undefined);
    // Old leases of dead processes are of no use to anyone.
    await this.db.query(`delete from hub_instances where alive_at < now() - interval '1 day'`).catch(() => undefined);
  }

  private async renew(db: Queryable): Promise<void> {
    await db.query(
      `insert into hub_instances (id, host, pid) values ($1, $2, $3) on conflict (id) do update set alive_at = now()`,
      [this.id, hostname(), process.pid],
    );
  }
}
