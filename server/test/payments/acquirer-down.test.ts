// An acquirer that stops answering: the first payments wait out the timeout,
// then the circuit breaker opens and screens get a clear failure at once,
// without a call to the acquirer; when it recovers, payments flow again and the
// stuck ones are settled by the sweeper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import { alipayScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let fixture: Awaited<ReturnType<typeof alipayScene>>['fixture'];
let screen: ScreenClient;

beforeAll(async () => {
  scene = await alipayScene({
    tenant: 'Outage Bank',
    hubEnv: {
      HUB_ACQUIRER_TIMEOUT_MS: '300',
      HUB_PAY_POLL_INTERVAL_MS: '100',
      HUB_ACQUIRER_BREAKER_MIN_CALLS: '3',
      // Long enough to outlast the three stuck payments' query and cancel timeouts.
      HUB_ACQUIRER_BREAKER_RESET_MS: '4000',
    },
  });
  ({ fixture, screen } = scene);
});
afterAll(async () => scene?.stop());

const code = (i: number) => `28000000000000${String(i).padStart(2, '0')}10`;

describe('acquirer down', () => {
  it('opens the breaker, fails fast without calling the acquirer, and recovers', async () => {
    fixture.gateway.outage = true;
    const stuckResults = Promise.all([0, 1, 2].map((i) => screen.payResult(`DOWN${i}`, 40_000)));
    // Three payments run into the outage: timeout, query times out, cancel times out. They stay in flight.
    for (let i = 0; i < 3; i++) await screen.publish({ payRequest: screen.payRequest({ orderNo: `DOWN${i}`, amountFen: 100, authCode: code(i) }) });
    await eventually(async () => fixture.gateway.requests.filter((r) => r.method === 'alipay.trade.cancel').length >= 3, 10_000);

    // The breaker is open now: a new payment fails at once, and the acquirer never hears of it.
    const fast = await screen.pay({ orderNo: 'FAST1', amountFen: 100, authCode: code(10) }, 5000);
    expect(fast).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'acquirer_unavailable' });
    const fastAcquirerNo = await scene.acquirerOrderNo('FAST1');
    expect(fixture.gateway.requests.some((r) => r.outTradeNo === fastAcquirerNo)).toBe(false);

    // The acquirer comes back; after the reset time a trial payment goes through and closes the breaker.
    fixture.gateway.outage = false;
    const recovered = await eventually(async () => {
      const result = await screen.pay({ orderNo: `BACK${Date.now()}`, amountFen: 200, authCode: code(11) });
      return result.status === PayStatus.PAY_STATUS_SUCCEEDED ? result : undefined;
    }, 15_000, 200);
    expect(recovered.speech).toBe('支付宝收款2.00元');

    // The three caught in the outage are settled by the sweeper: cancelled, nothing charged.
    const results = await stuckResults;
    expect(results.map((r) => r.status)).toEqual([PayStatus.PAY_STATUS_CANCELLED, PayStatus.PAY_STATUS_CANCELLED, PayStatus.PAY_STATUS_CANCELLED]);
    const stuckAcquirerNos = await Promise.all([0, 1, 2].map((i) => scene.acquirerOrderNo(`DOWN${i}`)));
    expect(fixture.gateway.charged().filter((trade) => stuckAcquirerNos.includes(trade.outTradeNo))).toEqual([]);
  }, 60_000);
});
