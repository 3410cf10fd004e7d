// One suite, every acquirer connector (as MQTT.js and aedes-persistence test
// each implementation): the same payment situations, driven through the real
// connector against its local gateway, must give the same outcomes.
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcquirerConnector } from '../../src/payments/connectors/acquirer-connector.js';
import { AlipayConnector } from '../../src/payments/connectors/alipay-connector.js';
import { WechatConnector } from '../../src/payments/connectors/wechat-connector.js';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { startWechatGateway } from '../support/wechat-fixture.js';

/** A loopback port nothing listens on (fetch refuses some well-known ports outright, so not port 1). */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

interface Harness {
  connector: AcquirerConnector;
  unreachable: AcquirerConnector;
  charged(orderNo: string): boolean;
  close(): Promise<void>;
}

const implementations: Array<[string, () => Promise<Harness>]> = [
  [
    'alipay',
    async () => {
      const { gateway, credentials } = await startAlipayGateway({ passwordDelayMs: 200 });
      return {
        connector: new AlipayConnector(credentials, 400),
        unreachable: new AlipayConnector({ ...credentials, gateway: `http://127.0.0.1:${await closedPort()}/gateway.do` }, 400),
        charged: (orderNo) => gateway.charged().some((t) => t.outTradeNo === orderNo),
        close: () => gateway.close(),
      };
    },
  ],
  [
    'wechat',
    async () => {
      const { gateway, credentials } = await startWechatGateway({ passwordDelayMs: 200 });
      return {
        connector: new WechatConnector(credentials, 400),
        unreachable: new WechatConnector({ ...credentials, gateway: `http://127.0.0.1:${await closedPort()}` }, 400),
        charged: (orderNo) => gateway.charged().some((t) => t.outTradeNo === orderNo),
        close: () => gateway.close(),
      };
    },
  ],
];

describe.each(implementations)('%s connector', (_name, start) => {
  let h: Harness;
  let n = 0;
  const order = () => `C${Date.now()}${n++}`;
  const code = (suffix: string) => `1300000000000000${suffix}`;
  const pay = (orderNo: string, suffix: string, amountFen = 1000) => h.connector.pay({ orderNo, amountFen, authCode: code(suffix), subject: 'contract' });

  beforeAll(async () => {
    h = await start();
  });
  afterAll(async () => h?.close());

  it('succeeds, and the answers say which order and how much (for the hub to check)', async () => {
    const orderNo = order();
    expect(await pay(orderNo, '10', 1234)).toMatchObject({ kind: 'succeeded', acquirerTradeNo: expect.any(String), echo: { orderNo, amountFen: 1234 } });
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'succeeded', echo: { orderNo, amountFen: 1234 } });
    expect(h.charged(orderNo)).toBe(true);
  });

  it('reads "this number is already paid" (our own request delivered twice) as unknown; the query finds it paid', async () => {
    const orderNo = order();
    const outcome = await pay(orderNo, '99', 800);
    expect(outcome).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/^(ACQ\.TRADE_HAS_SUCCESS|ORDERPAID)$/) });
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'succeeded', echo: { orderNo, amountFen: 800 } });
  });

  it('never reads a number another order holds as paid', async () => {
    const orderNo = order();
    const outcome = await pay(orderNo, '90', 1000);
    expect(outcome.kind).not.toBe('succeeded');
    // Whatever the query says about the number, it is another amount than asked.
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'succeeded', echo: { orderNo, amountFen: 1100 } });
  });

  it('declines', async () => {
    expect(await pay(order(), '91')).toMatchObject({ kind: 'failed' });
  });

  it('is pending while the buyer enters a password, then succeeds', async () => {
    const orderNo = order();
    expect(await pay(orderNo, '92')).toMatchObject({ kind: 'pending' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'succeeded' });
  });

  it('cancels a buyer who never pays; the order then reads as failed', async () => {
    const orderNo = order();
    expect(await pay(orderNo, '93')).toMatchObject({ kind: 'pending' });
    expect(await h.connector.cancel(orderNo)).toMatchObject({ kind: 'cancelled' });
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'failed' });
    expect(h.charged(orderNo)).toBe(false);
  });

  it('treats a timeout as unknown; query finds the money; cancel gives it back', async () => {
    const orderNo = order();
    expect(await pay(orderNo, '94')).toMatchObject({ kind: 'unknown' });
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'succeeded' });
    expect(await h.connector.cancel(orderNo)).toMatchObject({ kind: 'cancelled' });
    expect(h.charged(orderNo)).toBe(false);
  });

  it('treats a 5xx as unknown, and finds no order afterwards', async () => {
    const orderNo = order();
    expect(await pay(orderNo, '95')).toMatchObject({ kind: 'unknown' });
    expect(await h.connector.query(orderNo)).toEqual({ kind: 'not_found' });
  });

  it('fails cleanly when the acquirer refuses the connection', async () => {
    expect(await h.unreachable.pay({ orderNo: order(), amountFen: 1, authCode: code('10'), subject: 'x' })).toEqual({ kind: 'failed', reason: 'acquirer_unreachable' });
  });

  it('refunds in parts, idempotently by refund number, never beyond the amount', async () => {
    const orderNo = order();
    await pay(orderNo, '10', 1000);
    expect(await h.connector.refund({ orderNo, refundNo: 'r1', amountFen: 400, reason: '' })).toMatchObject({ kind: 'succeeded' });
    expect(await h.connector.refund({ orderNo, refundNo: 'r1', amountFen: 400, reason: '' })).toMatchObject({ kind: 'succeeded' });
    expect(await h.connector.refund({ orderNo, refundNo: 'r2', amountFen: 700, reason: '' })).toMatchObject({ kind: 'failed' });
    expect(await h.connector.refund({ orderNo, refundNo: 'r3', amountFen: 600, reason: '' })).toMatchObject({ kind: 'succeeded' });
  });
});
