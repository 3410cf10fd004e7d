// Finishes payments left in flight: at start (after a crash or restart nothing
// in flight belongs to a live flow) and then periodically for anything stuck,
// for example a cancel the acquirer did not confirm; and refunds whose answer
// was lost.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import type { PaymentProcessor } from './payment-processor.js';
import { findStaleInFlight } from './payment-sql.js';
import type { RefundService } from './refund-service.js';

export class PaymentSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly processor: PaymentProcessor,
    private readonly refunds: RefundService,
    private readonly logger: FastifyBaseLogger,
    private readonly intervalMs: number,
    /** Only transactions untouched this long are swept by the periodic pass. */
    private readonly staleAfterMs: number,
  ) {}

  start(): void {
    void this.sweep(0);
    this.timer = setInterval(() => void this.sweep(this.staleAfterMs), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; resolves when every transaction it picked has been driven as far as it goes. */
  sweep(olderThanMs: number): Promise<void> {
    this.running ??= (async () => {
      try {
        const rows = await findStaleInFlight(this.db, olderThanMs, 500);
        const mine = rows.filter((row) => !this.processor.isWorking(row.id));
        if (mine.length > 0) this.logger.info({ count: mine.length }, 'sweeping in-flight payments');
        await Promise.all(mine.map((row) => this.processor.recover(row)));
        await this.refunds.recover(olderThanMs);
      } catch (err) {
        this.logger.error({ err }, 'payment sweep failed');
      }
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
