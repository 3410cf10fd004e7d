// Drives each barcode payment from the screen's request to one final state,
// following the acquirer's rules: pay; while the buyer enters a password, poll;
// when the outcome is unknown, query, and cancel what cannot be confirmed.
// Every transition is written (payment-sql.ts `transition`) before the next
// call to the acquirer, so a crash leaves a state the sweeper can finish.
// A final answer is believed only if it is about this payment (answer-audit.ts);
// what the acquirer's rules cannot settle ends in `needs_attention`, with an alert.
import type { DeviceBroker, UplinkEvent } from '@screenhub/broker';
import type { FastifyBaseLogger } from 'fastify';
import type { Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import type { HubEvents } from '../platform/hub-events.js';
import { acquirerText } from './acquirer-text.js';
import { alertPayload, raisePaymentAlert } from '../alerts/index.js';
import type { AnswerAudit } from './answer-audit.js';
import type { AcquirerConnector, CancelOutcome, PayOutcome, QueryOutcome } from './connectors/acquirer-connector.js';
import { ANSWER_MISMATCH, type AskedFor } from './connectors/answer-check.js';
import type { ConnectorRegistry } from './connectors/connector-registry.js';
import { checkPayRequest, maskAuthCode, type CheckedPayRequest, type SignedRequestBody } from './pay-request-check.js';
import { payResultFor } from './pay-result.js';
import { webhookPayloadFor } from './webhook-payloads.js';
import {
  afterTransition,
  countCancelRetry,
  FINAL_STATES,
  findTransactionByOrder,
  transition,
  type TransactionRow,
  type TransactionState,
  type TransitionFacts,
} from './payment-sql.js';
import { PaymentWrites } from './payment-writes.js';
import { PayAdmission } from './pay-admission.js';
import { paymentMetrics, type PaymentMetrics } from './payment-metrics.js';
import { ScreenAnswers } from './screen-answers.js';
import type { DevicePaymentContext } from '../devices/index.js';
import type { DiscountDesk } from '../discounts/index.js';

export interface PaymentTimings {
  /** How far a PayRequest's signed time may be from the hub's clock. */
  maxSkewMs: number;
  /** Between queries while the buyer enters a password. */
  pollIntervalMs: number;
  /** From the request to giving up on the buyer and cancelling. */
  payTimeoutMs: number;
  /** How long a dynamic QR code stays payable. */
  qrTimeoutMs: number;
}

export interface PaymentProcessorOptions {
  db: Database;
  broker: DeviceBroker;
  connectors: ConnectorRegistry;
  /** The paying device's tenant, merchant and opened payment key, cached until the device changes (devices domain). */
  contexts: { paymentContext(deviceId: string): Promise<DevicePaymentContext | undefined> };
  logger: FastifyBaseLogger;
  registry: Registry;
  timings: PaymentTimings;
  /** Checks every final answer against what was asked (shared with refunds: one metric). */
  answers: AnswerAudit;
  /** This process's lease id: transactions it starts carry it (see instance-lease.ts). */
  instanceId: string;
  events?: HubEvents;
  /**
   * PayRequests this process works on at once; past it a request is answered RETRY_LATER without a look (no database,
   * no acquirer), so a saturated hub sheds load in microseconds instead of queueing until every payment is late.
   */
  maxInFlight: number;
  /** The least wait a RETRY_LATER tells the screen, ms (retry-after.ts); 0 tells none. */
  retryAfterMs: number;
  /** How long a group-commit batch of payment writes gathers under load, ms (0: the end of the event-loop turn). */
  writeGatherMs?: number;
  /** The bank's instant discounts: offers for a payment, reserved in the commit that inserts it. */
  discounts?: DiscountDesk;
}

export class PaymentProcessor {
  /** Transactions this process is driving now; the sweeper leaves them alone. */
  private readonly working = new Set<string>();
  private stopped = false;
  /** Whether a PayRequest is taken now, and the wait a refused one is told (pay-admission.ts). */
  private readonly admission: PayAdmission;
  private readonly metrics: PaymentMetrics;
  private readonly db: Database;
  /** What the screens are told (PayResults, QR codes, refusals). */
  private readonly screens: ScreenAnswers;
  private readonly connectors: ConnectorRegistry;
  private readonly contexts: PaymentProcessorOptions['contexts'];
  private readonly logger: FastifyBaseLogger;
  private readonly timings: PaymentTimings;
  private readonly answers: AnswerAudit;
  private readonly instanceId: string;
  private readonly events?: HubEvents;
  private readonly writes: PaymentWrites;
  private readonly discounts?: DiscountDesk;

  constructor(options: PaymentProcessorOptions) {
    this.discounts = options.discounts;
    this.db = options.db;
    this.admission = new PayAdmission(options.maxInFlight, options.retryAfterMs);
    this.metrics = paymentMetrics(options.registry);
    this.writes = new PaymentWrites(options.db, options.registry, options.writeGatherMs, options.discounts);
    this.screens = new ScreenAnswers(options.broker, options.logger, this.metrics);
    this.connectors = options.connectors;
    this.contexts = options.contexts;
    this.logger = options.logger;
    this.timings = options.timings;
    this.answers = options.answers;
    this.instanceId = options.instanceId;
    this.events = options.events;
  }

  stop(): void {
    this.stopped = true;
  }

  /** Barcode pay: the screen scanned the customer's code. */
  onPayRequest(event: UplinkEvent): Promise<void> {
    return this.accept(event, event.message.payRequest!, 'barcode');
  }

  /** Dynamic QR: the customer will scan a code the screen shows. */
  onQrPayRequest(event: UplinkEvent): Promise<void> {
    return this.accept(event, { ...event.message.qrPayRequest!, authCode: '' }, 'qr');
  }

  private async accept(event: UplinkEvent, body: SignedRequestBody, mode: 'barcode' | 'qr'): Promise<void> {
    if (!this.admission.tryEnter()) return this.screens.retryLater(event.identity.deviceId, body, this.admission.refused());
    try {
      await this.take(event, body, mode);
    } finally {
      this.admission.leave();
    }
  }

  private async take(event: UplinkEvent, body: SignedRequestBody, mode: 'barcode' | 'qr'): Promise<void> {
    const deviceId = event.identity.deviceId;
    const context = await this.contexts.paymentContext(deviceId);
    const checked = checkPayRequest(deviceId, body, context?.paymentKey, event.receivedAt, this.timings.maxSkewMs, mode);
    if (!checked.ok) return this.screens.refuse(deviceId, body.orderNo ?? '', body.amountFen ?? 0, checked.reason);
    const request = checked.request;
    const connector = context?.merchantId ? await this.connectors.forMerchant(context.merchantId) : undefined;
    if (!context?.merchantId || !connector) return this.screens.refuse(deviceId, request.orderNo, request.amountFen, 'no_merchant');

    const values = {
      tenantId: context.tenantId,
      merchantId: context.merchantId,
      deviceId,
      orderNo: request.orderNo,
      amountFen: request.amountFen,
      currency: request.currency,
      channel: connector.channel,
      authCodeMasked: mode === 'barcode' ? maskAuthCode(request.authCode) : '',
      mode,
      ownerInstance: this.instanceId,
    };
    const offers = await this.offers(values);
    // Group commit, a discount on offer reserved in the same commit.
    const row = await this.writes.insert(values, offers);
    if (!row) return this.onDuplicate(deviceId, request);
    await this.exclusive(row.id, () => (mode === 'barcode' ? this.pay(row, connector, request) : this.precreate(row, connector, request)));
  }

  /** The bank's offers for this payment, best first; none when they cannot be read (the payment is not held up for it). */
  private async offers(values: { tenantId: string; merchantId: string; deviceId: string; channel: string; amountFen: number }) {
    if (!this.discounts) return [];
    try {
      return await this.discounts.offers({ ...values, ticketFen: values.amountFen });
    } catch (err) {
      this.logger.error({ err, deviceId: values.deviceId }, 'discount offers unreadable; paying without');
      return [];
    }
  }

  /**
   * Tells the screen again what it may have missed of this payment: the PayResult once final, the code of a dynamic
   * QR still open; nothing while it is in flight (its result goes out when final, as always).
   */
  async tellAgain(row: TransactionRow): Promise<void> {
    if (FINAL_STATES.includes(row.state)) await this.screens.payResult(row.device_id, payResultFor(row));
    else if (row.mode === 'qr' && row.state === 'paying') await this.sendQrCode(row);
  }

  /** Finishes a transaction found in flight (after a restart, or stuck): used by the sweeper. */
  async recover(row: TransactionRow): Promise<void> {
    const connector = await this.connectors.forMerchant(row.merchant_id);
    if (!connector) return;
    // Work like any other payment's (and its polls are subtracted like theirs): it counts against maxInFlight.
    this.admission.enter();
    try {
      await this.recoverWith(row, connector);
    } finally {
      this.admission.leave();
    }
  }

  private async recoverWith(row: TransactionRow, connector: AcquirerConnector): Promise<void> {
    await this.exclusive(row.id, async () => {
      switch (row.state) {
        case 'paying':
          return Date.now() > this.deadline(row) ? this.cancel(row, connector) : this.poll(row, connector);
        case 'cancelling':
          return this.cancel(row, connector);
        default:
          // received, sent, unknown: the pay call may or may not have reached the acquirer.
          return this.resolve(row, connector);
      }
    });
  }

  isWorking(id: string): boolean {
    return this.working.has(id);
  }

  private async pay(sent: TransactionRow, connector: AcquirerConnector, request: CheckedPayRequest): Promise<void> {
    // The row's amount: the ticket less any discount.
    const outcome = await connector.pay({ orderNo: sent.acquirer_order_no, amountFen: sent.amount_fen, authCode: request.authCode, subject: request.subject });
    await this.follow(sent, connector, this.believed(sent, connector, 'pay', outcome));
  }

  private async precreate(sent: TransactionRow, connector: AcquirerConnector, request: CheckedPayRequest): Promise<void> {
    const outcome = await connector.precreate({ orderNo: sent.acquirer_order_no, amountFen: sent.amount_fen, subject: request.subject });
    if (outcome.kind === 'failed') return this.finish(sent, 'failed', { failureReason: outcome.reason });
    // No code reached the screen, so nobody can pay it: close the order.
    if (outcome.kind === 'unknown') return this.cancel(sent, connector);
    const paying = await this.writes.transition(sent.id, 'sent', 'paying', { qrCode: outcome.qrCode });
    if (!paying) return;
    await this.sendQrCode(paying);
    await this.poll(paying, connector);
  }

  private async sendQrCode(row: TransactionRow): Promise<void> {
    if (!row.qr_code) return;
    await this.screens.qrCode(row.device_id, { orderNo: row.order_no, content: row.qr_code, expiresAtMs: this.deadline(row), amountFen: row.amount_fen });
  }

  private async follow(row: TransactionRow, connector: AcquirerConnector, outcome: PayOutcome | QueryOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'succeeded':
        return this.finish(row, 'succeeded', { acquirerTradeNo: outcome.acquirerTradeNo, paidAt: outcome.paidAt });
      case 'failed':
        return this.finish(row, 'failed', { failureReason: outcome.reason });
      case 'pending': {
        const paying = row.state === 'paying' ? row : await this.writes.transition(row.id, row.state, 'paying', { acquirerTradeNo: outcome.acquirerTradeNo });
        if (paying) await this.poll(paying, connector);
        return;
      }
      case 'unknown': {
        const detail = { reason: acquirerText(outcome.reason), ...(outcome.mismatches ? { mismatches: outcome.mismatches } : {}) };
        const unknown = row.state === 'unknown' ? row : await this.writes.transition(row.id, row.state, 'unknown', { detail });
        if (unknown) await this.resolve(unknown, connector);
        return;
      }
      case 'not_found':
        return this.cancel(row, connector);
      case 'needs_attention':
        return this.needsAttention(row, outcome.reason);
    }
  }

  /**
   * The outcome is not known: ask; what the acquirer cannot confirm is cancelled
   * (and refunded if it was charged). A query answer about another order or
   * amount is not believed, and not acted on either: cancelling a trade the hub
   * cannot identify could undo someone else's payment, so a person settles it.
   */
  private async resolve(row: TransactionRow, connector: AcquirerConnector): Promise<void> {
    const outcome = this.believed(row, connector, 'query', await connector.query(row.acquirer_order_no));
    if (outcome.kind === 'unknown' && outcome.mismatches) return this.needsAttention(row, ANSWER_MISMATCH, { mismatches: outcome.mismatches });
    if (outcome.kind === 'unknown') return this.cancel(row, connector);
    return this.follow(row, connector, outcome);
  }

  private async poll(row: TransactionRow, connector: AcquirerConnector): Promise<void> {
    // Waiting for the buyer holds no place among the payments in flight.
    const outcome = await this.admission.waiting(async () => {
      while (!this.stopped && Date.now() < this.deadline(row)) {
        await new Promise((resolve) => setTimeout(resolve, this.timings.pollIntervalMs));
        const answer = this.believed(row, connector, 'query', await connector.query(row.acquirer_order_no));
        if ((answer.kind === 'unknown' && answer.mismatches) || answer.kind === 'succeeded' || answer.kind === 'failed') return answer;
      }
      return undefined;
    });
    // The buyer is done (or gone): what follows is work again.
    if (outcome?.kind === 'unknown' && outcome.mismatches) return this.needsAttention(row, ANSWER_MISMATCH, { mismatches: outcome.mismatches });
    if (outcome) return this.follow(row, connector, outcome);
    if (!this.stopped) await this.cancel(row, connector);
  }

  private async cancel(row: TransactionRow, connector: AcquirerConnector): Promise<void> {
    const cancelling = row.state === 'cancelling' ? row : await this.writes.transition(row.id, row.state, 'cancelling');
    if (!cancelling) return;
    const outcome = this.believed(cancelling, connector, 'cancel', await connector.cancel(row.acquirer_order_no, row.mode));
    switch (outcome.kind) {
      case 'cancelled':
        return this.finish(cancelling, 'cancelled', { failureReason: outcome.refunded ? 'refunded' : 'cancelled', detail: { refunded: outcome.refunded } });
      case 'retry':
        return this.cancelLater(cancelling, connector, outcome);
      case 'needs_attention':
        return this.needsAttention(cancelling, outcome.reason);
      case 'unknown':
        return this.needsAttention(cancelling, ANSWER_MISMATCH, { mismatches: outcome.mismatches });
    }
  }

  /**
   * Not cancelled yet: the row stays `cancelling` and the sweeper tries again.
   * When the acquirer itself said "try again" (retry_flag=Y, recall=Y) it is
   * counted, and past the acquirer's documented limit a person must look.
   */
  private async cancelLater(row: TransactionRow, connector: AcquirerConnector, outcome: Extract<CancelOutcome, { kind: 'retry' }>): Promise<void> {
    this.metrics.cancelRetries.inc({ channel: row.channel });
    if (!outcome.answered) {
      this.logger.warn({ txId: row.id, reason: outcome.reason }, 'cancel not answered; will retry');
      return;
    }
    const counted = await countCancelRetry(this.db, row.id, outcome.reason);
    if (!counted) return;
    if (counted.cancel_retries > connector.cancelRetryLimit) {
      return this.needsAttention(counted, 'cancel_retries_exhausted', { lastReason: outcome.reason, cancelRetries: counted.cancel_retries });
    }
    this.logger.warn({ txId: row.id, reason: outcome.reason, cancelRetries: counted.cancel_retries }, 'acquirer asked to retry the cancel; will retry');
  }

  /** A final state only a person can settle (the acquirer's rules have run out): the screen is told it failed. */
  private async needsAttention(row: TransactionRow, reason: string, detail: Record<string, unknown> = {}): Promise<void> {
    this.logger.error({ txId: row.id, deviceId: row.device_id, reason, ...detail }, 'payment needs a person');
    await this.finish(row, 'needs_attention', { failureReason: reason, detail: { reason, ...detail } });
  }

  /**
   * The final transition and the merchant's webhook in one commit (and, for
   * `needs_attention`, the tenant's alert): a crash cannot keep one without the other.
   * The common finals are one statement (transition with its webhook); only
   * `needs_attention` needs a transaction for the alert.
   */
  private async finish(row: TransactionRow, to: TransactionState, facts: TransitionFacts): Promise<void> {
    const webhook = { event: `payment.${to}`, payload: webhookPayloadFor(afterTransition(row, to, facts)) };
    const done =
      to === 'needs_attention'
        ? await this.db.transaction(async (tx) => {
            const moved = await transition(tx, row.id, row.state, to, facts, webhook);
            return moved && { moved, alert: await raisePaymentAlert(tx, moved) };
          })
        : await this.writes.transition(row.id, row.state, to, facts, webhook).then((moved) => moved && { moved, alert: undefined });
    if (!done) return;
    const { moved, alert } = done;
    this.metrics.outcomes.inc({ channel: moved.channel, state: to });
    this.metrics.duration.observe({ state: to }, (Date.now() - moved.created_at.getTime()) / 1000);
    this.logger.info({ txId: moved.id, deviceId: moved.device_id, state: to, amountFen: moved.amount_fen }, 'payment final');
    await this.screens.payResult(moved.device_id, payResultFor(moved));
    this.events?.publish(moved.tenant_id, `payment.${to}`, webhookPayloadFor(moved));
    if (alert) this.events?.publish(alert.tenant_id, 'alert.opened', alertPayload(alert));
  }

  /** The outcome if its answer is about this payment; otherwise unknown with the mismatches (an incident). */
  private believed<O extends PayOutcome | QueryOutcome | CancelOutcome>(row: TransactionRow, connector: AcquirerConnector, call: 'pay' | 'query' | 'cancel', outcome: O) {
    return this.answers.believe({ channel: connector.channel, txId: row.id, call }, askedFor(row, connector), outcome);
  }

  private async onDuplicate(deviceId: string, request: CheckedPayRequest): Promise<void> {
    this.metrics.duplicates.inc();
    const existing = await findTransactionByOrder(this.db, deviceId, request.orderNo);
    if (!existing) return;
    if ((existing.ticket_fen ?? existing.amount_fen) !== request.amountFen) return this.screens.refuse(deviceId, request.orderNo, request.amountFen, 'order_no_reused');
    await this.tellAgain(existing);
  }

  private deadline(row: TransactionRow): number {
    return row.created_at.getTime() + (row.mode === 'qr' ? this.timings.qrTimeoutMs : this.timings.payTimeoutMs);
  }

  private async exclusive(id: string, work: () => Promise<void>): Promise<void> {
    if (this.working.has(id)) return;
    this.working.add(id);
    try {
      await work();
    } catch (err) {
      // Left in flight; the sweeper picks it up.
      this.logger.error({ err, txId: id }, 'payment step failed');
    } finally {
      this.working.delete(id);
    }
  }
}

/** What the hub asked the acquirer for this payment. */
function askedFor(row: TransactionRow, connector: AcquirerConnector): AskedFor {
  return { orderNo: row.acquirer_order_no, amountFen: row.amount_fen, currency: row.currency, account: connector.account };
}
