// Closes the bank's discount statement of a tenant's day once the day has
// ended in every merchant's zone and a grace period has passed (payments still
// settling get in): per campaign and merchant, the subsidy owed, with the
// payments behind it. Written once, never changed; discounts that settle after
// their day closed go into the next open statement. A tenant's first statement
// is its last ended day; after a pause, missed days close in order.
import type { FastifyBaseLogger } from 'fastify';
import { lockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database } from '../db/database.js';
import { lastEndedDay } from '../platform/ended-day-sql.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import type { DiscountSettler } from './discount-settler.js';
import { addDays } from '../platform/calendar-days.js';
import { closeStatement, isStatementClosed, tenantsWithCampaigns } from './statement-sql.js';

const DAYS_PER_ROUND = 31;

export class StatementCloser {
  private readonly task: PeriodicTask;

  constructor(
    private readonly options: { db: Database; settler: DiscountSettler; logger: FastifyBaseLogger; intervalMs: number; graceMinutes: number },
  ) {
    this.task = new PeriodicTask(() => this.round(), options.intervalMs, (err) => options.logger.error({ err }, 'closing discount statements failed'));
  }

  start(): void {
    this.task.start({ immediately: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  private async round(): Promise<void> {
    for (const tenant of await tenantsWithCampaigns(this.options.db)) {
      const last = await lastEndedDay(this.options.db, tenant.zones, this.options.graceMinutes);
      let day = tenant.last_closed ? addDays(tenant.last_closed, 1) : last;
      for (let i = 0; i < DAYS_PER_ROUND && day <= last; i++, day = addDays(day, 1)) await this.closeDay(tenant.tenant_id, day);
    }
  }

  /** Closes the tenant's statement of `day` (ended payments settled first); false when it was closed already. */
  async closeDay(tenantId: string, day: string): Promise<boolean> {
    await this.options.settler.settleNow();
    const closed = await this.options.db.transaction(async (tx) => {
      await lockForTransaction(tx, 'discountStatementClose', tenantId);
      if (await isStatementClosed(tx, tenantId, day)) return undefined;
      return closeStatement(tx, tenantId, day);
    });
    if (closed) this.options.logger.info({ tenantId, day, ...closed }, 'discount statement closed');
    return closed !== undefined;
  }
}
