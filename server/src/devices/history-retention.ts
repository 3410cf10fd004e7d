// Keeps device history bounded: heartbeats older than the retention period are
// deleted in slices, so a large backlog never holds a long lock. Runs hourly
// (and once at start); every process may run it, deletes are idempotent.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { deleteHeartbeatsOlderThan } from './device-sql.js';

const SLICE = 10_000;

/** Retention is counted in days: an hourly round is plenty. */
const ROUND_MS = 3_600_000;

export class HistoryRetention {
  private readonly task: PeriodicTask;

  private readonly db: Database;
  private readonly logger: FastifyBaseLogger;
  private readonly heartbeatRetentionDays: number;

  constructor(options: { db: Database; logger: FastifyBaseLogger; heartbeatRetentionDays: number; intervalMs?: number }) {
    const intervalMs = options.intervalMs ?? ROUND_MS;
    this.db = options.db;
    this.logger = options.logger;
    this.heartbeatRetentionDays = options.heartbeatRetentionDays;
    this.task = new PeriodicTask(async () => void (await this.run()), intervalMs, (err) => this.logger.error({ err }, 'heartbeat retention failed'));
  }

  start(): void {
    this.task.start({ immediately: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Deletes expired heartbeats; returns how many. */
  async run(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const rowCount = await deleteHeartbeatsOlderThan(this.db, this.heartbeatRetentionDays, SLICE);
        total += rowCount;
        if (rowCount < SLICE) break;
      }
      if (total > 0) this.logger.info({ deleted: total }, 'old heartbeats deleted');
    } catch (err) {
      this.logger.error({ err }, 'heartbeat retention failed');
    }
    return total;
  }
}
