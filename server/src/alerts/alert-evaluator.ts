// Evaluates every alert rule on a timer: opens an alert for each device newly
// in breach (one unresolved alert per device and rule), resolves those whose
// condition cleared, and queues the tenant's webhook for both in the same
// transaction. Offline alerts do not open while the merchant is closed. One hub
// process evaluates at a time (a PostgreSQL advisory lock), so several
// processes never race on the same alerts.
import type { FastifyBaseLogger } from 'fastify';
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import { tryLockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database } from '../db/database.js';
import { isOpenAt, type TradingHours } from '../merchants/index.js';
import type { HubEvents } from '../platform/hub-events.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { enqueueAlertDelivery } from '../webhooks/index.js';
import { allRules, findBreaches, openAlerts, resolveCleared, type AlertRow, type RuleRow } from './alert-sql.js';

export function alertPayload(alert: AlertRow) {
  return {
    alertId: alert.id,
    ruleId: alert.rule_id,
    rule: alert.rule_name,
    kind: alert.kind,
    deviceId: alert.device_id,
    transactionId: alert.transaction_id,
    merchantId: alert.merchant_id,
    reconciliationId: alert.reconciliation_id,
    state: alert.state,
    value: alert.value,
    openedAt: alert.opened_at.toISOString(),
    resolvedAt: alert.resolved_at?.toISOString() ?? null,
  };
}

export class AlertEvaluator {
  private readonly task: PeriodicTask;

  private readonly db: Database;
  private readonly events: HubEvents;
  private readonly logger: FastifyBaseLogger;

  constructor(options: { db: Database; events: HubEvents; logger: FastifyBaseLogger; intervalMs: number }) {
    const { intervalMs } = options;
    this.db = options.db;
    this.events = options.events;
    this.logger = options.logger;
    this.task = new PeriodicTask(() => this.round(new Date()), intervalMs, (err) => this.logger.error({ err }, 'alert evaluation failed'));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One round over every rule now (or the one already running). */
  evaluate(): Promise<void> {
    return this.task.run();
  }

  private async round(now: Date): Promise<void> {
    const changed = await this.db.transaction(async (tx) => {
      if (!(await tryLockForTransaction(tx, 'alertEvaluation'))) return [];
      const changes: AlertRow[] = [];
      for (const rule of await allRules(tx)) {
        const breaches = rule.enabled ? await findBreaches(tx, rule) : [];
        const opening = breaches.filter((b) => rule.kind !== 'offline' || isOpenAt(b.trading_hours as TradingHours | null, b.timezone ?? FLEET_TIME_ZONE, now));
        const opened = await openAlerts(tx, rule, opening);
        const resolved = await resolveCleared(tx, rule, breaches.map((b) => b.device_id));
        for (const alert of [...opened, ...resolved]) {
          await enqueueAlertDelivery(tx, { tenantId: alert.tenant_id, alertId: alert.id, event: `alert.${alert.state === 'resolved' ? 'resolved' : 'opened'}`, payload: alertPayload(alert) });
        }
        changes.push(...opened, ...resolved);
        this.logRule(rule, opened.length, resolved.length);
      }
      return changes;
    });
    for (const alert of changed) this.events.publish(alert.tenant_id, `alert.${alert.state === 'resolved' ? 'resolved' : 'opened'}`, alertPayload(alert));
  }

  private logRule(rule: RuleRow, opened: number, resolved: number): void {
    if (opened + resolved > 0) this.logger.info({ ruleId: rule.id, kind: rule.kind, opened, resolved }, 'alerts changed');
  }
}
