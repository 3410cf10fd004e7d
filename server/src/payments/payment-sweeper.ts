// Finishes payments left in flight: those of a hub process that is gone (its
// lease expired: a crash, a kill, a lost machine), taken over atomically so two
// survivors never drive the same one, and this process's own that got stuck
// (for example a cancel the acquirer did not confirm); and refunds whose answer
// was lost. Runs at start and then periodically.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import type { PaymentProcessor } from './payment-processor.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { claimInFlight } from './payment-sql.js';
import type { RefundService } from './refund-service.js';

export class PaymentSweeper {
  private readonly task: PeriodicTask;

  private readonly db: Database;
  private readonly processor: PaymentProcessor;
  private readonly refunds: RefundService;
  private readonly logger: FastifyBaseLogger;
  /** This process's own transactions are swept once untouched this long. */
  private readonly staleAfterMs: number;
  private readonly instanceId: string;

  constructor(options: {
    db: Database;
    processor: PaymentProcessor;
    refunds: RefundService;
    logger: FastifyBaseLogger;
    intervalMs: number;
    staleAfterMs: number;
    instanceId: string;
  }) {
    const { intervalMs } = options;
    this.db = options.db;
    this.processor = options.processor;
    this.refunds = options.refunds;
    this.logger = options.logger;
    this.staleAfterMs = options.staleAfterMs;
    this.instanceId = options.instanceId;
    this.task = new PeriodicTask(() => this.sweep(), intervalMs, (err) => this.logger.error({ err }, 'payment sweep failed'));
  }

  start(): void {
    this.task.start({ immediately: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One pass; resolves when every transaction it took has been driven as far as it goes. */
  private async sweep(): Promise<void> {
    const rows = await claimInFlight(this.db, this.instanceId, this.staleAfterMs, 500);
    const mine = rows.filter((row) => !this.processor.isWorking(row.id));
    if (mine.length > 0) this.logger.info({ count: mine.length }, 'sweeping in-flight payments');
    await Promise.all(mine.map((row) => this.processor.recover(row)));
    await this.refunds.recover(this.staleAfterMs);
  }
}
