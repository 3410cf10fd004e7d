// Closes each tenant's ad revenue day once it has ended (in the tenant's
// statement time zone) and its grace period has passed: the day's booked
// plays, and late plays of days already closed, go into the statement, which
// is priced and split like the monthly one and written once, never changed.
// One hub process closes at a time (an advisory lock); the day's primary key
// makes a second close a no-op.
import type { FastifyBaseLogger } from 'fastify';
import { tryLockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database, Queryable } from '../db/database.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { assignPlays, insertRevenueDay, nextDayToClose, statementUnits, tenantsWithOpenPlays } from './daily-statement-sql.js';
import { buildStatement } from './monthly-statement.js';
import { merchantNames } from './revenue-sql.js';
import { overrides, tenantShares } from './share-sql.js';
import { statementFigures } from './statement-figures.js';

/** Days a tenant closes per round at most: a backlog (a hub off for a month) is worked off over a few rounds, each short. */
const DAYS_PER_ROUND = 31;

export class StatementCloser {
  private readonly task: PeriodicTask;
  private readonly db: Database;
  private readonly logger: FastifyBaseLogger;
  private readonly graceMinutes: number;

  constructor(options: { db: Database; logger: FastifyBaseLogger; intervalMs: number; graceMinutes: number }) {
    this.db = options.db;
    this.logger = options.logger;
    this.graceMinutes = options.graceMinutes;
    this.task = new PeriodicTask(() => this.round(), options.intervalMs, (err) => this.logger.error({ err }, 'closing ad revenue days failed'));
  }

  start(): void {
    this.task.start({ immediately: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One round now (or the one running). */
  run(): Promise<void> {
    return this.task.run();
  }

  private async round(): Promise<void> {
    const closed = await this.db.transaction(async (tx) => {
      if (!(await tryLockForTransaction(tx, 'adStatementClose'))) return [];
      const days: string[] = [];
      for (const { tenant_id: tenantId, zone } of await tenantsWithOpenPlays(tx)) {
        for (let i = 0; i < DAYS_PER_ROUND; i++) {
          const day = await nextDayToClose(tx, tenantId, zone, this.graceMinutes);
          if (!day) break;
          await this.close(tx, tenantId, zone, day);
          days.push(`${tenantId} ${day}`);
        }
      }
      return days;
    });
    if (closed.length > 0) this.logger.info({ days: closed }, 'ad revenue days closed');
  }

  private async close(tx: Queryable, tenantId: string, zone: string, day: string): Promise<void> {
    const counts = await assignPlays(tx, tenantId, zone, day);
    const units = await statementUnits(tx, tenantId, zone, day);
    const merchantIds = [...new Set(units.map((u) => u.merchantId).filter((id): id is string => id !== null))];
    const statement = buildStatement(units, await tenantShares(tx, tenantId), await overrides(tx, tenantId), await merchantNames(tx, tenantId, merchantIds));
    await insertRevenueDay(tx, {
      tenant_id: tenantId,
      day,
      total_fen: statement.totalFen.toString(),
      operator_fen: statement.operatorFen.toString(),
      bank_fen: statement.bankFen.toString(),
      merchants_fen: statement.merchantsFen.toString(),
      billed_plays: counts.billed,
      late_plays: counts.late,
      unbilled_plays: counts.unbilled,
      statement: statementFigures(statement),
    });
  }
}
