// The hub believes an acquirer's final answer only if it is about what the hub
// asked for: the hub's order number, the amount, the currency, the merchant
// account. The local gateways are made to answer about another amount or
// another order (their test-only `tamper` hook, which changes an answer before
// it is signed, as a confused acquirer or a mixed-up proxy would), to answer
// "already paid" for our own request delivered twice, and to hold a number for
// another order. The screen is never told "succeeded" for money that did not
// arrive, and the API shows the truth. Real MQTT, real connectors, both acquirers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { alipayScene, wechatScene, type PaymentScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

type Call = 'pay' | 'query' | 'refund';
type Lie = 'amount' | 'orderNo';
/** A number the hub never gave out. */
const OTHER_ORDER = 'f'.repeat(32);
// The breaker counts "already paid" as an unknown outcome; these tests make several on purpose.
const hubEnv = { HUB_ACQUIRER_TIMEOUT_MS: '400', HUB_PAY_POLL_INTERVAL_MS: '100', HUB_PAY_TIMEOUT_MS: '1500', HUB_ACQUIRER_BREAKER_MIN_CALLS: '1000' };
const behaviour = { passwordDelayMs: 300 };

/** What a test needs from one acquirer's local gateway. */
interface Side {
  scene: PaymentScene<unknown>;
  /** "Already paid", in this acquirer's words. */
  alreadyPaid: string;
  /** From now on, answers to `calls` about one trade (the one paid with `authCode`, or numbered `outTradeNo`) lie about `lie`. */
  tamper(trade: { authCode?: string; outTradeNo?: string }, calls: Call[], lie: Lie): void;
  untamper(): void;
  trade(outTradeNo: string): { paid: boolean; amountFen: number } | undefined;
  /** How many cancel (reverse) or refund requests the gateway received for this number. */
  requests(outTradeNo: string, call: 'cancel' | 'refund'): number;
}

async function alipaySide(): Promise<Side> {
  const scene = await alipayScene({ tenant: 'Answers Alipay Bank', hubEnv, behaviour });
  const { gateway, credentials } = scene.fixture;
  const calls: Record<string, Call> = { 'alipay.trade.pay': 'pay', 'alipay.trade.query': 'query', 'alipay.trade.refund': 'refund' };
  return {
    scene,
    alreadyPaid: 'ACQ.TRADE_HAS_SUCCESS',
    tamper({ authCode, outTradeNo }, which, lie) {
      const numbers = new Set(outTradeNo ? [outTradeNo] : []);
      gateway.tamper = ({ method, request, answer }) => {
        if (method === 'alipay.trade.pay' && authCode && request.auth_code === authCode) numbers.add(request.out_trade_no ?? '');
        const call = calls[method];
        if (!call || !which.includes(call) || !numbers.has(request.out_trade_no ?? '')) return answer;
        return lie === 'amount' ? { ...answer, total_amount: '99.99' } : { ...answer, out_trade_no: OTHER_ORDER };
      };
    },
    untamper: () => (gateway.tamper = undefined),
    trade(outTradeNo) {
      const trade = gateway.trade(credentials.appId, outTradeNo);
      return trade && { paid: trade.status === 'TRADE_SUCCESS' && !trade.refunded, amountFen: trade.amountFen };
    },
    requests: (outTradeNo, call) => gateway.requests.filter((r) => r.method === `alipay.trade.${call}` && r.outTradeNo === outTradeNo).length,
  };
}

async function wechatSide(): Promise<Side> {
  const scene = await wechatScene({ tenant: 'Answers WeChat Bank', hubEnv, behaviour });
  const { gateway } = scene.fixture;
  const calls: Record<string, Call> = { '/pay/micropay': 'pay', '/pay/orderquery': 'query', '/secapi/pay/refund': 'refund' };
  return {
    scene,
    alreadyPaid: 'ORDERPAID',
    tamper({ authCode, outTradeNo }, which, lie) {
      const numbers = new Set(outTradeNo ? [outTradeNo] : []);
      gateway.tamper = ({ path, request, answer }) => {
        if (path === '/pay/micropay' && authCode && request.auth_code === authCode) numbers.add(request.out_trade_no ?? '');
        const call = calls[path];
        if (!call || !which.includes(call) || !numbers.has(request.out_trade_no ?? '')) return answer;
        if (lie === 'orderNo') return { ...answer, out_trade_no: OTHER_ORDER };
        return { ...answer, [call === 'refund' ? 'refund_fee' : 'total_fee']: '9999' };
      };
    },
    untamper: () => (gateway.tamper = undefined),
    trade(outTradeNo) {
      const trade = gateway.trades.get(outTradeNo);
      return trade && { paid: trade.state === 'SUCCESS', amountFen: trade.amountFen };
    },
    requests: (outTradeNo, call) => gateway.requests.filter((r) => r.path === `/secapi/pay/${call === 'cancel' ? 'reverse' : 'refund'}` && r.outTradeNo === outTradeNo).length,
  };
}

interface Tx {
  id: string;
  state: string;
  amountFen: number;
  failureReason: string | null;
  acquirerOrderNo: string;
  events: Array<{ toState: string; detail: { reason?: string; mismatches?: Array<{ field: string; asked: unknown; answered: unknown }> } | null }>;
  refunds: Array<{ state: string; failureReason: string | null }>;
}

describe.each([
  ['alipay', alipaySide],
  ['wechat', wechatSide],
] as const)('%s answers', (channel, start) => {
  let side: Side;
  let n = 0;
  const order = () => `ANS${Date.now()}${n++}`;
  const code = (suffix: string) => `28${String(Date.now()).slice(-10)}${String(n).padStart(4, '0')}${suffix}`;

  beforeAll(async () => {
    side = await start();
  });
  afterAll(async () => side?.scene.stop());

  async function transactionOf(orderNo: string): Promise<Tx> {
    const { admin, deviceId } = side.scene;
    const list = await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ deviceId, orderNo }))}`);
    expect(list.body).toHaveLength(1);
    return (await admin.get(`/api/transactions/${list.body[0].id}`)).body;
  }
  async function alertsOf(transactionId: string) {
    return (await side.scene.admin.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ transactionId }))}`)).body as Array<{ kind: string; state: string; transactionId: string; ruleId: string | null }>;
  }
  const states = (tx: Tx) => tx.events.map((e) => e.toState);
  const mismatchesOf = (tx: Tx) => tx.events.flatMap((e) => e.detail?.mismatches ?? []);

  it('a pay answer for another amount is not believed; the query confirms what was charged', async () => {
    const orderNo = order();
    const authCode = code('10');
    side.tamper({ authCode }, ['pay'], 'amount');
    const result = await side.scene.screen.pay({ orderNo, amountFen: 1000, authCode });
    side.untamper();
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1000 });
    const tx = await transactionOf(orderNo);
    expect(tx.state).toBe('succeeded');
    expect(states(tx)).toEqual(['received', 'sent', 'unknown', 'succeeded']);
    expect(tx.events[2]!.detail).toMatchObject({ reason: 'answer_mismatch', mismatches: [{ field: 'amountFen', asked: 1000, answered: 9999 }] });
    expect(side.trade(tx.acquirerOrderNo)).toEqual({ paid: true, amountFen: 1000 });
    const metrics = (await side.scene.t.api.get('/metrics')).body as string;
    expect(metrics).toMatch(new RegExp(`hub_acquirer_answer_mismatches_total\\{channel="${channel}",field="amountFen"\\} [1-9]`));
  });

  it('a query answer for another amount is never "succeeded": the payment needs a person, with an alert', async () => {
    const orderNo = order();
    const authCode = code('10');
    side.tamper({ authCode }, ['pay', 'query'], 'amount');
    const result = await side.scene.screen.pay({ orderNo, amountFen: 1000, authCode });
    side.untamper();
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'answer_mismatch', speech: '支付失败' });
    const tx = await transactionOf(orderNo);
    expect(tx).toMatchObject({ state: 'needs_attention', failureReason: 'answer_mismatch' });
    expect(states(tx)).toEqual(['received', 'sent', 'unknown', 'needs_attention']);
    expect(mismatchesOf(tx)).toContainEqual({ field: 'amountFen', asked: 1000, answered: 9999 });
    expect(await alertsOf(tx.id)).toMatchObject([{ kind: 'payment_needs_attention', state: 'open', transactionId: tx.id, ruleId: null }]);
    // Nothing was undone on the strength of an answer about something else.
    expect(side.requests(tx.acquirerOrderNo, 'cancel')).toBe(0);
    expect(side.trade(tx.acquirerOrderNo)).toEqual({ paid: true, amountFen: 1000 });
  });

  it('a query answer about another order, while the buyer enters a password, is never "succeeded"', async () => {
    const orderNo = order();
    const authCode = code('92'); // the buyer confirms after 300 ms: the hub polls
    side.tamper({ authCode }, ['query'], 'orderNo');
    const result = await side.scene.screen.pay({ orderNo, amountFen: 2500, authCode });
    side.untamper();
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, failureReason: 'answer_mismatch' });
    const tx = await transactionOf(orderNo);
    expect(tx.state).toBe('needs_attention');
    expect(mismatchesOf(tx)).toContainEqual({ field: 'orderNo', asked: tx.acquirerOrderNo, answered: OTHER_ORDER });
  });

  it('our own request delivered twice ("already paid"): believed after the query, charged once', async () => {
    const orderNo = order();
    const result = await side.scene.screen.pay({ orderNo, amountFen: 1800, authCode: code('99') });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1800 });
    const tx = await transactionOf(orderNo);
    expect(states(tx)).toEqual(['received', 'sent', 'unknown', 'succeeded']);
    expect(tx.events[2]!.detail).toEqual({ reason: side.alreadyPaid });
    expect(side.trade(tx.acquirerOrderNo)).toEqual({ paid: true, amountFen: 1800 });
  });

  it('"already paid", and the query names another amount: a person, never "succeeded"', async () => {
    const orderNo = order();
    const authCode = code('99');
    side.tamper({ authCode }, ['query'], 'amount');
    const result = await side.scene.screen.pay({ orderNo, amountFen: 1800, authCode });
    side.untamper();
    expect(result.status).toBe(PayStatus.PAY_STATUS_FAILED);
    expect((await transactionOf(orderNo)).state).toBe('needs_attention');
  });

  it('a number another order holds: never paid, and that order is left untouched', async () => {
    const orderNo = order();
    const result = await side.scene.screen.pay({ orderNo, amountFen: 1000, authCode: code('90') });
    expect(result.status).toBe(PayStatus.PAY_STATUS_FAILED);
    const tx = await transactionOf(orderNo);
    // Alipay answers ACQ.TRADE_HAS_SUCCESS and its query names the other order's amount;
    // WeChat answers OUT_TRADE_NO_USED. Either way no cancel: it would undo the other order.
    expect(tx).toMatchObject({ state: 'needs_attention', failureReason: channel === 'alipay' ? 'answer_mismatch' : 'OUT_TRADE_NO_USED' });
    expect(side.requests(tx.acquirerOrderNo, 'cancel')).toBe(0);
    expect(side.trade(tx.acquirerOrderNo)).toEqual({ paid: true, amountFen: 1100 });
    expect(await alertsOf(tx.id)).toHaveLength(1);
  });

  it('a refund answer about another order: the refund needs a person, the payment keeps its state', async () => {
    const orderNo = order();
    expect((await side.scene.screen.pay({ orderNo, amountFen: 900, authCode: code('10') })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const paid = await transactionOf(orderNo);
    side.tamper({ outTradeNo: paid.acquirerOrderNo }, ['refund'], 'orderNo');
    const refund = await side.scene.admin.post(`/api/transactions/${paid.id}/refunds`, { amountFen: 300, refundNo: `R${orderNo}` });
    side.untamper();
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({ state: 'needs_attention', failureReason: 'answer_mismatch' });
    const tx = await transactionOf(orderNo);
    expect(tx).toMatchObject({ state: 'succeeded', refunds: [{ state: 'needs_attention' }] });
    expect(mismatchesOf(tx)).toContainEqual({ field: 'orderNo', asked: tx.acquirerOrderNo, answered: OTHER_ORDER });
    expect(await alertsOf(tx.id)).toMatchObject([{ kind: 'payment_needs_attention', state: 'open' }]);
    // Final for the hub: the sweeper (every second here) does not send it again.
    const sent = side.requests(tx.acquirerOrderNo, 'refund');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(side.requests(tx.acquirerOrderNo, 'refund')).toBe(sent);
  });

  it('a screen asking again for a payment that needs a person hears "failed" again', async () => {
    const orderNo = order();
    const authCode = code('90');
    await side.scene.screen.pay({ orderNo, amountFen: 1000, authCode });
    const again = await side.scene.screen.pay({ orderNo, amountFen: 1000, authCode });
    expect(again.status).toBe(PayStatus.PAY_STATUS_FAILED);
    await eventually(async () => (await transactionOf(orderNo)).state === 'needs_attention');
  });
});
