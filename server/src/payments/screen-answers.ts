// What the payment path tells a screen: a PayResult (final, refused, or "try
// again later"), or the code of a dynamic QR to show. One message-id sequence
// for both; a publish that fails is logged, never thrown into a payment's flow
// (the screen asks again, and Hello offers the outcome again).
import type { DeviceBroker } from '@screenhub/broker';
import type { DownlinkProps } from '@screenhub/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { SignedRequestBody } from './pay-request-check.js';
import { refusalFor, retryLaterFor } from './pay-result.js';
import type { PaymentMetrics } from './payment-metrics.js';

/** The longest order number echoed back to a screen (what a PayRequest may carry). */
const MAX_ORDER_NO = 64;

export class ScreenAnswers {
  private nextMessageId = 1;

  constructor(
    private readonly broker: DeviceBroker,
    private readonly logger: FastifyBaseLogger,
    private readonly metrics: PaymentMetrics,
  ) {}

  async payResult(deviceId: string, payResult: NonNullable<DownlinkProps['payResult']>, qos: 0 | 1 = 1): Promise<void> {
    await this.send(deviceId, { payResult }, qos, 'PayResult');
  }

  async qrCode(deviceId: string, qrCode: NonNullable<DownlinkProps['qrCode']>): Promise<void> {
    await this.send(deviceId, { qrCode }, 1, 'QrCode');
  }

  /** A request refused before any transaction exists, with why. */
  async refuse(deviceId: string, orderNo: string, amountFen: number, reason: string): Promise<void> {
    this.metrics.refusals.inc({ reason });
    this.logger.warn({ deviceId, orderNo: orderNo.slice(0, MAX_ORDER_NO), reason }, 'pay request refused');
    await this.payResult(deviceId, refusalFor(orderNo.slice(0, MAX_ORDER_NO), amountFen, reason));
  }

  /**
   * Not taken: the screen sends the same request again once `retryAfterMs` has passed (PAY_STATUS_RETRY_LATER says
   * nothing about the order). Nothing is read or written for it.
   */
  async retryLater(deviceId: string, body: SignedRequestBody, retryAfterMs: number): Promise<void> {
    this.metrics.refusals.inc({ reason: 'busy' });
    // QoS 0: a refusal is advice, not an outcome, and past capacity there are many; at QoS 1 each also cost the hub
    // a PUBACK to read and an in-flight entry. It is lost only with the connection; a screen left without an answer
    // sends the same request again when its wait for the answer runs out, as after any lost message.
    await this.payResult(deviceId, retryLaterFor((body.orderNo ?? '').slice(0, MAX_ORDER_NO), body.amountFen ?? 0, retryAfterMs), 0);
  }

  private async send(deviceId: string, body: Pick<DownlinkProps, 'payResult' | 'qrCode'>, qos: 0 | 1, what: string): Promise<void> {
    try {
      await this.broker.sendDownlink(deviceId, { messageId: this.nextMessageId++, sentAtMs: Date.now(), ...body }, qos);
    } catch (err) {
      this.logger.error({ err, deviceId }, `could not publish ${what}`);
    }
  }
}
