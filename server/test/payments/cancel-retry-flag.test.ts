// Alipay's cancel answers say whether to try again (retry_flag). The hub
// follows Alipay's face-to-face SDK: while Y, at most three more cancels; on N,
// or when the retries run out, the payment ends in needs_attention with an
// alert, the screen is told it failed, and the sweeper never takes it up
// again: the gateway's count of cancel requests stays put. Real MQTT, the real
// connector, the local Alipay gateway (auth codes …97: cancel refused with
// retry_flag=N; …98: cancel answered retry_flag=Y `cancelBusyAnswers` times).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let n = 0;
const order = () => `CXL${Date.now()}${n++}`;
const code = (suffix: string) => `28${String(Date.now()).slice(-10)}${String(n).padStart(4, '0')}${suffix}`;
/** Longer than three sweeps (every second here, once a row is 0.9 s old). */
const THREE_SWEEPS_MS = 3500;

beforeAll(async () => {
  scene = await alipayScene({
    tenant: 'Cancel Bank',
    hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '400', HUB_PAY_POLL_INTERVAL_MS: '100', HUB_PAY_TIMEOUT_MS: '1000' },
  });
});
afterAll(async () => scene?.stop());

interface Tx {
  id: string;
  state: string;
  failureReason: string | null;
  acquirerOrderNo: string;
  events: Array<{ fromState: string | null; toState: string; detail: Record<string, unknown> | null }>;
}

async function transactionOf(orderNo: string): Promise<Tx> {
  const list = await scene.admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`);
  return (await scene.admin.get(`/api/transactions/${list.body[0].id}`)).body;
}
const cancels = (outTradeNo: string) => scene.fixture.gateway.requests.filter((r) => r.method === 'alipay.trade.cancel' && r.outTradeNo === outTradeNo).length;
const alertsOf = async (transactionId: string) => (await scene.admin.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ transactionId }))}`)).body as Array<Record<string, unknown>>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('alipay.trade.cancel retry_flag', () => {
  it('N: the payment needs a person, the screen is told it failed, an alert opens, and the cancel is not sent again', async () => {
    const orderNo = order();
    const result = await scene.screen.pay({ orderNo, amountFen: 4200, authCode: code('97') });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'ACQ.TRADE_STATUS_ERROR', speech: '支付失败' });
    const tx = await transactionOf(orderNo);
    expect(tx).toMatchObject({ state: 'needs_attention', failureReason: 'ACQ.TRADE_STATUS_ERROR' });
    expect(tx.events.map((e) => e.toState)).toEqual(['received', 'sent', 'paying', 'cancelling', 'needs_attention']);
    expect(await alertsOf(tx.id)).toMatchObject([{ kind: 'payment_needs_attention', state: 'open', transactionId: tx.id, deviceId: scene.deviceId, value: 4200 }]);
    expect(cancels(tx.acquirerOrderNo)).toBe(1);
    await sleep(THREE_SWEEPS_MS);
    expect(cancels(tx.acquirerOrderNo)).toBe(1);
    expect((await transactionOf(orderNo)).state).toBe('needs_attention');
    // Visible as a state of its own in the list, for the console's filter.
    const listed = await scene.admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ state: 'needs_attention', orderNo }))}`);
    expect(listed.body).toHaveLength(1);
  });

  it('Y twice, then the cancel goes through: cancelled, each "try again" in the history', async () => {
    const orderNo = order();
    const result = await scene.screen.pay({ orderNo, amountFen: 4300, authCode: code('98') });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_CANCELLED });
    const tx = await transactionOf(orderNo);
    expect(tx.state).toBe('cancelled');
    expect(tx.events.map((e) => e.toState)).toEqual(['received', 'sent', 'paying', 'cancelling', 'cancelling', 'cancelling', 'cancelled']);
    expect(tx.events.slice(4, 6).map((e) => e.detail)).toEqual([
      { cancelRetry: 1, reason: 'ACQ.SYSTEM_ERROR' },
      { cancelRetry: 2, reason: 'ACQ.SYSTEM_ERROR' },
    ]);
    expect(cancels(tx.acquirerOrderNo)).toBe(3);
    expect(scene.fixture.gateway.trade(scene.fixture.credentials.appId, tx.acquirerOrderNo)?.status).toBe('TRADE_CLOSED');
    expect(await alertsOf(tx.id)).toEqual([]);
  });

  it('Y past the limit: the first cancel and three more, then a person; no more cancels after that', async () => {
    scene.fixture.gateway.behaviour.cancelBusyAnswers = 100;
    try {
      const orderNo = order();
      const result = await scene.screen.pay({ orderNo, amountFen: 4400, authCode: code('98') });
      expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'cancel_retries_exhausted' });
      const tx = await transactionOf(orderNo);
      expect(tx.state).toBe('needs_attention');
      expect(tx.events.at(-1)?.detail).toMatchObject({ reason: 'cancel_retries_exhausted', lastReason: 'ACQ.SYSTEM_ERROR', cancelRetries: 4 });
      expect(cancels(tx.acquirerOrderNo)).toBe(4);
      await sleep(THREE_SWEEPS_MS);
      expect(cancels(tx.acquirerOrderNo)).toBe(4);
      expect(await alertsOf(tx.id)).toHaveLength(1);
    } finally {
      scene.fixture.gateway.behaviour.cancelBusyAnswers = 2;
    }
  });
});
