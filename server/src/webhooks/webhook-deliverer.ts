// Sends queued webhook deliveries: a signed JSON POST; 2xx is delivered,
// anything else (a redirect too: none is followed) is retried with exponential
// backoff and jitter until `maxAttempts`, then marked failed. A call the
// outbound rules refuse (an internal address, at write time or once resolved)
// fails at once: retrying would be refused the same way. Runs in every hub
// process; claims make each delivery go out from one process at a time.
import type { FastifyBaseLogger } from 'fastify';
import { Counter, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { OutboundRefusedError, type OutboundHttp } from '../platform/outbound-http.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import type { SecretBox } from '../platform/secret-box.js';
import { signWebhook } from './webhook-signature.js';
import { claimDueDeliveries, recordAttempt, type DueDelivery } from './webhook-sql.js';

/** Longest error text kept in the delivery log. */
const ERROR_MAX_CHARS = 200;

export interface DeliveryPolicy {
  intervalMs: number;
  timeoutMs: number;
  maxAttempts: number;
  /** Backoff before retry n is min(max, base · 2^(n-1)), jittered ±20 %. */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export interface WebhookDelivererOptions {
  db: Database;
  secretBox: SecretBox;
  logger: FastifyBaseLogger;
  registry: Registry;
  policy: DeliveryPolicy;
  /** The only way out: checks every URL and the address it connects to. */
  http: OutboundHttp;
}

export class WebhookDeliverer {
  private readonly task: PeriodicTask;
  private readonly outcomes: Counter<'result'>;
  private readonly db: Database;
  private readonly logger: FastifyBaseLogger;
  private readonly policy: DeliveryPolicy;

  constructor(private readonly options: WebhookDelivererOptions) {
    this.db = options.db;
    this.logger = options.logger;
    this.policy = options.policy;
    this.outcomes = new Counter({ name: 'hub_webhook_attempts_total', help: 'Webhook delivery attempts by result', labelNames: ['result'], registers: [options.registry] });
    this.task = new PeriodicTask(() => this.round(), this.policy.intervalMs, (err) => this.logger.error({ err }, 'webhook round failed'));
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
    let refused = false;
    try {
      ({ status } = await this.options.http.post(delivery.webhook_url, {
        headers: {
          'content-type': 'application/json',
          'x-screenhub-event': delivery.event,
          'x-screenhub-delivery': delivery.id,
          'x-screenhub-signature': signWebhook(this.options.secretBox.open(delivery.webhook_secret), Date.now(), body),
        },
        body,
        timeoutMs: this.policy.timeoutMs,
      }));
    } catch (err) {
      refused = err instanceof OutboundRefusedError;
      if (refused) this.logger.warn({ deliveryId: delivery.id, tenantId: delivery.tenant_id, addresses: (err as OutboundRefusedError).addresses, reason: (err as Error).message }, 'webhook refused');
      error = `${refused ? 'refused: ' : ''}${(err as Error).message}`.slice(0, ERROR_MAX_CHARS);
    }
    const delivered = status !== null && status >= 200 && status < 300;
    const attempt = delivery.attempts + 1;
    const retryInMs = delivered || refused || attempt >= this.policy.maxAttempts ? null : this.backoff(attempt);
    await recordAttempt(this.db, delivery.id, { delivered, status, error: error ?? (delivered ? null : statusError(status!)), retryInMs });
    this.outcomes.inc({ result: delivered ? 'delivered' : refused ? 'refused' : retryInMs === null ? 'gave_up' : 'retry' });
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.policy.backoffMaxMs, this.policy.backoffBaseMs * 2 ** (attempt - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }
}

/** What the log says about a non-2xx answer. */
function statusError(status: number): string {
  return status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}`;
}
