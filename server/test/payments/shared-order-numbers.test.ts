// Two screens of one merchant use the same order number at the same time. The
// screen's number is unique only per screen, while the acquirer keeps
// out_trade_no unique per merchant app: the hub must give the acquirer its own
// number, so each customer is charged their own amount and each screen is told
// its own truth (before migration 0021 the second screen was told "succeeded"
// for the first screen's money). Real MQTT, the real connectors, the local gateways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import { alipayScene, wechatScene, type PaymentScene } from '../support/payment-scene.js';

interface Charged {
  outTradeNo: string;
  amountFen: number;
}

const scenes: Array<[string, () => Promise<{ scene: PaymentScene<unknown>; charged: () => Charged[] }>]> = [
  [
    'alipay',
    async () => {
      const scene = await alipayScene({ tenant: 'Shared Alipay Bank' });
      return { scene, charged: () => scene.fixture.gateway.charged() };
    },
  ],
  [
    'wechat',
    async () => {
      const scene = await wechatScene({ tenant: 'Shared WeChat Bank' });
      return { scene, charged: () => scene.fixture.gateway.charged() };
    },
  ],
];

describe.each(scenes)('%s: two screens of one merchant, one order number', (_name, start) => {
  let scene: PaymentScene<unknown>;
  let charged: () => Charged[];
  let second: ScreenClient;
  let n = 0;

  beforeAll(async () => {
    ({ scene, charged } = await start());
    // A second screen of the same tenant and merchant, with its own keys.
    const device = await scene.admin.createDevice();
    await scene.admin.put(`/api/devices/${device.id}`, { merchantId: scene.merchant.id });
    second = scene.t.screen(device, { paymentKey: device.paymentKey });
    await second.connect();
  });
  afterAll(async () => scene?.stop());

  it('charges each customer their own amount and tells each screen its own result', async () => {
    const orderNo = `SHARED${Date.now()}${n++}`;
    const earlier = new Set(charged());
    const [first, other] = await Promise.all([
      scene.screen.pay({ orderNo, amountFen: 1000, authCode: '280000000000000110' }),
      second.pay({ orderNo, amountFen: 3000, authCode: '280000000000000210' }),
    ]);
    expect(first).toMatchObject({ orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1000 });
    expect(other).toMatchObject({ orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 3000 });
    // Two charges at the acquirer, one per customer, each their own amount.
    const trades = charged().filter((trade) => !earlier.has(trade));
    expect(trades.map((trade) => trade.amountFen).sort((a, b) => a - b)).toEqual([1000, 3000]);

    // Two transactions at the hub, each with its own acquirer number…
    const list = await scene.admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`);
    const txs = list.body as Array<{ id: string; deviceId: string; amountFen: number; state: string; acquirerOrderNo: string }>;
    expect(txs.map((tx) => tx.amountFen).sort((a, b) => a - b)).toEqual([1000, 3000]);
    expect(new Set(txs.map((tx) => tx.acquirerOrderNo)).size).toBe(2);
    expect(txs.every((tx) => tx.state === 'succeeded')).toBe(true);

    // …each charge under the number of its own screen's transaction.
    for (const tx of txs) expect(trades.find((trade) => trade.outTradeNo === tx.acquirerOrderNo)?.amountFen).toBe(tx.amountFen);
    expect(first.transactionId).not.toBe(other.transactionId);
  });

  it('a screen repeating its own order number is still one payment, whatever the other screen does', async () => {
    const orderNo = `SHARED${Date.now()}${n++}`;
    await Promise.all([
      scene.screen.pay({ orderNo, amountFen: 500, authCode: '280000000000000310' }),
      second.pay({ orderNo, amountFen: 700, authCode: '280000000000000410' }),
    ]);
    // The first screen sends its request again (a retry): the stored answer, no new charge.
    const before = charged().length;
    expect(await scene.screen.pay({ orderNo, amountFen: 500, authCode: '280000000000000310' })).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 500 });
    expect(charged().length).toBe(before);
  });
});
