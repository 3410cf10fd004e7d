// Screens left "online" by a hub process that died (SIGKILL, a lost machine)
// are marked offline once its lease expires, with a presence event saying so.
// Their screens reconnect to the surviving processes meanwhile, which mark
// them online again as held by themselves. One process sweeps at a time.
import type { FastifyBaseLogger } from 'fastify';
import { tryLockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database } from '../db/database.js';
import { LEASE_TTL_SECONDS } from '../platform/instance-lease.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { markOfflineHeldByGoneProcesses } from './live-state-sql.js';

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
      if (!(await tryLockForTransaction(tx, 'presenceSweep'))) return 0;
      const swept = await markOfflineHeldByGoneProcesses(tx);
      if (swept > 0) this.logger.info({ devices: swept }, 'screens of a gone hub process marked offline');
      return swept;
    });
  }
}
