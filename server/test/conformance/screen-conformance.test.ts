// The screen conformance suite (simulator/src/conformance/) run through a real
// hub: the simulator's reference screen passes every check, and a screen with
// one planted fault fails exactly the check for it, saying what it saw.
import { HubApi, runConformance, type CheckReport, type ScreenClientOptions } from '@screenhub/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/credentials.js';
import type { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let admin: ApiClient;
let hub: HubApi;

beforeAll(async () => {
  // Welcome asks for a heartbeat a second, so the heartbeat check watches ten of them in ten seconds.
  t = await TestHub.start({ HUB_HEARTBEAT_INTERVAL_S: '1', HUB_LIVE_FLUSH_MS: '200' });
  admin = await t.api.loginRoot();
  hub = new HubApi(t.hub.httpUrl);
  await hub.login(ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterAll(async () => t?.stop());

/** A screen of the simulator, connected with `options` (heartbeats as Welcome says unless a fault says otherwise); its report. */
async function conformanceOf(options: Partial<ScreenClientOptions> | 'never connects'): Promise<Record<string, CheckReport>> {
  const device = await admin.createDevice();
  if (options !== 'never connects') await t.screen(device, { heartbeat: {}, ...options }).connect();
  const reports = await runConformance({ hub, deviceId: device.id, heartbeatIntervalS: 1, timeoutMs: 3000 });
  return Object.fromEntries(reports.map((r) => [r.id, r]));
}
const results = (reports: Record<string, CheckReport>) => Object.fromEntries(Object.values(reports).map((r) => [r.id, r.result]));
const allPassed = { connects: 'passed', hello: 'passed', heartbeat: 'passed', config: 'passed', command: 'passed' };

describe('screen conformance', () => {
  it('passes the reference screen, and fails each planted fault on its own check only', async () => {
    const [reference, noHelloFacts, slowHeartbeat, ignoresConfig, ignoresCommands, neverConnects] = await Promise.all([
      conformanceOf({}),
      conformanceOf({ hello: { model: '', hardwareRevision: '' } }),
      conformanceOf({ heartbeat: { intervalMs: 3000 } }),
      conformanceOf({ config: 'ignore' }),
      conformanceOf({ commands: 'ignore' }),
      conformanceOf('never connects'),
    ]);
    expect(results(reference)).toEqual(allPassed);
    expect(reference.heartbeat!.saw).toMatch(/^\d+ heartbeats in 10 s, 10 expected at 1 s$/);

    expect(results(noHelloFacts)).toEqual({ ...allPassed, hello: 'failed' });
    expect(noHelloFacts.hello!.saw).toContain('missing: model, hardwareRevision');
    expect(results(slowHeartbeat)).toEqual({ ...allPassed, heartbeat: 'failed' });
    expect(slowHeartbeat.heartbeat!.saw).toMatch(/^[345] heartbeats in 10 s/);
    expect(results(ignoresConfig)).toEqual({ ...allPassed, config: 'failed' });
    expect(ignoresConfig.config!.saw).toMatch(/reported version 0 \(volume none\)/);
    expect(results(ignoresCommands)).toEqual({ ...allPassed, command: 'failed' });
    expect(ignoresCommands.command!.saw).toMatch(/^play_test_announcement sent/);
    expect(results(neverConnects)).toEqual({ connects: 'failed', hello: 'not run', heartbeat: 'not run', config: 'not run', command: 'not run' });
  }, 60_000);
});
