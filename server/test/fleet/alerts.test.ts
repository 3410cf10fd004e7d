// Alerts over real MQTT, HTTP and the database: rules raise one alert per
// device and rule however often they are evaluated, an operator acknowledges
// it, it resolves by itself when the condition clears, and each change is
// POSTed (signed) to the tenant's alert webhook and sent on the live stream of
// that tenant only. Offline alerts wait while the merchant is closed; payment
// failures count real declined payments through the local Alipay gateway.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/webhooks/webhook-signature.js';
import type { ApiClient } from '../support/api-client.js';
import { undocumentedDeliveries, type ReceivedDelivery } from '../support/documented-webhooks.js';
import { openEventStream } from '../support/event-stream-client.js';
import { alipayScene } from '../support/payment-scene.js';
import { eventually, type TestHub } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;
let webhookSecret: Buffer;
const notifications: Array<{ event: string; data: { deviceId: string; kind: string; state: string }; verified: boolean }> = [];
const deliveries: ReceivedDelivery[] = [];
const receiver = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const parsed = JSON.parse(body) as { event: string; data: { deviceId: string; kind: string; state: string } };
  notifications.push({ ...parsed, verified: verifyWebhook(webhookSecret, String(req.headers['x-screenhub-signature']), body, Date.now()) });
  deliveries.push({ headers: req.headers, body });
  res.writeHead(204).end();
});

beforeAll(async () => {
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  // Evaluation is driven by the tests (app.alerts.evaluate) so each step is observable.
  scene = await alipayScene({
    tenant: 'Alert Bank',
    hubEnv: {
      HUB_ALERT_EVALUATE_MS: '3600000',
      HUB_WEBHOOK_INTERVAL_MS: '50',
      // Development settings: the receiver is plain http on loopback.
      HUB_WEBHOOK_ALLOW_HTTP: 'true',
      HUB_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1',
    },
  });
  ({ t, admin: bank } = scene);
  otherBank = (await (await t.api.loginRoot()).createTenant('Alert Other Bank')).admin;
  const hook = await bank.put('/api/alert-webhook', { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/alerts` });
  expect(hook.status).toBe(200);
  webhookSecret = Buffer.from(hook.body.secret, 'hex');
});
afterAll(async () => {
  await scene?.stop();
  receiver.close();
});

const evaluate = () => t.hub.app.alerts.evaluate();
const alertsOf = async (client: ApiClient, deviceId: string) =>
  (await client.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ deviceId }))}&range=[0,99]`)).body as Array<{ id: string; state: string; kind: string; value: number }>;
/** Waits until the live state flush has written what the screens said. */
const flushed = () => t.hub.app.devices.flusher.flush();

describe('alerts', () => {
  it('raises an offline alert once, lets an operator acknowledge it, resolves it on reconnect, and notifies', async () => {
    const rule = await bank.post('/api/alert-rules', { name: 'Offline now', kind: 'offline', threshold: 0 });
    expect(rule.status).toBe(201);
    const device = await bank.createDevice({ id: 'alert-offline' });
    const stream = await openEventStream(t.hub.httpUrl, bank.token!);
    const otherStream = await openEventStream(t.hub.httpUrl, otherBank.token!);

    const screen = t.screen(device);
    await screen.connect();
    screen.kill();
    await eventually(async () => !(await bank.get(`/api/devices/${device.id}`)).body.online);
    await flushed();
    const opened = stream.next('alert.opened');
    await evaluate();
    await evaluate();
    const alerts = await alertsOf(bank, device.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ state: 'open', kind: 'offline' });
    expect((await opened).data).toMatchObject({ deviceId: device.id, kind: 'offline' });

    const acked = await bank.post(`/api/alerts/${alerts[0]!.id}/acknowledge`);
    expect(acked.body).toMatchObject({ state: 'acknowledged', acknowledgedAt: expect.any(String) });
    expect((await bank.post(`/api/alerts/${alerts[0]!.id}/acknowledge`)).status).toBe(409);
    await evaluate();
    expect(await alertsOf(bank, device.id)).toHaveLength(1);

    const back = t.screen(device);
    await back.connect();
    await flushed();
    await evaluate();
    expect((await alertsOf(bank, device.id))[0]).toMatchObject({ state: 'resolved' });

    await eventually(async () => notifications.filter((n) => n.data.deviceId === device.id).length === 2);
    const mine = notifications.filter((n) => n.data.deviceId === device.id);
    expect(mine.map((n) => n.event)).toEqual(['alert.opened', 'alert.resolved']);
    expect(mine.every((n) => n.verified)).toBe(true);
    expect(otherStream.events.some((e) => e.type.startsWith('alert.'))).toBe(false);
    stream.close();
    otherStream.close();
    back.kill();
    await bank.request('DELETE', `/api/alert-rules/${rule.body.id}`);
  });

  it('does not raise an offline alert while the merchant is closed', async () => {
    const rule = (await bank.post('/api/alert-rules', { name: 'Offline, closed-aware', kind: 'offline', threshold: 0 })).body;
    // Closed all day today (in Shanghai) and open all day on the other days.
    const today = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(new Date()).replace(/Mon|Tue|Wed|Thu|Fri|Sat|Sun/, (d) => String(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(d) + 1)));
    const otherDays = [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today);
    const closed = await bank.createMerchant({ name: 'Closed today', tradingHours: [{ days: otherDays, opens: '00:00', closes: '24:00' }] });
    const open = await bank.createMerchant({ name: 'Open today', tradingHours: [{ days: [today], opens: '00:00', closes: '24:00' }] });
    const [sleeping, missing] = await Promise.all([bank.createDevice({ id: 'alert-closed' }), bank.createDevice({ id: 'alert-open' })]);
    await bank.put(`/api/devices/${sleeping.id}`, { merchantId: closed.id });
    await bank.put(`/api/devices/${missing.id}`, { merchantId: open.id });
    for (const device of [sleeping, missing]) {
      const screen = t.screen(device);
      await screen.connect();
      screen.kill();
    }
    await eventually(async () => !(await bank.get(`/api/devices/${sleeping.id}`)).body.online && !(await bank.get(`/api/devices/${missing.id}`)).body.online);
    await flushed();
    await evaluate();
    expect(await alertsOf(bank, sleeping.id)).toEqual([]);
    expect(await alertsOf(bank, missing.id)).toHaveLength(1);
    await bank.request('DELETE', `/api/alert-rules/${rule.id}`);
  });

  it('raises and auto-resolves temperature and storage alerts from heartbeats', async () => {
    const hot = (await bank.post('/api/alert-rules', { name: 'Too hot', kind: 'temperature_above', threshold: 60 })).body;
    const full = (await bank.post('/api/alert-rules', { name: 'Disk full', kind: 'free_storage_below', threshold: 100 })).body;
    const device = await bank.createDevice({ id: 'alert-heat' });
    const screen = t.screen(device);
    await screen.connect();
    await screen.sendHeartbeat({ temperatureDc: 655, freeStorageBytes: 50 * 1048576 });
    await eventually(async () => (await bank.get(`/api/devices/${device.id}`)).body.lastHeartbeat?.temperatureDc === 655);
    await flushed();
    await evaluate();
    const raised = await alertsOf(bank, device.id);
    expect(raised.map((a) => [a.kind, a.state, a.value]).sort()).toEqual([
      ['free_storage_below', 'open', 50 * 1048576],
      ['temperature_above', 'open', 655],
    ]);

    await screen.sendHeartbeat({ temperatureDc: 400, freeStorageBytes: 50 * 1048576 });
    await eventually(async () => (await bank.get(`/api/devices/${device.id}`)).body.lastHeartbeat?.temperatureDc === 400);
    await flushed();
    await evaluate();
    const after = await alertsOf(bank, device.id);
    expect(after.find((a) => a.kind === 'temperature_above')!.state).toBe('resolved');
    expect(after.find((a) => a.kind === 'free_storage_below')!.state).toBe('open');

    // Disabling a rule resolves what it raised.
    await bank.put(`/api/alert-rules/${full.id}`, { enabled: false });
    await evaluate();
    expect((await alertsOf(bank, device.id)).every((a) => a.state === 'resolved')).toBe(true);
    await bank.request('DELETE', `/api/alert-rules/${hot.id}`);
    await bank.request('DELETE', `/api/alert-rules/${full.id}`);
  });

  it('holds off both ways per rule, so a screen hovering at the threshold does not flap; names what it is about; takes a note on acknowledge', async () => {
    const rule = (await bank.post('/api/alert-rules', { name: 'Hot counter', kind: 'temperature_above', threshold: 70, severity: 'critical', openAfterMinutes: 5, clearAfterMinutes: 10 })).body;
    expect(rule).toMatchObject({ severity: 'critical', openAfterMinutes: 5, clearAfterMinutes: 10 });
    // Without a hold-off: opens at the first heartbeat, older than the held one's.
    const warm = (await bank.post('/api/alert-rules', { name: 'Warm counter', kind: 'temperature_above', threshold: 60 })).body;
    const merchant = await bank.createMerchant({ name: '暖阳面包', city: '苏州' });
    const store = (await bank.post('/api/stores', { merchantId: merchant.id, name: '观前店' })).body;
    const device = await bank.createDevice({ id: 'alert-hover', name: 'Hover counter' });
    expect((await bank.put(`/api/devices/${device.id}`, { storeId: store.id })).status).toBe(200);
    const screen = t.screen(device);
    await screen.connect();
    const heat = async (temperatureDc: number) => {
      await screen.sendHeartbeat({ temperatureDc });
      await eventually(async () => (await bank.get(`/api/devices/${device.id}`)).body.lastHeartbeat?.temperatureDc === temperatureDc);
      await flushed();
      await evaluate();
    };
    const mine = async () => (await alertsOf(bank, device.id)).filter((a) => (a as unknown as { ruleId: string }).ruleId === rule.id);
    /** Minutes go by: the breach (or the clearing) started that much earlier. */
    const minutesPass = async (minutes: number) => {
      await t.hub.db.query(`update alert_breaches set since = since - $2 * interval '1 minute' where rule_id = $1`, [rule.id, minutes]);
      await t.hub.db.query(`update alerts set cleared_since = cleared_since - $2 * interval '1 minute' where rule_id = $1 and cleared_since is not null`, [rule.id, minutes]);
      await evaluate();
    };

    await heat(750);
    expect(await mine()).toEqual([]);
    await heat(690); // below again before five minutes: forgotten
    await heat(750);
    await minutesPass(4);
    expect(await mine()).toEqual([]);
    await minutesPass(2);
    const [opened] = await mine();
    expect(opened).toMatchObject({
      state: 'open', severity: 'critical', value: 750, threshold: 70, rule: 'Hot counter',
      deviceName: 'Hover counter', storeId: store.id, storeName: '观前店', merchantId: merchant.id, merchantName: '暖阳面包', city: '苏州',
    });

    // Clear, breaking again, clear: the ten minutes start over each time.
    await heat(650);
    await minutesPass(9);
    await heat(760);
    await heat(650);
    await minutesPass(9);
    expect((await mine())[0]!.state).toBe('open');

    const long = await bank.post(`/api/alerts/${opened!.id}/acknowledge`, { note: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    const acked = await bank.post(`/api/alerts/${opened!.id}/acknowledge`, { note: ' technician on the way ' });
    expect(acked.body).toMatchObject({ state: 'acknowledged', acknowledgedNote: 'technician on the way' });

    // Filters an operator narrows the list with; open ones first when sorted by priority.
    const list = async (filter: Record<string, string>) => bank.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["priority","ASC"]')}&range=[0,99]`);
    expect((await list({ severity: 'critical', city: '苏州' })).body.map((a: { id: string }) => a.id)).toEqual([opened!.id]);
    expect((await list({ severity: 'info', city: '苏州' })).body).toEqual([]);
    expect((await list({ merchantId: merchant.id, kind: 'temperature_above' })).body).toHaveLength(2);
    expect((await list({ merchantId: merchant.id, severity: 'warning' })).body.map((a: { ruleId: string }) => a.ruleId)).toEqual([warm.id]);
    expect((await list({ openedFrom: new Date(Date.now() + 60_000).toISOString(), city: '苏州' })).body).toEqual([]);
    for (const bad of [{ severity: 'fatal' }, { openedFrom: 'yesterday' }, { kind: 'DROP TABLE' }] as Array<Record<string, string>>) {
      const refused = await list(bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(refused.body.detail).toMatch(/^filter/);
    }
    const byPriority = (await list({ city: '苏州' })).body as Array<{ state: string; ruleId: string }>;
    expect(byPriority.map((a) => [a.ruleId, a.state])).toEqual([[warm.id, 'open'], [rule.id, 'acknowledged']]);
    expect((await otherBank.get(`/api/alerts/${opened!.id}`)).status).toBe(404);

    await minutesPass(2);
    expect((await mine())[0]!.state).toBe('resolved');
    await bank.request('DELETE', `/api/alert-rules/${rule.id}`);
    await bank.request('DELETE', `/api/alert-rules/${warm.id}`);
  });

  it('counts reboots from uptimes that went back', async () => {
    const rule = (await bank.post('/api/alert-rules', { name: 'Boot loop', kind: 'repeated_reboots', threshold: 2, windowMinutes: 30 })).body;
    const device = await bank.createDevice({ id: 'alert-boots' });
    const screen = t.screen(device);
    await screen.connect();
    for (const uptimeS of [500, 20, 40, 5]) {
      await screen.sendHeartbeat({ uptimeS });
      await flushed();
    }
    await evaluate();
    expect((await alertsOf(bank, device.id))[0]).toMatchObject({ kind: 'repeated_reboots', state: 'open', value: 2 });
    await bank.request('DELETE', `/api/alert-rules/${rule.id}`);
  });

  it('raises a payment failure alert from real declined payments', async () => {
    const rule = (await bank.post('/api/alert-rules', { name: 'Declines', kind: 'payment_failure_rate', threshold: 50 })).body;
    const code = (suffix: string) => `28${String(Date.now()).slice(-12)}01${suffix}`;
    // Four declines (auth code suffix 91) and one success: 80 % failed.
    for (const [i, suffix] of ['91', '91', '10', '91', '91'].entries()) {
      const result = await scene.screen.pay({ orderNo: `alert-pay-${i}`, amountFen: 100 + i, authCode: code(suffix) });
      expect(result.status).toBeGreaterThan(0);
    }
    await evaluate();
    expect((await alertsOf(bank, scene.deviceId)).find((a) => a.kind === 'payment_failure_rate')).toMatchObject({ state: 'open', value: 80 });
    await bank.request('DELETE', `/api/alert-rules/${rule.id}`);
  });

  it('sends each alert webhook as the OpenAPI document describes it', async () => {
    expect(deliveries.length).toBeGreaterThan(0);
    expect(await undocumentedDeliveries(bank, deliveries)).toEqual([]);
  });

  it('validates rules and keeps tenants apart', async () => {
    expect((await bank.post('/api/alert-rules', { name: 'x', kind: 'moon_phase', threshold: 1 })).status).toBe(400);
    expect((await bank.post('/api/alert-rules', { name: 'x', kind: 'offline', threshold: -1 })).status).toBe(400);
    const rule = (await bank.post('/api/alert-rules', { name: 'Private', kind: 'offline', threshold: 0 })).body;
    await evaluate(); // the earlier tests left offline screens behind
    expect((await otherBank.get(`/api/alert-rules/${rule.id}`)).status).toBe(404);
    expect((await otherBank.put(`/api/alert-rules/${rule.id}`, { enabled: false })).status).toBe(404);
    expect((await otherBank.request('DELETE', `/api/alert-rules/${rule.id}`)).status).toBe(404);
    expect((await otherBank.get('/api/alert-rules')).body).toEqual([]);
    const mine = (await bank.get('/api/alerts?range=[0,99]')).body as Array<{ id: string }>;
    expect(mine.length).toBeGreaterThan(0);
    expect((await otherBank.get('/api/alerts')).body).toEqual([]);
    expect((await otherBank.get(`/api/alerts/${mine[0]!.id}`)).status).toBe(404);
    expect((await otherBank.post(`/api/alerts/${mine[0]!.id}/acknowledge`)).status).toBe(404);
    expect((await bank.get(`/api/alerts?filter=${encodeURIComponent('{"state":"closed"}')}`)).status).toBe(400);
  });
});
