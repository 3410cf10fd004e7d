// This hub process's lease: a row in hub_instances kept fresh every few
// seconds. Screens online here and payments in flight here carry this id, so
// when a process dies the others can tell its leftovers (lease expired) from
// a live process's work, and take over exactly those.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { dropAllLeases, dropLease, dropOldLeases, LEASE_TTL_SECONDS, renewLease } from './instance-lease-sql.js';

declare module 'fastify' {
  interface FastifyInstance {
    instance: InstanceLease;
  }
}

export { instanceAlive, instanceNotAlive, LEASE_TTL_SECONDS } from './instance-lease-sql.js';

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
    if (options.sole) await dropAllLeases(this.db);
    await this.renew();
    this.timer = setInterval(() => void this.renew().catch((err: unknown) => this.logger.error({ err }, 'instance lease renewal failed')), (LEASE_TTL_SECONDS * 1000) / 3);
    this.timer.unref();
  }

  /** A clean stop gives the lease up at once, so the others need not wait for it to expire. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await dropLease(this.db, this.id).catch(() => undefined);
    await dropOldLeases(this.db).catch(() => undefined);
  }

  private renew(): Promise<void> {
    return renewLease(this.db, { id: this.id, host: hostname(), pid: process.pid });
  }
}
