// Bounded payments in flight: a hub process at its limit answers a new
// PayRequest RETRY_LATER without looking at it (no transaction, no acquirer
// call), telling the screen how long to wait, and the screen sends the same
// request again after that wait until it is taken. A buyer entering a password
// is waiting, not work: it holds no place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mqtt from 'mqtt';
import { checkDownlinkSignature, decodeDownlink, deriveDownlinkKey, downlinkTopic, encodeUplink, PayStatus, uplinkTopic } from '@screenhub/protocol';
import { signedPayRequest } from '@screenhub/simulator';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
/** Every answer of the gateway takes this long: a pay call holds its place for at least this. */
const LATENCY_MS = 500;
/** The least wait a refusal tells (HUB_PAY_RETRY_AFTER_MS); the hub spreads it over ±50 %. */
const RETRY_AFTER_MS = 300;

beforeAll(async () => {
  scene = await alipayScene({
    tenant: 'Busy Bank',
    behaviour: { latencyMs: LATENCY_MS, passwordDelayMs: 4000 },
    hubEnv: { HUB_PAY_MAX_IN_FLIGHT: '1', HUB_PAY_RETRY_AFTER_MS: String(RETRY_AFTER_MS), HUB_PAY_POLL_INTERVAL_MS: '100', HUB_ACQUIRER_TIMEOUT_MS: '3000' },
  });
});
afterAll(async () => scene?.stop());

async function secondScreen() {
  const device = await scene.admin.createDevice();
  await scene.admin.put(`/api/devices/${device.id}`, { merchantId: scene.merchant.id });
  const screen = scene.t.screen(device, { paymentKey: device.paymentKey });
  await screen.connect();
  return { device, screen };
}

const refusedBusy = async () => Number(/hub_pay_requests_refused_total\{reason="busy"\} (\d+)/.exec(await (await fetch(`${scene.t.hub.httpUrl}/metrics`)).text())?.[1] ?? 0);

describe('payments in flight per process', () => {
  it('past the limit, a request is answered RETRY_LATER with a wait, sent again after it, and then taken', async () => {
    const { admin } = scene;
    const { device, screen: second } = await secondScreen();
    const refusedBefore = await refusedBusy();

    // The first payment's pay call takes LATENCY_MS at the acquirer, holding the only place.
    const slow = scene.screen.pay({ orderNo: 'SLOW', amountFen: 500, authCode: '280000000000001010' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const quickStarted = performance.now();
    const quick = await second.pay({ orderNo: 'QUICK', amountFen: 300, authCode: '280000000000002010' }, 10_000);
    const quickTookMs = performance.now() - quickStarted;

    expect((await slow).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect(quick.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect(second.paymentsRetried).toBeGreaterThan(0);
    // The hub said how long to wait (at least half the floor, at most 15 s) and the screen waited that long.
    expect(second.lastRetryAfterMs).toBeGreaterThanOrEqual(RETRY_AFTER_MS / 2);
    expect(second.lastRetryAfterMs).toBeLessThanOrEqual(15_000);
    expect(quickTookMs).toBeGreaterThanOrEqual(second.lastRetryAfterMs);
    expect((await refusedBusy()) - refusedBefore).toBe(second.paymentsRetried);
    // Refused requests left no trace: one transaction per order, and the acquirer saw each order once.
    const txs = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ merchantId: scene.merchant.id }))}`)).body;
    expect(txs.map((tx: { orderNo: string }) => tx.orderNo).sort()).toEqual(['QUICK', 'SLOW']);
    const quickNo = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ deviceId: device.id, orderNo: 'QUICK' }))}`)).body[0].acquirerOrderNo;
    expect(scene.fixture.gateway.requests.filter((r) => r.method === 'alipay.trade.pay' && r.outTradeNo === quickNo)).toHaveLength(1);
  });

  it('a buyer entering a password holds no place: the next payment is taken at once', async () => {
    const { screen: second } = await secondScreen();
    const refusedBefore = await refusedBusy();

    // Auth code ending 92: WAIT_BUYER_PAY, the buyer pays 4 s later; the hub polls meanwhile.
    const waiting = scene.screen.pay({ orderNo: 'PASSWORD', amountFen: 800, authCode: '280000000000003092' }, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 3 * LATENCY_MS));
    const next = await second.pay({ orderNo: 'WHILE-WAITING', amountFen: 200, authCode: '280000000000004010' }, 10_000);

    expect(next.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    expect(second.paymentsRetried).toBe(0);
    expect(await refusedBusy()).toBe(refusedBefore);
    expect((await waiting).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
  });

  it('a refusal is sent with QoS 0 (advice, not an outcome) and carries its wait', async () => {
    const device = await scene.admin.createDevice();
    await scene.admin.put(`/api/devices/${device.id}`, { merchantId: scene.merchant.id });
    // The screen's own connection, as raw MQTT, to see the packet itself.
    const raw = await mqtt.connectAsync(scene.t.hub.mqttUrl, { clientId: device.id, username: device.id, password: device.secret, reconnectPeriod: 0, protocolVersion: 4 });
    try {
      await raw.subscribeAsync(downlinkTopic(device.id), { qos: 1 });
      const key = deriveDownlinkKey(Buffer.from(device.paymentKey, 'base64url'));
      const refusal = new Promise<{ qos: number; retryAfterMs: number }>((resolve) => {
        raw.on('message', (_topic, payload, packet) => {
          const signed = checkDownlinkSignature(device.id, payload, key);
          const result = signed.ok ? decodeDownlink(signed.body).payResult : undefined;
          if (result?.status === PayStatus.PAY_STATUS_RETRY_LATER) resolve({ qos: packet.qos, retryAfterMs: Number(result.retryAfterMs) });
        });
      });
      const slow = scene.screen.pay({ orderNo: 'SLOW-2', amountFen: 500, authCode: '280000000000005010' });
      await new Promise((resolve) => setTimeout(resolve, 150));
      const request = signedPayRequest(device.id, device.paymentKey, { orderNo: 'RAW', amountFen: 100, authCode: '280000000000006010' });
      await raw.publishAsync(uplinkTopic(device.id), Buffer.from(encodeUplink({ messageId: 1, sentAtMs: Date.now(), payRequest: request })), { qos: 1 });
      const { qos, retryAfterMs } = await refusal;
      expect(qos).toBe(0);
      expect(retryAfterMs).toBeGreaterThanOrEqual(RETRY_AFTER_MS / 2);
      expect((await slow).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    } finally {
      await raw.endAsync();
    }
  });
});
