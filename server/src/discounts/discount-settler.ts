// Settles the discounts of payments that ended, every second: used when the
// payment succeeded, released when it failed or was cancelled, which gives the
// budget and the day's uses back for the next customer. One hub process at a
// time (an advisory lock). The campaigns it gives budget back to are locked
// first, in id order, as the payment writes lock them (reservation-sql.ts), so
// a settlement and a batch of payments queue instead of deadlocking. A payment still in flight keeps its
// reservation; one that needs a person keeps it until a person settles it.
import type { FastifyBaseLogger } from 'fastify';
import { tryLockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database } from '../db/database.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { lockReleasing, settleEnded } from './reservation-sql.js';

/** Discounts per statement: a busy second's worth in one. */
const PER_ROUND = 5_000;

export class DiscountSettler {
  private readonly task: PeriodicTask;

  constructor(
    private readonly db: Database,
    logger: FastifyBaseLogger,
    intervalMs: number,
  ) {
    this.task = new PeriodicTask(() => this.round(), intervalMs, (err) => logger.error({ err }, 'settling discounts failed'));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Settles what ended before the call (a round already running may have started earlier, so a second follows). */
  async settleNow(): Promise<void> {
    await this.task.run();
    await this.task.run();
  }

  private async round(): Promise<void> {
    for (;;) {
      const settled = await this.db.transaction(async (tx) =>
        (await tryLockForTransaction(tx, 'discountSettle')) ? settleEnded(tx, await lockReleasing(tx), PER_ROUND) : { used: 0, released: 0 },
      );
      if (settled.used + settled.released < PER_ROUND) return;
    }
  }
}
