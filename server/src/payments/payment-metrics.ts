// The payment processor's metrics, registered once with the hub's registry.
import { Counter, Histogram, type Registry } from 'prom-client';

export interface PaymentMetrics {
  outcomes: Counter<'channel' | 'state'>;
  refusals: Counter<'reason'>;
  duplicates: Counter;
  cancelRetries: Counter<'channel'>;
  duration: Histogram<'state'>;
}

export function paymentMetrics(registry: Registry): PaymentMetrics {
  const registers = [registry];
  return {
    outcomes: new Counter({ name: 'hub_payments_total', help: 'Payments that reached a final state', labelNames: ['channel', 'state'], registers }),
    refusals: new Counter({ name: 'hub_pay_requests_refused_total', help: 'PayRequests refused before any transaction, by reason', labelNames: ['reason'], registers }),
    duplicates: new Counter({ name: 'hub_pay_requests_duplicate_total', help: 'PayRequests for an order number already received (redelivery or retry)', registers }),
    cancelRetries: new Counter({
      name: 'hub_payment_cancel_retries_total',
      help: 'Cancels (reverse, close) the acquirer did not confirm; the payment stays cancelling and the sweeper tries again',
      labelNames: ['channel'],
      registers,
    }),
    duration: new Histogram({
      name: 'hub_payment_duration_seconds',
      help: 'From the PayRequest to the final state',
      labelNames: ['state'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    }),
  };
}
