// The daily reconciliation, by itself: every round, this process claims
// merchant-days whose bill is due (and runs waiting for a retry or left by a
// process that died) and reconciles them, a few at a time so one slow acquirer
// does not hold the rest. Which process does a run is decided in PostgreSQL
// (reconciliation-run-sql.ts), so several hub processes run each one once.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { claimDueRetries, claimNewRuns, type ClaimedRun, type DuePolicy } from './reconciliation-run-sql.js';
import type { ReconciliationService } from './reconciliation-service.js';

/** Merchant-days one process claims per round; a fleet's 47,000 merchants take a few rounds, spread over the processes. */
const CLAIM_BATCH = 200;
/** Bills downloaded at once by one process. */
const PARALLEL = 4;

export class ReconciliationScheduler {
  private readonly task: PeriodicTask;

  constructor(
    private readonly options: { db: Database; service: ReconciliationService; policy: DuePolicy; instanceId: string; intervalMs: number; logger: FastifyBaseLogger },
  ) {
    this.task = new PeriodicTask(() => this.round(), options.intervalMs, (err) => options.logger.error({ err }, 'reconciliation round failed'));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One round now (or the one already running). */
  runOnce(): Promise<void> {
    return this.task.run();
  }

  private async round(): Promise<void> {
    const { db, policy, instanceId } = this.options;
    for (;;) {
      const retries = await claimDueRetries(db, policy.leaseMs, instanceId, CLAIM_BATCH);
      const fresh = await claimNewRuns(db, policy, instanceId, CLAIM_BATCH - retries.length);
      const runs = [...retries, ...fresh];
      if (runs.length === 0) return;
      await this.work(runs);
      if (runs.length < CLAIM_BATCH) return;
    }
  }

  private async work(runs: ClaimedRun[]): Promise<void> {
    const queue = [...runs];
    const worker = async () => {
      for (let run = queue.shift(); run; run = queue.shift()) {
        try {
          await this.options.service.runClaimed(run);
        } catch (err) {
          // The database failed under us: the lease lapses and a later round (here or elsewhere) takes the run up again.
          this.options.logger.error({ err, merchantId: run.merchant_id, day: run.bill_date }, 'reconciliation run failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, runs.length) }, worker));
  }
}
