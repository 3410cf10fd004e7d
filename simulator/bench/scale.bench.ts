// Scale benchmark: --screens screens (default 50,000) connected to one machine
// through several hub processes (--hub-workers, sharing the ports, PostgreSQL
// and a throwaway Redis), held by --workers simulator processes over many
// loopback source addresses, heartbeating every 30 s. Then every hub process
// is restarted at once and the reconnect storm is timed: how long until 99 %
// of the screens are back, and what went wrong meanwhile (errors by cause).
// Screens use MQTT clean sessions (--persistent-session for persistent ones)
// and wait --connack-timeout-s (30) for CONNACK before retrying.
//
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//     npm run bench:scale -- --screens 50000 --hub-workers 3 --workers 3
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import { startHubProcess, type HubProcess } from '../src/hub-process.js';
import { freshServerDatabase, startRedis, waitUntil } from './support/bench-services.js';
import { seededDevices, seedFleet } from './support/fleet-seed.js';
import { processStats } from '../src/process-stats.js';
import { newHistogram, percentilesMs, saveResults } from './support/report.js';
import { ScreenFleet } from '../src/fleet/screen-fleet.js';

const { values: args } = parseArgs({
  options: {
    screens: { type: 'string', default: '50000' },
    'hub-workers': { type: 'string', default: '3' },
    workers: { type: 'string', default: '3' },
    'ramp-seconds': { type: 'string', default: '180' },
    'hold-seconds': { type: 'string', default: '60' },
    // Screens use MQTT clean sessions unless asked otherwise: no session and offline queue in Redis to
    // restore on every connect (the hub re-offers commands and config on every Hello anyway).
    'persistent-session': { type: 'boolean', default: false },
    // Still accepted, now the default.
    'clean-session': { type: 'boolean', default: true },
    // A loaded hub answers CONNECT late; an attempt abandoned early is retried and only adds load.
    'connack-timeout-s': { type: 'string', default: '30' },
    // Connect and hold only: for comparing the connect rate of hub settings quickly.
    'no-storm': { type: 'boolean', default: false },
  },
});
const screens = Number(args.screens);
const hubWorkers = Number(args['hub-workers']);
const workers = Number(args.workers);
const rampSeconds = Number(args['ramp-seconds']);
const holdSeconds = Number(args['hold-seconds']);
const cleanSession = !args['persistent-session'];
const connectTimeoutMs = Number(args['connack-timeout-s']) * 1000;
const round = (n: number) => Math.round(n * 100) / 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const server = await freshServerDatabase();
  if (!server) throw new Error('set BENCH_DATABASE_URL: several hub processes share a PostgreSQL server');
  const redis = await startRedis();
  const dataDir = await mkdtemp(join(tmpdir(), 'screenhub-scale-'));
  const env = { DATABASE_URL: server.url, HUB_REDIS_URL: redis.url, HUB_WORKERS: String(hubWorkers), HUB_HEARTBEAT_INTERVAL_S: '30', HUB_LOG_LEVEL: 'error' };
  let fleet: ScreenFleet | undefined;
  let hub: HubProcess | undefined;
  console.log(`scale benchmark: ${screens} screens, ${hubWorkers} hub processes, ${workers} simulator processes, PostgreSQL + Redis`);
  try {
    const first = await startHubProcess({ dataDir, env });
    await waitUntil(() => hubWorkers === 1 || first.workerPids().length >= hubWorkers, 60_000);
    await first.stop({ keepData: true });
    await seedFleet({ databaseUrl: server.url, dataDir, devices: screens, merchants: 1000, staticGroupSize: 0 });
    hub = await startHubProcess({ dataDir, env });
    const started = hub;
    await waitUntil(() => hubWorkers === 1 || started.workerPids().length >= hubWorkers, 60_000);
    const hubPids = () => [hub!.child.pid!, ...hub!.workerPids()];
    const idle = await processStats(hubPids());

    // Screens: each simulator process takes a slice and 64 source addresses of its own.
    fleet = new ScreenFleet({ mqttUrl: hub.mqttUrl, devices: seededDevices(screens, { sayWhatIsStored: true }), workers, rampSeconds, progressMs: 1000, cleanSession, connectTimeoutMs });
    const screenFleet = fleet;
    const t0 = performance.now();
    let peakRss = 0;
    const sampler = setInterval(() => void processStats(hubPids()).then((s) => (peakRss = Math.max(peakRss, s.rssBytes))), 2000);
    // A line every 10 s (the log of a 20-minute run says how it went, not only how it ended).
    const progressLine = setInterval(
      () => console.log(`  ${round((performance.now() - t0) / 1000)} s: ${screenFleet.connectedNow()} connected, ${screenFleet.progress('errors')} errors`),
      10_000,
    );
    const connectedReports = await screenFleet.all('connected');
    const connectSeconds = (performance.now() - t0) / 1000;
    const connectHistogram = newHistogram();
    for (const m of connectedReports) connectHistogram.add(hdr.decodeFromCompressedBase64(m.connectHistogram));
    const connected = connectedReports.reduce((n, m) => n + m.connected, 0);
    console.log(`  ${connected} of ${screens} connected in ${round(connectSeconds)} s`);

    await sleep(holdSeconds * 1000);
    const held = await processStats(hubPids());
    const holdingScreens = screenFleet.connectedNow();
    console.log(`  holding ${holdingScreens} screens: hub RSS ${round(held.rssBytes / 2 ** 20)} MiB over ${hubPids().length} processes`);

    if (args['no-storm']) {
      clearInterval(sampler);
      clearInterval(progressLine);
      const errorsByCause: Record<string, number> = {};
      for (const m of connectedReports) for (const [k, v] of Object.entries(m.errors)) errorsByCause[k] = (errorsByCause[k] ?? 0) + v;
      console.log(JSON.stringify({ connected, seconds: round(connectSeconds), latencyMs: percentilesMs(connectHistogram), errorsByCause }));
      return;
    }

    // The storm: every hub process restarts at once, on the same ports; the screens come back with backoff and full jitter.
    const samePorts = { HUB_HTTP_PORT: new URL(hub.httpUrl).port, HUB_MQTT_PORT: new URL(hub.mqttUrl).port };
    const stormStart = performance.now();
    await hub.stop({ keepData: true });
    hub = await startHubProcess({ dataDir, env: { ...env, ...samePorts } });
    const restarted = hub;
    await waitUntil(() => hubWorkers === 1 || restarted.workerPids().length >= hubWorkers, 60_000);
    const upSeconds = (performance.now() - stormStart) / 1000;
    const timeline: Array<{ at: number; connected: number }> = [];
    let back99: number | undefined;
    await waitUntil(() => {
      const now = screenFleet.connectedNow();
      const at = round((performance.now() - stormStart) / 1000);
      if (timeline.at(-1)?.at !== at) timeline.push({ at, connected: now });
      if (now >= holdingScreens * 0.99) back99 = at;
      return back99 !== undefined;
    }, 1_800_000);
    console.log(`  storm: hub up again after ${round(upSeconds)} s; 99 % of the screens back after ${back99} s`);
    clearInterval(sampler);
    clearInterval(progressLine);

    screenFleet.send({ type: 'stop' });
    const doneReports = await screenFleet.all('done');
    const errors: Record<string, number> = {};
    let heartbeatsAcked = 0;
    let heartbeatsFailed = 0;
    for (const done of doneReports) {
      heartbeatsAcked += done.heartbeatsAcked;
      heartbeatsFailed += done.heartbeatsFailed;
      for (const [k, v] of Object.entries(done.errors)) errors[k] = (errors[k] ?? 0) + v;
    }
    const results = {
      machine: { cores: (await import('node:os')).cpus().length, node: process.version },
      screens,
      cleanSessions: cleanSession,
      connackTimeoutSeconds: connectTimeoutMs / 1000,
      hubProcesses: hubWorkers,
      simulatorProcesses: workers,
      connect: { connected, seconds: round(connectSeconds), perSecond: round(connected / connectSeconds), latencyMs: percentilesMs(connectHistogram) },
      memory: {
        hubRssIdleMiB: round(idle.rssBytes / 2 ** 20),
        hubRssHoldingMiB: round(held.rssBytes / 2 ** 20),
        hubRssPeakMiB: round(peakRss / 2 ** 20),
        perConnectedScreenKiB: round((held.rssBytes - idle.rssBytes) / 1024 / Math.max(1, holdingScreens)),
      },
      storm: { hubUpAfterSeconds: round(upSeconds), back99PercentAfterSeconds: back99, timeline: timeline.filter((_, i) => i % 5 === 0) },
      heartbeats: { acked: heartbeatsAcked, failed: heartbeatsFailed },
      errorsByCause: errors,
    };
    console.log(JSON.stringify({ ...results, storm: { ...results.storm, timeline: `${timeline.length} points` } }, null, 2));
    console.log(`saved ${await saveResults('scale', results)}`);
  } finally {
    fleet?.kill();
    await hub?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await server.drop();
    redis.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
