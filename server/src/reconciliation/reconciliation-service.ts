// Use cases of reconciliation: compare one merchant-day (the acquirer's bill
// against the hub's ledger), save it as an operator's report, or finish a
// scheduled run with it: report, run marked done and, for mismatches, the
// tenant's alert, all in one commit by the process that holds the run.
import type { FastifyBaseLogger } from 'fastify';
import { alertPayload, raiseReconciliationAlert } from '../alerts/index.js';
import type { Database } from '../db/database.js';
import type { HubEvents } from '../platform/hub-events.js';
import type { StatementFetch } from '../payments/index.js';
import { insertReport, ledgerPayments, ledgerRefunds, saveReport, type ReconciliationRow } from './reconciliation-sql.js';
import { abandonRun, finishRun, lockHeldRun, postponeRun, type ClaimedRun } from './reconciliation-run-sql.js';
import { matchStatement, type MismatchItem } from './statement-matcher.js';

/** Where a merchant's bills come from: the payments domain's connector for it. */
export interface BillSource {
  forMerchant(merchantId: string): Promise<{ fetchStatement(day: string): Promise<StatementFetch> } | undefined>;
}

export type Comparison = { kind: 'compared'; matched: number; items: MismatchItem[] } | { kind: 'not_ready'; reason: string };

export interface RetryPolicy {
  retryMs: number;
  maxAttempts: number;
}

export class ReconciliationService {
  constructor(
    private readonly options: { db: Database; bills: BillSource; events?: HubEvents; logger: FastifyBaseLogger; instanceId: string; retry: RetryPolicy },
  ) {}

  /** The day's bill against the ledger. Throws when the merchant has no acquirer or the bill cannot be had or read. */
  async compare(merchantId: string, day: string): Promise<Comparison> {
    const connector = await this.options.bills.forMerchant(merchantId);
    if (!connector) throw new Error('the merchant has no acquirer connection');
    const fetched = await connector.fetchStatement(day);
    if (fetched.kind === 'not_ready') return fetched;
    const [payments, refunds] = await Promise.all([ledgerPayments(this.options.db, merchantId, day), ledgerRefunds(this.options.db, merchantId, day)]);
    return { kind: 'compared', ...matchStatement(fetched.statement, payments, refunds) };
  }

  /** An operator's reconciliation (the POST): always a new report. */
  async reportFor(merchant: { id: string; tenantId: string }, day: string, requestedBy: string): Promise<ReconciliationRow | { kind: 'not_ready'; reason: string }> {
    const comparison = await this.compare(merchant.id, day);
    if (comparison.kind === 'not_ready') return comparison;
    return saveReport(this.options.db, { tenantId: merchant.tenantId, merchantId: merchant.id, day, matched: comparison.matched, items: comparison.items, requestedBy });
  }

  /** One try of a scheduled run this process claimed; returns how the run stands after it. */
  async runClaimed(run: ClaimedRun): Promise<'done' | 'waiting' | 'abandoned' | 'taken_over'> {
    const { db, instanceId, logger } = this.options;
    let comparison: Comparison;
    try {
      comparison = await this.compare(run.merchant_id, run.bill_date);
    } catch (err) {
      comparison = { kind: 'not_ready', reason: (err as Error).message };
      logger.warn({ merchantId: run.merchant_id, day: run.bill_date, attempt: run.attempts, err: (err as Error).message }, 'reconciliation bill unavailable');
    }
    if (comparison.kind === 'not_ready') return this.notReady(run, comparison.reason);
    const { matched, items } = comparison;
    const done = await db.transaction(async (tx) => {
      // Another process took the run over after our lease lapsed: its report counts, ours is not written.
      if (!(await lockHeldRun(tx, run, instanceId))) return undefined;
      const report = await insertReport(tx, { tenantId: run.tenant_id, merchantId: run.merchant_id, day: run.bill_date, matched, items });
      await finishRun(tx, run, instanceId, report.id);
      const alert = items.length > 0 ? await raiseReconciliationAlert(tx, { tenantId: run.tenant_id, merchantId: run.merchant_id, kind: 'reconciliation_mismatch', reconciliationId: report.id, value: items.length }) : undefined;
      return { report, alert };
    });
    if (!done) return 'taken_over';
    if (done.alert) this.options.events?.publish(done.alert.tenant_id, 'alert.opened', alertPayload(done.alert));
    logger.info({ merchantId: run.merchant_id, day: run.bill_date, matched, mismatched: items.length, reportId: done.report.id }, 'daily reconciliation');
    return 'done';
  }

  private async notReady(run: ClaimedRun, reason: string): Promise<'waiting' | 'abandoned' | 'taken_over'> {
    const { db, instanceId, retry } = this.options;
    if (run.attempts < retry.maxAttempts) {
      await postponeRun(db, run, instanceId, retry.retryMs, reason);
      return 'waiting';
    }
    const alert = await db.transaction(async (tx) => {
      if (!(await abandonRun(tx, run, instanceId, reason))) return null;
      return (await raiseReconciliationAlert(tx, { tenantId: run.tenant_id, merchantId: run.merchant_id, kind: 'reconciliation_unavailable', value: run.attempts })) ?? undefined;
    });
    if (alert === null) return 'taken_over';
    if (alert) this.options.events?.publish(alert.tenant_id, 'alert.opened', alertPayload(alert));
    return 'abandoned';
  }
}
