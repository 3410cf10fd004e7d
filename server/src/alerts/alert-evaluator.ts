// Evaluates every alert rule on a timer: opens an alert for each device in
// breach for the rule's open_after_minutes (one unresolved alert per device and
// rule), resolves those whose condition has stayed clear for its
// clear_after_minutes (a hold-off both ways, so a screen hovering at the
// threshold does not flap), and queues the tenant's webhook for both in the same
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
import { alertPayload } from './alert-payload.js';
import { allRules, findBreaches, heldBreaches, openAlerts, resolveCleared, type AlertRow, type RuleRow } from './alert-sql.js';

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
        const held = await heldBreaches(tx, rule, breaches.map((b) => b.device_id));
        const opening = breaches.filter((b) => held.has(b.device_id) && (rule.kind !== 'offline' || isOpenAt(b.trading_hours as TradingHours | null, b.timezone ?? FLEET_TIME_ZONE, now)));
        const opened = await openAlerts(tx, rule, opening);
        // A disabled rule's alerts resolve at once: nothing is watched any more.
        const resolved = await resolveCleared(tx, rule.enabled ? rule : { ...rule, clear_after_minutes: 0 }, breaches.map((b) => b.device_id));
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
