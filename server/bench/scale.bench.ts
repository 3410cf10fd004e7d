// Scale benchmark: --screens screens (default 50,000) connected to one machine
// through several hub processes (--hub-workers, sharing the ports, PostgreSQL
// and a throwaway Redis), held by --workers simulator processes over many
// loopback source addresses, heartbeating every 30 s. Then every hub process
// is restarted at once and the reconnect storm is timed: how long until 99 %
// of the screens are back, and what went wrong meanwhile (errors by cause).
// Screens use MQTT clean sessions (--persistent-session for persistent ones)
// and wait --connack-timeout-s (30) for CONNACK before retrying.
// Nothing may be lost to the storm: the screens pay (--payments-per-second,
// through a local Alipay gateway, some buyers slow) until the hubs stop, with
// payments still in flight; --commands commands are queued through the API as
// soon as the hubs are back, most for screens not yet back. At the end every
// payment must have reached one final state and its screen, and every command
// its screen.
//
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//     npm run bench:scale -- --screens 50000 --hub-workers 3 --workers 3
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import pg from 'pg';
import { startHubProcess, type HubProcess, startGatewayProcess, type LedgerTrade, processStats, ScreenFleet } from '@screenhub/simulator';
import { inBatches, freshServerDatabase, startRedis, waitUntil, newHistogram, percentilesMs, saveResults } from '@screenhub/simulator/bench';
import { seededDeviceId, seededDevices, seedFleet } from './support/fleet-seed.js';
import { hubApi } from './support/payment-screens-api.js';

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
    // Payments offered while the screens are held, until the storm (0: none).
    'payments-per-second': { type: 'string', default: '10' },
    // Commands queued through the API right after the hubs are back.
    commands: { type: 'string', default: '1000' },
    // The hubs' log level (their log goes to SCREENHUB_HUB_LOG when set): info shows each stop's phases.
    'hub-log-level': { type: 'string', default: 'error' },
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
const paymentsPerSecond = Number(args['payments-per-second']);
const commandCount = Number(args.commands);
/** A transaction's final states (the hub's payment-sql.ts FINAL_STATES). */
const FINAL_STATES = ['succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention'];
const round = (n: number) => Math.round(n * 100) / 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  // The hub as it ships: the compiled build `npm start` runs (a worker starts in under 3 s; through tsx, ~1 s more).
  execFileSync('npm', ['run', '--silent', 'build:hub'], { stdio: 'inherit' });
  const server = await freshServerDatabase();
  if (!server) throw new Error('set BENCH_DATABASE_URL: several hub processes share a PostgreSQL server');
  const redis = await startRedis();
  const gateway = await startGatewayProcess({ latencyMs: 50 });
  const dataDir = await mkdtemp(join(tmpdir(), 'screenhub-scale-'));
  const env = { DATABASE_URL: server.url, HUB_REDIS_URL: redis.url, HUB_WORKERS: String(hubWorkers), HUB_HEARTBEAT_INTERVAL_S: '30', HUB_LOG_LEVEL: args['hub-log-level'], ...gateway.hubEnv };
  const sql = new pg.Client({ connectionString: server.url });
  await sql.connect();
  let fleet: ScreenFleet | undefined;
  let hub: HubProcess | undefined;
  console.log(`scale benchmark: ${screens} screens, ${hubWorkers} hub processes, ${workers} simulator processes, PostgreSQL + Redis`);
  try {
    const first = await startHubProcess({ dataDir, env, compiled: true });
    await waitUntil(() => hubWorkers === 1 || first.workerPids().length >= hubWorkers, 60_000);
    await first.stop({ keepData: true });
    await seedFleet({ databaseUrl: server.url, dataDir, devices: screens, merchants: 1000, staticGroupSize: 0 });
    hub = await startHubProcess({ dataDir, env, compiled: true });
    const started = hub;
    await waitUntil(() => hubWorkers === 1 || started.workerPids().length >= hubWorkers, 60_000);
    const hubPids = () => [hub!.child.pid!, ...hub!.workerPids()];
    // Every seeded screen sells for one merchant on the local gateway (the seed's merchants have no acquirer).
    const merchant = await (await hubApi(hub))('POST', '/api/merchants', { name: 'Scale Mart', acquirer: 'alipay', credentials: gateway.credentials });
    await sql.query('update devices set merchant_id = $1', [merchant.id]);
    const idle = await processStats(hubPids());

    // Screens: each simulator process takes a slice and 64 source addresses of its own.
    fleet = new ScreenFleet({ mqttUrl: hub.mqttUrl, devices: seededDevices(screens, { sayWhatIsStored: true }), workers, rampSeconds, progressMs: 1000, cleanSession, connectTimeoutMs, buyers: { slowShare: 0.3, declineShare: 0.05, minFen: 100, maxFen: 10_000 } });
    const screenFleet = fleet;
    const t0 = performance.now();
    const cpuAtStart = await cpuByRole(hubPids(), screenFleet.pids());
    let peakRss = 0;
    // The hubs' memory when half the screens are in: what the second half adds is the cost of a screen, apart from
    // what a busy process holds whatever its number of screens (a grown young generation, compiled code, pools).
    let atHalf: { rssBytes: number; connected: number } | undefined;
    const sampler = setInterval(
      () =>
        void processStats(hubPids()).then((s) => {
          peakRss = Math.max(peakRss, s.rssBytes);
          const connectedNow = fleet!.connectedNow();
          if (!atHalf && connectedNow >= screens / 2) atHalf = { rssBytes: s.rssBytes, connected: connectedNow };
        }),
      2000,
    );
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
    // CPU per screen connected, by process, from the hubs' start to the last screen in: an upper bound on a screen's
    // CONNECT and Hello, since it also holds what the hubs do meanwhile (start-up tasks, the held screens' heartbeats;
    // a slow 150-a-second ramp of 15,000 screens, with no failed attempt, read 5.1 ms for the hubs for that reason).
    const cpuPerConnectMs = perScreenMs(cpuAtStart, await cpuByRole(hubPids(), screenFleet.pids()), connected);
    console.log(`  ${connected} of ${screens} connected in ${round(connectSeconds)} s; CPU ms per screen connected: ${JSON.stringify(cpuPerConnectMs)}`);

    screenFleet.setPaymentRate(paymentsPerSecond);
    await sleep(holdSeconds * 1000);
    const held = await processStats(hubPids());
    const holdingScreens = screenFleet.connectedNow();
    console.log(`  holding ${holdingScreens} screens: hub RSS ${round(held.rssBytes / 2 ** 20)} MiB over ${hubPids().length} processes`);

    if (args['no-storm']) {
      clearInterval(sampler);
      clearInterval(progressLine);
      const errorsByCause: Record<string, number> = {};
      for (const m of connectedReports) for (const [k, v] of Object.entries(m.errors)) errorsByCause[k] = (errorsByCause[k] ?? 0) + v;
      console.log(JSON.stringify({ connected, seconds: round(connectSeconds), latencyMs: percentilesMs(connectHistogram), cpuPerConnectMs, errorsByCause }));
      return;
    }

    // The storm: every hub process restarts at once, on the same ports; the screens come back with backoff and full jitter.
    const samePorts = { HUB_HTTP_PORT: new URL(hub.httpUrl).port, HUB_MQTT_PORT: new URL(hub.mqttUrl).port };
    // The storm comes while payments are in flight (slow buyers take 1.5 s): their outcomes must still reach the screens.
    screenFleet.setPaymentRate(0);
    const stormStart = performance.now();
    await hub.stop({ keepData: true });
    const stopSeconds = (performance.now() - stormStart) / 1000;
    console.log(`  every hub process stopped (gracefully) after ${round(stopSeconds)} s`);
    hub = await startHubProcess({ dataDir, env: { ...env, ...samePorts }, compiled: true });
    const restarted = hub;
    await waitUntil(() => hubWorkers === 1 || restarted.workerPids().length >= hubWorkers, 60_000);
    const upSeconds = (performance.now() - stormStart) / 1000;
    const cpuAtUp = await cpuByRole(hubPids(), screenFleet.pids());
    const connectedAtUp = screenFleet.connectedNow();
    // Commands for screens most of which are not back yet: each must reach its screen when it comes back (Hello).
    const api = await hubApi(restarted);
    const commandTargets = Array.from({ length: Math.min(commandCount, screens) }, (_, i) => seededDeviceId(Math.floor((i * screens) / commandCount)));
    await inBatches(commandTargets.length, 8, (i) => api('POST', `/api/devices/${commandTargets[i]}/commands`, { type: 'play_test_announcement', text: '欢迎回来', ttlSeconds: 3600 }));
    console.log(`  ${commandTargets.length} commands queued through the API ${round((performance.now() - stormStart) / 1000)} s after the stop`);
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
    // CPU per screen back, by process, from the hubs being up to 99 % back: what limits the rate.
    const cpuAtBack = await cpuByRole(hubPids(), screenFleet.pids());
    const reconnected = Math.max(1, screenFleet.connectedNow() - connectedAtUp);
    const cpuPerReconnectMs = perScreenMs(cpuAtUp, cpuAtBack, reconnected);
    const reconnectsPerSecond = round(reconnected / Math.max(1, back99! - upSeconds));
    console.log(`  ${reconnectsPerSecond} screens back a second once the hubs were up; CPU ms per screen back: ${JSON.stringify(cpuPerReconnectMs)}`);
    // What the storm must not lose: every command carried out, every payment final. Given two minutes to settle.
    const commandStates = async () => Object.fromEntries((await sql.query<{ state: string; n: number }>('select state, count(*)::int n from commands group by state')).rows.map((r) => [r.state, r.n]));
    const openTransactions = async () => (await sql.query<{ n: number }>('select count(*)::int n from transactions where state <> all($1::text[])', [FINAL_STATES])).rows[0]!.n;
    await waitUntil(async () => ((await commandStates()).succeeded ?? 0) >= commandTargets.length && (await openTransactions()) === 0, 120_000).catch(() => undefined);
    clearInterval(sampler);
    clearInterval(progressLine);

    screenFleet.send({ type: 'stop' });
    const doneReports = await screenFleet.all('done');
    const errors: Record<string, number> = {};
    let heartbeatsAcked = 0;
    let heartbeatsFailed = 0;
    const told = new Set<string>();
    let unanswered = 0;
    let toldLate = 0;
    for (const done of doneReports) {
      toldLate += done.paymentsToldLate;
      heartbeatsAcked += done.heartbeatsAcked;
      heartbeatsFailed += done.heartbeatsFailed;
      unanswered += done.paymentsUnanswered;
      for (const payment of done.payments) if (payment.transactionId) told.add(payment.transactionId);
      for (const [k, v] of Object.entries(done.errors)) errors[k] = (errors[k] ?? 0) + v;
    }
    const results = {
      machine: { cores: (await import('node:os')).cpus().length, node: process.version },
      screens,
      cleanSessions: cleanSession,
      connackTimeoutSeconds: connectTimeoutMs / 1000,
      hubProcesses: hubWorkers,
      simulatorProcesses: workers,
      connect: { connected, seconds: round(connectSeconds), perSecond: round(connected / connectSeconds), latencyMs: percentilesMs(connectHistogram), cpuPerConnectMs },
      memory: {
        hubRssIdleMiB: round(idle.rssBytes / 2 ** 20),
        hubRssHoldingMiB: round(held.rssBytes / 2 ** 20),
        hubRssPeakMiB: round(peakRss / 2 ** 20),
        perConnectedScreenKiB: round((held.rssBytes - idle.rssBytes) / 1024 / Math.max(1, holdingScreens)),
        perScreenOfTheSecondHalfKiB: atHalf ? round((held.rssBytes - atHalf.rssBytes) / 1024 / Math.max(1, holdingScreens - atHalf.connected)) : null,
      },
      storm: { hubStoppedAfterSeconds: round(stopSeconds), hubUpAfterSeconds: round(upSeconds), reconnectsPerSecond, cpuPerReconnectMs, back99PercentAfterSeconds: back99, timeline: timeline.filter((_, i) => i % 5 === 0) },
      heartbeats: { acked: heartbeatsAcked, failed: heartbeatsFailed },
      lostToTheStorm: await lostToTheStorm(sql, told, { unanswered, toldLate }, (await gateway.ledger()).trades, commandTargets.length, await commandStates()),
      errorsByCause: errors,
    };
    console.log(JSON.stringify({ ...results, storm: { ...results.storm, timeline: `${timeline.length} points` } }, null, 2));
    console.log(`saved ${await saveResults('scale', results)}`);
  } finally {
    fleet?.kill();
    await hub?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await sql.end();
    await server.drop();
    gateway.stop();
    redis.stop();
  }
}

/** CPU seconds so far of the hub processes, PostgreSQL, Redis and the simulator processes (/proc/<pid>/stat). */
async function cpuByRole(hubPids: number[], screenPids: number[]) {
  const pidsOf = (args: string[]) => {
    try {
      return execFileSync('pgrep', args, { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const cpu = async (pids: number[]) => (await processStats(pids)).cpuSeconds;
  return { hub: await cpu(hubPids), postgres: await cpu(pidsOf(['-u', 'postgres'])), redis: await cpu(pidsOf(['-x', 'redis-server'])), screens: await cpu(screenPids) };
}

type CpuByRole = Awaited<ReturnType<typeof cpuByRole>>;

/** CPU ms per screen, by role, between two readings. */
function perScreenMs(from: CpuByRole, to: CpuByRole, screensDone: number): Record<keyof CpuByRole, number> {
  const per = (role: keyof CpuByRole) => round(((to[role] - from[role]) * 1000) / Math.max(1, screensDone));
  return { hub: per('hub'), postgres: per('postgres'), redis: per('redis'), screens: per('screens') };
}

/**
 * Payments: every transaction final, and each told to its screen (the screens count what they were told, by
 * transaction id). Commands: every one queued after the restart carried out (the screen reported it succeeded).
 */
async function lostToTheStorm(sql: pg.Client, told: Set<string>, waits: { unanswered: number; toldLate: number }, trades: LedgerTrade[], commandsQueued: number, commandStates: Record<string, number>) {
  const { rows } = await sql.query<{ id: string; state: string; acquirer_order_no: string }>('select id, state, acquirer_order_no from transactions');
  const succeeded = new Set(rows.filter((r) => r.state === 'succeeded').map((r) => r.acquirer_order_no));
  const final = rows.filter((r) => FINAL_STATES.includes(r.state));
  return {
    payments: {
      transactions: rows.length,
      notFinal: rows.length - final.length,
      finalNeverTold: final.filter((r) => !told.has(r.id)).length,
      // A screen whose wait ran out names the order in its next Hello and is told then (late), or never (left without).
      screensWaitRanOut: waits.unanswered,
      toldLateInHello: waits.toldLate,
      // The acquirer's side: money taken for a payment the hub does not hold as succeeded.
      chargedNotSucceeded: trades.filter((t) => t.status === 'TRADE_SUCCESS' && !t.refunded && !succeeded.has(t.outTradeNo)).length,
      byState: rows.reduce<Record<string, number>>((counts, r) => ({ ...counts, [r.state]: (counts[r.state] ?? 0) + 1 }), {}),
    },
    commands: { queued: commandsQueued, byState: commandStates },
  };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
