// Sends queued webhook deliveries: a signed JSON POST; 2xx is delivered,
// anything else is retried with exponential backoff and jitter until
// `maxAttempts`, then marked failed. Runs in every hub process; claims make
// each delivery go out from one process at a time.
import type { FastifyBaseLogger } from 'fastify';
import { Counter, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import type { SecretBox } from '../platform/secret-box.js';
import { signWebhook } from './webhook-signature.js';
import { claimDueDeliveries, recordAttempt, type DueDelivery } from './webhook-sql.js';

export interface DeliveryPolicy {
  intervalMs: number;
  timeoutMs: number;
  maxAttempts: number;
  /** Backoff before retry n is min(max, base · 2^(n-1)), jittered ±20 %. */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export class WebhookDeliverer {
  private readonly task: PeriodicTask;
  private readonly outcomes: Counter<'result'>;

  constructor(
    private readonly db: Database,
    private readonly secretBox: SecretBox,
    private readonly logger: FastifyBaseLogger,
    registry: Registry,
    private readonly policy: DeliveryPolicy,
  ) {
    this.outcomes = new Counter({ name: 'hub_webhook_attempts_total', help: 'Webhook delivery attempts by result', labelNames: ['result'], registers: [registry] });
    this.task = new PeriodicTask(() => this.round(), policy.intervalMs, (err) => this.logger.error({ err }, 'webhook round failed'));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One round: claim what is due and send it. */
  private async round(): Promise<void> {
    const due = await claimDueDeliveries(this.db, 50, this.policy.timeoutMs * 2);
    await Promise.all(due.map((delivery) => this.send(delivery)));
  }

  private async send(delivery: DueDelivery): Promise<void> {
    const body = JSON.stringify({ id: delivery.id, event: delivery.event, createdAt: delivery.created_at.toISOString(), data: delivery.payload });
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.webhook_url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-screenhub-event': delivery.event,
          'x-screenhub-delivery': delivery.id,
          'x-screenhub-signature': signWebhook(this.secretBox.open(delivery.webhook_secret), Date.now(), body),
        },
        body,
        signal: AbortSignal.timeout(this.policy.timeoutMs),
        redirect: 'manual',
      });
      status = response.status;
      await response.body?.cancel();
    } catch (err) {
      error = (err as Error).message.slice(0, 200);
    }
    const delivered = status !== null && status >= 200 && status < 300;
    const attempt = delivery.attempts + 1;
    const retryInMs = delivered || attempt >= this.policy.maxAttempts ? null : this.backoff(attempt);
    await recordAttempt(this.db, delivery.id, { delivered, status, error: error ?? (delivered ? null : `HTTP ${status}`), retryInMs });
    this.outcomes.inc({ result: delivered ? 'delivered' : retryInMs === null ? 'gave_up' : 'retry' });
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.policy.backoffMaxMs, this.policy.backoffBaseMs * 2 ** (attempt - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }
}
