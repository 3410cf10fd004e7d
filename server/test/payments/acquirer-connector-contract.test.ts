// One suite, every acquirer connector (as MQTT.js and aedes-persistence test
// each implementation): the same payment situations, driven through the real
// connector against its local gateway over HTTPS, must give the same outcomes.
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcquirerConnector } from '../../src/payments/connectors/acquirer-connector.js';
import { AcquirerTransport } from '../../src/payments/connectors/acquirer-transport.js';
import { AlipayConnector } from '../../src/payments/connectors/alipay-connector.js';
import { WechatConnector } from '../../src/payments/connectors/wechat-connector.js';
import { testTransport } from '../support/acquirer-tls.js';
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
  /** The same merchant through a hub that does not trust the gateway's CA (Node's root CAs only). */
  distrustful: AcquirerConnector;
  charged(orderNo: string): boolean;
  /** The customer's phone paying a dynamic QR code; false when no open order has it. */
  scan(qrCode: string): boolean;
  close(): Promise<void>;
}

const timeoutMs = 400;

const implementations: Array<[string, () => Promise<Harness>]> = [
  [
    'alipay',
    async () => {
      const { gateway, credentials } = await startAlipayGateway({ passwordDelayMs: 200 });
      const [transport, systemOnly] = [testTransport(), new AcquirerTransport()];
      return {
        connector: new AlipayConnector(credentials, { timeoutMs, transport }),
        unreachable: new AlipayConnector({ ...credentials, gateway: `https://127.0.0.1:${await closedPort()}/gateway.do` }, { timeoutMs, transport }),
        distrustful: new AlipayConnector(credentials, { timeoutMs, transport: systemOnly }),
        charged: (orderNo) => gateway.charged().some((t) => t.outTradeNo === orderNo),
        scan: (qrCode) => gateway.scan(qrCode),
        close: async () => {
          await Promise.all([transport.close(), systemOnly.close()]);
          await gateway.close();
        },
      };
    },
  ],
  [
    'wechat',
    async () => {
      const { gateway, credentials } = await startWechatGateway({ passwordDelayMs: 200 });
      const [transport, systemOnly] = [testTransport(), new AcquirerTransport()];
      return {
        connector: new WechatConnector(credentials, { timeoutMs, transport }),
        unreachable: new WechatConnector({ ...credentials, gateway: `https://127.0.0.1:${await closedPort()}` }, { timeoutMs, transport }),
        distrustful: new WechatConnector(credentials, { timeoutMs, transport: systemOnly }),
        charged: (orderNo) => gateway.charged().some((t) => t.outTradeNo === orderNo),
        scan: (qrCode) => gateway.scan(qrCode),
        close: async () => {
          await Promise.all([transport.close(), systemOnly.close()]);
          await gateway.close();
        },
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

  it('fails cleanly, sending nothing, when the acquirer\'s certificate is not trusted (verification is never off)', async () => {
    const orderNo = order();
    expect(await h.distrustful.pay({ orderNo, amountFen: 1, authCode: code('10'), subject: 'x' })).toEqual({ kind: 'failed', reason: 'acquirer_certificate_untrusted' });
    expect(await h.connector.query(orderNo)).toEqual({ kind: 'not_found' });
  });

  it('dynamic QR: a code to scan; pending until the customer pays, then succeeded', async () => {
    const orderNo = order();
    const created = await h.connector.precreate({ orderNo, amountFen: 2350, subject: 'contract' });
    expect(created).toMatchObject({ kind: 'created', qrCode: expect.any(String) });
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'pending' });
    expect(h.scan((created as { qrCode: string }).qrCode)).toBe(true);
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'succeeded' });
    expect(h.charged(orderNo)).toBe(true);
  });

  it('dynamic QR: cancelling closes the order, so a late scan cannot pay', async () => {
    const orderNo = order();
    const created = (await h.connector.precreate({ orderNo, amountFen: 800, subject: 'contract' })) as { qrCode: string };
    expect(await h.connector.cancel(orderNo, 'qr')).toMatchObject({ kind: 'cancelled', refunded: false });
    expect(h.scan(created.qrCode)).toBe(false);
    expect(await h.connector.query(orderNo)).toMatchObject({ kind: 'failed' });
    expect(h.charged(orderNo)).toBe(false);
  });

  it('dynamic QR: cancelling an order paid in the last moment gives the money back', async () => {
    const orderNo = order();
    const created = (await h.connector.precreate({ orderNo, amountFen: 600, subject: 'contract' })) as { qrCode: string };
    h.scan(created.qrCode);
    expect(await h.connector.cancel(orderNo, 'qr')).toMatchObject({ kind: 'cancelled', refunded: true });
  });

  it('refunds in parts, idempotently by refund number, never beyond the amount', async () => {
    const orderNo = order();
    await pay(orderNo, '10', 1000);
    const refund = (refundNo: string, amountFen: number) => h.connector.refund({ orderNo, refundNo, amountFen, totalFen: 1000, reason: '' });
    expect(await refund('r1', 400)).toMatchObject({ kind: 'succeeded' });
    expect(await refund('r1', 400)).toMatchObject({ kind: 'succeeded' });
    expect(await refund('r2', 700)).toMatchObject({ kind: 'failed' });
    expect(await refund('r3', 600)).toMatchObject({ kind: 'succeeded' });
  });
});
