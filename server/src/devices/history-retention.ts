// Keeps device history bounded: heartbeats older than the retention period are
// deleted in slices, so a large backlog never holds a long lock. Runs hourly
// (and once at start); every process may run it, deletes are idempotent.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';

const SLICE = 10_000;

export class HistoryRetention {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly logger: FastifyBaseLogger,
    private readonly heartbeatRetentionDays: number,
    private readonly intervalMs = 3_600_000,
  ) {}

  start(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Deletes expired heartbeats; returns how many. */
  async run(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const { rowCount } = await this.db.query(
          `delete from device_heartbeats where ctid in (
             select ctid from device_heartbeats where received_at < now() - ($1::int * interval '1 day') limit ${SLICE})`,
          [this.heartbeatRetentionDays],
        );
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
