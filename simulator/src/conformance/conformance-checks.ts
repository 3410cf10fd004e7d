// The behaviours a screen's firmware must show, each checked through the hub
// the screen is connected to: what the hub saw of it (its presence, Hello
// facts, heartbeats, reported config, command results) after the suite asked
// the hub to do something with it. Each check says what it saw, so a firmware
// team can tell why it failed. Checks run in order; the first one is the
// precondition of the rest. The later ones need a hub in conformance mode
// (HUB_CONFORMANCE=true), which journals the screen's MQTT traffic and plants
// faults on it: connection-checks.ts, payment-checks.ts, ota-checks.ts, ads-checks.ts.
import { sleep, until, type ConformanceCheck, type ConformanceContext } from './conformance-context.js';
import { playsAdsOffline } from './ads-checks.js';
import { ignoresForgedDownlinks, reconnectsWithBackoff } from './connection-checks.js';
import { installsInItsWindow, refusesTamperedPackage, refusesUntrustedRelease, resumesCutDownload } from './ota-checks.js';
import { asksAgainForLostAnswer, ownOrderNumbers, signsPayRequests } from './payment-checks.js';

interface Device {
  online: boolean;
  lastConnectedAt: string | null;
  model: string | null;
  firmwareVersion: string | null;
  appVersion: string | null;
  hardwareRevision: string | null;
}

const device = (ctx: ConformanceContext) => ctx.hub.call<Device>('GET', `/api/devices/${encodeURIComponent(ctx.deviceId)}`);

const connects: ConformanceCheck = {
  id: 'connects',
  title: 'connects with its own device id and secret',
  async run(ctx) {
    const { value, done } = await until(() => device(ctx), (d) => d.online, ctx.timeoutMs);
    return done ? { passed: true, saw: `online since ${value.lastConnectedAt}` } : { passed: false, saw: `not online after ${ctx.timeoutMs} ms` };
  },
};

const REQUIRED_HELLO_FACTS = ['firmwareVersion', 'appVersion', 'model', 'hardwareRevision'] as const;

const helloFacts: ConformanceCheck = {
  id: 'hello',
  title: 'sends Hello with its firmware and app versions, model and hardware revision',
  async run(ctx) {
    const { value } = await until(() => device(ctx), (d) => REQUIRED_HELLO_FACTS.every((f) => d[f]), ctx.timeoutMs);
    const missing = REQUIRED_HELLO_FACTS.filter((f) => !value[f]);
    const told = REQUIRED_HELLO_FACTS.filter((f) => value[f]).map((f) => `${f} ${value[f]}`);
    return { passed: missing.length === 0, saw: [missing.length ? `missing: ${missing.join(', ')}` : '', told.join(', ')].filter(Boolean).join('; ') };
  },
};

const heartbeats: ConformanceCheck = {
  id: 'heartbeat',
  title: 'heartbeats at the interval Welcome gave',
  async run(ctx) {
    // A window of at least ten intervals (and the history's smallest bucket), counted from the hub's heartbeat history.
    const windowS = Math.max(10, 10 * ctx.heartbeatIntervalS);
    const from = new Date();
    await sleep(windowS * 1000);
    const to = new Date(from.getTime() + windowS * 1000);
    const counted = async () => {
      const buckets = await ctx.hub.call<Array<{ count: number }>>(
        'GET',
        `/api/devices/${encodeURIComponent(ctx.deviceId)}/heartbeats?from=${from.toISOString()}&to=${to.toISOString()}&bucketSeconds=${windowS}`,
      );
      return buckets.reduce((sum, b) => sum + b.count, 0);
    };
    // The live state is flushed every second or so, later on a loaded hub: read until the count stops growing.
    let count = -1;
    for (let read = 0; read < 8; read++) {
      await sleep(1500);
      const now = await counted();
      if (now === count) break;
      count = now;
    }
    const expected = windowS / ctx.heartbeatIntervalS;
    const passed = count >= Math.floor(expected * 0.75) && count <= Math.ceil(expected * 1.25) + 1;
    return { passed, saw: `${count} heartbeats in ${windowS} s, ${expected} expected at ${ctx.heartbeatIntervalS} s` };
  },
};

const configApplied: ConformanceCheck = {
  id: 'config',
  title: 'applies a config update and reports the version it applied',
  async run(ctx) {
    const volume = 10 + Math.floor(Math.random() * 80);
    await ctx.hub.call('PUT', `/api/config-layers/device/${encodeURIComponent(ctx.deviceId)}`, { config: { volume } });
    const twin = await until(
      () => ctx.hub.call<{ desiredVersion: number; reportedVersion: number; reported: { volume?: number } | null; reportError: string | null }>('GET', `/api/devices/${encodeURIComponent(ctx.deviceId)}/config`),
      (t) => t.reportedVersion >= t.desiredVersion && t.reported?.volume === volume,
      ctx.timeoutMs,
    );
    const t = twin.value;
    const saw = `desired version ${t.desiredVersion} (volume ${volume}), reported version ${t.reportedVersion} (volume ${t.reported?.volume ?? 'none'})${t.reportError ? `, error ${t.reportError}` : ''}`;
    return { passed: twin.done, saw };
  },
};

const commandResult: ConformanceCheck = {
  id: 'command',
  title: 'runs a command and reports its result',
  async run(ctx) {
    const sent = await ctx.hub.call<{ id: string }>('POST', `/api/devices/${encodeURIComponent(ctx.deviceId)}/commands`, { type: 'play_test_announcement', text: '一致性测试', ttlSeconds: 300 });
    const command = await until(
      () => ctx.hub.call<{ state: string; resultMessage: string | null }>('GET', `/api/commands/${sent.id}`),
      (c) => c.state === 'succeeded' || c.state === 'failed',
      ctx.timeoutMs,
    );
    const c = command.value;
    return { passed: command.done, saw: `play_test_announcement ${c.state}${c.resultMessage ? `: ${c.resultMessage}` : ''}` };
  },
};

/** Every check, in the order they run. */
export const CONFORMANCE_CHECKS: ConformanceCheck[] = [
  connects,
  helloFacts,
  heartbeats,
  configApplied,
  commandResult,
  ignoresForgedDownlinks,
  signsPayRequests,
  ownOrderNumbers,
  asksAgainForLostAnswer,
  refusesUntrustedRelease,
  refusesTamperedPackage,
  resumesCutDownload,
  installsInItsWindow,
  playsAdsOffline,
  // Last: it takes the screen offline for a while.
  reconnectsWithBackoff,
];
