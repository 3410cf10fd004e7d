// Folds the facts that ended payments and refunds leave (migration 0033's
// trigger) into merchants' daily rollups, every few seconds: the insights read
// rollups, never raw transactions. One hub process folds at a time (an advisory
// lock): two folds adding to the same merchant-days in different orders could
// deadlock, and one is plenty (a fold of 5,000 facts is one statement).
import type { FastifyBaseLogger } from 'fastify';
import { tryLockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database } from '../db/database.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { foldFacts } from './rollup-sql.js';

/** Facts per statement: large enough that a busy second is one statement, small enough to keep each short. */
const FACTS_PER_FOLD = 5_000;

export class InsightFolder {
  private readonly task: PeriodicTask;

  constructor(
    private readonly db: Database,
    logger: FastifyBaseLogger,
    intervalMs: number,
  ) {
    this.task = new PeriodicTask(() => this.round(), intervalMs, (err) => logger.error({ err }, 'folding payments into merchant days failed'));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Folds everything committed before the call: a round already running may have started before it, so a second one follows. */
  async foldNow(): Promise<void> {
    await this.task.run();
    await this.task.run();
  }

  private async round(): Promise<void> {
    for (;;) {
      const folded = await this.db.transaction(async (tx) => ((await tryLockForTransaction(tx, 'insightsFold')) ? foldFacts(tx, FACTS_PER_FOLD) : 0));
      if (folded < FACTS_PER_FOLD) return;
    }
  }
}
