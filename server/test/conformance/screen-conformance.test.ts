// The screen conformance suite (simulator/src/conformance/) run through a real
// hub in conformance mode, with a merchant on the local Alipay gateway: the
// simulator's reference screen passes every check, and a screen with one
// planted fault (simulator/src/screen-faults.ts) fails exactly the check for
// it, saying what it saw.
import { HubApi, runConformance, type CheckReport, type ScreenClient, type ScreenClientOptions } from '@screenhub/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/credentials.js';
import type { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let admin: ApiClient;
let hub: HubApi;
let merchantId: string;
let gateway: Awaited<ReturnType<typeof startAlipayGateway>>;

beforeAll(async () => {
  gateway = await startAlipayGateway();
  // Welcome asks for a heartbeat a second, so the heartbeat check watches ten of them in ten seconds.
  t = await TestHub.start({ ...gateway.hubEnv, HUB_HEARTBEAT_INTERVAL_S: '1', HUB_LIVE_FLUSH_MS: '200', HUB_CONFORMANCE: 'true' });
  admin = await t.api.loginRoot();
  const merchant = await admin.post('/api/merchants', { name: 'Conformance lab', acquirer: 'alipay', credentials: gateway.credentials });
  merchantId = merchant.body.id;
  hub = new HubApi(t.hub.httpUrl);
  await hub.login(ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterAll(async () => {
  await t?.stop();
  await gateway?.gateway.close();
});

/**
 * A screen of the simulator at the merchant, connected with `options` (heartbeats as Welcome says, a PayRequest
 * without answer sent again after 2 s, reconnects from a 0.5 s ceiling up to 8 s, unless a fault says otherwise);
 * its report.
 */
async function conformanceOf(options: Partial<ScreenClientOptions> | 'never connects'): Promise<Record<string, CheckReport>> {
  const device = await admin.createDevice();
  await admin.put(`/api/devices/${device.id}`, { merchantId });
  let screen: ScreenClient | undefined;
  if (options !== 'never connects') {
    screen = t.screen(device, { heartbeat: {}, payResendAfterMs: 2000, reconnect: { initialDelayMs: 500, maxDelayMs: 8000 }, ...options });
    await screen.connect();
  }
  const reports = await runConformance({
    hub,
    deviceId: device.id,
    heartbeatIntervalS: 1,
    timeoutMs: 5000,
    reconnectWindowS: 10,
    payingAuthCode: '280000000000000188',
    // The sale's own outcome is judged from the hub's journal; a wait that runs out here is no error of the test's.
    cue: (sale) => void screen?.takePayment(sale.amountFen, sale.authCode, 30_000).catch(() => undefined),
  });
  return Object.fromEntries(reports.map((r) => [r.id, r]));
}
const results = (reports: Record<string, CheckReport>) => Object.fromEntries(Object.values(reports).map((r) => [r.id, r.result]));
const checks = ['connects', 'hello', 'heartbeat', 'config', 'command', 'downlink-signature', 'pay-signature', 'order-numbers', 'lost-answer', 'reconnect'];
const allPassed = Object.fromEntries(checks.map((id) => [id, 'passed']));

describe('screen conformance', () => {
  it('passes the reference screen, and fails each planted fault on its own check only', async () => {
    const [reference, noHelloFacts, slowHeartbeat, ignoresConfig, ignoresCommands, neverConnects, trustsForged, wrongKey, reusesOrders, neverResends, newOrderOnResend, hammers] =
      await Promise.all([
        conformanceOf({}),
        conformanceOf({ hello: { model: '', hardwareRevision: '' } }),
        conformanceOf({ heartbeat: { intervalMs: 3000 } }),
        conformanceOf({ config: 'ignore' }),
        conformanceOf({ commands: 'ignore' }),
        conformanceOf('never connects'),
        conformanceOf({ faults: { trustsUnsignedDownlinks: true } }),
        conformanceOf({ faults: { signsWithWrongKey: true } }),
        conformanceOf({ faults: { reusesOrderNumbers: true } }),
        conformanceOf({ faults: { neverResendsPayRequests: true } }),
        conformanceOf({ faults: { resendsWithNewOrderNumber: true } }),
        conformanceOf({ faults: { reconnectsEveryMs: 200 } }),
      ]);
    expect(results(reference)).toEqual(allPassed);
    expect(reference.heartbeat!.saw).toMatch(/^\d+ heartbeats in 10 s, 10 expected at 1 s$/);
    expect(reference['pay-signature']!.saw).toMatch(/for 1 fen: PAY_STATUS_SUCCEEDED$/);
    expect(reference['lost-answer']!.saw).toMatch(/lost; the screen sent it again [1-9]\d* times; told PAY_STATUS_SUCCEEDED/);
    expect(reference.reconnect!.saw).toMatch(/^\d+ CONNECTs refused in 10\.0 s \(waits .*\); connected again/);

    expect(results(noHelloFacts)).toEqual({ ...allPassed, hello: 'failed' });
    expect(noHelloFacts.hello!.saw).toContain('missing: model, hardwareRevision');
    expect(results(slowHeartbeat)).toEqual({ ...allPassed, heartbeat: 'failed' });
    expect(slowHeartbeat.heartbeat!.saw).toMatch(/^[345] heartbeats in 10 s/);
    expect(results(ignoresConfig)).toEqual({ ...allPassed, config: 'failed' });
    expect(ignoresConfig.config!.saw).toMatch(/reported version 0 \(volume none\)/);
    expect(results(ignoresCommands)).toEqual({ ...allPassed, command: 'failed' });
    expect(ignoresCommands.command!.saw).toMatch(/^play_test_announcement sent/);
    expect(results(neverConnects)).toEqual({ ...Object.fromEntries(checks.map((id) => [id, 'not run'])), connects: 'failed' });

    expect(results(trustsForged)).toEqual({ ...allPassed, 'downlink-signature': 'failed' });
    expect(trustsForged['downlink-signature']!.saw).toMatch(/^ran the forged command [0-9a-f-]{36}: reported COMMAND_STATUS_/);
    expect(results(wrongKey)).toEqual({ ...allPassed, 'pay-signature': 'failed' });
    expect(wrongKey['pay-signature']!.saw).toMatch(/PAY_STATUS_FAILED \(bad_signature\)$/);
    expect(results(reusesOrders)).toEqual({ ...allPassed, 'order-numbers': 'failed' });
    expect(reusesOrders['order-numbers']!.saw).toMatch(/^two sales sent the same order number \S+; the hub answered .*order_no_reused/);
    expect(results(neverResends)).toEqual({ ...allPassed, 'lost-answer': 'failed' });
    expect(neverResends['lost-answer']!.saw).toMatch(/the screen sent it again 0 times; no answer reached it/);
    expect(results(newOrderOnResend)).toEqual({ ...allPassed, 'lost-answer': 'failed' });
    expect(newOrderOnResend['lost-answer']!.saw).toMatch(/new order numbers \S+ .*for the same sale \(the customer pays twice\)/);
    expect(results(hammers)).toEqual({ ...allPassed, reconnect: 'failed' });
    expect(hammers.reconnect!.saw).toMatch(/more than one attempt a second; no jitter/);
  }, 180_000);
});
