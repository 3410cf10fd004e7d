// Finishes payments left in flight: those of a hub process that is gone (its
// lease expired: a crash, a kill, a lost machine), taken over atomically so two
// survivors never drive the same one, and this process's own that got stuck
// (for example a cancel the acquirer did not confirm); and refunds whose answer
// was lost. Runs at start and then periodically.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import type { PaymentProcessor } from './payment-processor.js';
import { claimInFlight } from './payment-sql.js';
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
    private readonly instanceId: string,
  ) {}

  start(): void {
    void this.sweep(this.staleAfterMs);
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
        const rows = await claimInFlight(this.db, this.instanceId, olderThanMs, 500);
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
