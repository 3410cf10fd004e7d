// Screens left "online" by a hub process that died (SIGKILL, a lost machine)
// are marked offline once its lease expires, with a presence event saying so.
// Their screens reconnect to the surviving processes meanwhile, which mark
// them online again as held by themselves. One process sweeps at a time.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { instanceNotAlive, LEASE_TTL_SECONDS } from '../platform/instance-lease.js';
import { PeriodicTask } from '../platform/periodic-task.js';

const SWEEPER_LOCK = 7_283_015; // arbitrary, constant: pg_try_advisory_xact_lock key

export class PresenceSweeper {
  private readonly task: PeriodicTask;

  constructor(
    private readonly db: Database,
    private readonly logger: FastifyBaseLogger,
    intervalMs = (LEASE_TTL_SECONDS * 1000) / 3,
  ) {
    this.task = new PeriodicTask(async () => void (await this.sweep()), intervalMs, (err) => this.logger.error({ err }, 'presence sweep failed'));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  async sweep(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ locked: boolean }>('select pg_try_advisory_xact_lock($1) as locked', [SWEEPER_LOCK]);
      if (!rows[0]?.locked) return 0;
      const result = await tx.query(
        `with stale as (
           update device_live set online = false, last_disconnected_at = now(), last_disconnect_reason = 'hub_gone'
           where online and (connected_instance is null or ${instanceNotAlive('connected_instance')})
           returning device_id, tenant_id
         )
         insert into device_presence_events (tenant_id, device_id, online, reason, at)
         select tenant_id, device_id, false, 'hub_gone', now() from stale`,
      );
      if (result.rowCount > 0) this.logger.info({ devices: result.rowCount }, 'screens of a gone hub process marked offline');
      return result.rowCount;
    });
  }
}
