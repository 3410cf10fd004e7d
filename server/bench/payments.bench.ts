// Payments benchmark: --screens screens pay through the hub to the local Alipay
// gateway (its own process, fixed latency). The offered rate rises from a tenth
// of --rate to --rate over --ramp-seconds, then holds --rate for --seconds; the
// screens take turns, so each pays once per (screens / rate) seconds. Latency is
// what a screen sees, PayRequest published to PayResult received, reported for
// the ramp and the steady part apart. For the steady part: each process's CPU
// per payment (hub, gateway, database, screens) and its main thread's wait for
// a core, from /proc, and the hub's event-loop utilisation. At the end the
// gateway's ledger is compared with what the screens were told. --pin puts the
// hub and its database on one core, the gateway and the screens on the other.
// --hub-workers N runs N hub processes (npm start -- --workers N) on a throwaway
// Redis, whose CPU is counted with the hub's. --campaign runs it with a bank-funded
// discount on every payment (50 fen off, a budget that never runs out, per-merchant
// and per-screen daily limits never reached but counted): each batch of payment
// writes then locks the campaign's row and reserves its discounts in its commit.
//
//   npm run bench:payments -- --rate 1000 --ramp-seconds 20 --seconds 60 --screens 10000 --gateway-latency-ms 50 --history 200000
// On an external PostgreSQL server set DATABASE_URL (a database is created on it for the run, and dropped after);
// without it the hub runs its embedded one.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ScreenClient, createServerDatabase, metricValue, startGatewayProcess, startHubProcess, type HubProcess } from '@screenhub/simulator';
import { startRedis, BenchProcesses, groupTimesBetween, type GroupName, hubCounters, HubEventLoop, childrenOf, machineBusySeconds, inBatches, checkLedger, PaymentLoad, formatPaymentsTable, type PaymentsTable, RateRamp, pinToCores, percentilesMs, saveResults, steadyCpu } from '@screenhub/simulator/bench';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres-server.js';
import { seedPaymentHistory } from './support/payment-history-seed.js';
import { hubApi, registerPaymentScreens } from './support/payment-screens-api.js';
import { PAYMENT_SCREEN_HELLO, seedPaymentScreens, type ScreenCredentials } from './support/payment-screens-seed.js';

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '1000' },
    'ramp-seconds': { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    screens: { type: 'string', default: '10000' },
    'gateway-latency-ms': { type: 'string', default: '50' },
    history: { type: 'string', default: '200000' },
    pin: { type: 'boolean', default: false },
    'hub-workers': { type: 'string', default: '1' },
    campaign: { type: 'boolean', default: false },
  },
});
const ramp = new RateRamp(Number(args.rate), Number(args['ramp-seconds']), Number(args.seconds));
const screenCount = Number(args.screens);
const gatewayLatencyMs = Number(args['gateway-latency-ms']);
/** Earlier payments in the database before the run (payment-history-seed.ts says why). */
const historyCount = Number(args.history);
const embedded = process.env.HUB_EMBEDDED_DATABASE ?? 'postgres';
const hubWorkers = Number(args['hub-workers']);
const databaseLabel = process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `the embedded default (${embedded})`;

/** Screens connecting at once: the hub answers each CONNECT with a lookup and a Hello; more only queue. */
const CONNECT_CONCURRENCY = 200;
/** How long the fleet idles, connected, before the ramp: its cost without payments (keepalives, presence). */
const IDLE_SECONDS = 5;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const seconds = (since: number) => round((performance.now() - since) / 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  console.log(
    `payments benchmark: ${ramp.targetRate}/s after a ${ramp.rampSeconds} s ramp from ${ramp.rateAt(0)}/s, held ${ramp.steadySeconds} s; ` +
      `${screenCount} screens (each pays every ${round(screenCount / ramp.targetRate)} s at the target); gateway latency ${gatewayLatencyMs} ms; database ${databaseLabel}` +
      (hubWorkers > 1 ? `; ${hubWorkers} hub processes on Redis` : '') +
      (args.campaign ? '; a discount campaign on every payment' : ''),
  );
  // Several hub processes route downlinks and share state through Redis (README: Several hub processes).
  const redis = hubWorkers > 1 ? await startRedis() : undefined;
  // On a server, a database of the run's own, dropped after it: the figures must not depend on the runs before (their
  // payments would pile up in the tables, each run on a bigger one). The embedded server starts empty in a new directory.
  const runDatabase = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL, 'screenhub_bench') : undefined;
  const eventLoop = await HubEventLoop.create();
  const gateway = await startGatewayProcess({ latencyMs: gatewayLatencyMs });
  const hub = await startHubProcess({
    env: {
      HUB_MQTT_UPLINK_RATE: '1000',
      HUB_MQTT_UPLINK_BURST: '1000',
      HUB_HEARTBEAT_INTERVAL_S: '86400',
      HUB_ACQUIRER_TIMEOUT_MS: '10000',
      ...(runDatabase ? { DATABASE_URL: runDatabase.url } : {}),
      ...(redis ? { HUB_WORKERS: String(hubWorkers), HUB_REDIS_URL: redis.url } : {}),
      ...gateway.hubEnv,
      ...eventLoop.hubEnv,
    },
  });
  const screens: ScreenClient[] = [];
  let processes: BenchProcesses | undefined;
  try {
    const api = await hubApi(hub);
    const merchant = await api('POST', '/api/merchants', { name: 'Bench Mart', acquirer: 'alipay', credentials: gateway.credentials });
    if (args.campaign) await api('POST', '/api/discount-campaigns', benchCampaign());
    const databaseUrl = runDatabase?.url ?? (await embeddedDatabaseUrl(hub));
    let t0 = performance.now();
    const credentials = databaseUrl
      ? await seedPaymentScreens({ databaseUrl, dataDir: hub.dataDir, merchantId: merchant.id!, count: screenCount })
      : await registerPaymentScreens(api, merchant.id!, screenCount);
    if (databaseUrl) await seedPaymentHistory({ databaseUrl, merchantId: merchant.id!, screenIds: credentials.map((c) => c.id), count: historyCount });
    const provisionSeconds = seconds(t0);
    t0 = performance.now();
    const screenErrors = await connectScreens(hub.mqttUrl, credentials, screens);
    const connectSeconds = seconds(t0);
    console.log(`  ${credentials.length} screens ${databaseUrl ? `and ${historyCount} earlier payments seeded into the database` : 'registered through the API'} in ${provisionSeconds} s; ${screens.length} connected in ${connectSeconds} s`);
    if (screens.length === 0) throw new Error(`no screen connected: ${JSON.stringify(screenErrors)}`);

    // startRedis's server is this process's child.
    const redisPids = redis ? (await childrenOf(process.pid)).filter((c) => c.command.includes('redis-server')).map((c) => c.pid) : [];
    const hubPids = () => [hub.child.pid!, ...hub.workerPids(), ...redisPids];
    processes = await BenchProcesses.find({ hubPids, databaseUrl });
    const found = processes;
    const pinned = args.pin ? await pinToCores(found) : undefined;
    if (pinned) console.log(`  ${pinned}`);
    const idle = await idleCpu(found);

    const load = new PaymentLoad(ramp, screens);
    const start = performance.now();
    // Every 5 s, on screen and in the results: where a backlog starts shows here first.
    const timeline: Array<{ at: number; offeredRate: number; sent: number; succeeded: number; inFlight: number }> = [];
    const progress = setInterval(() => {
      const at = round((performance.now() - start) / 1000);
      const point = { at, offeredRate: Math.round(ramp.rateAt(at)), sent: load.sent, succeeded: load.succeeded, inFlight: load.sent - load.answered };
      timeline.push(point);
      console.log(`  ${at} s: offering ${point.offeredRate}/s, ${point.sent} sent, ${point.succeeded} succeeded, ${point.inFlight} in flight`);
    }, 5000);
    // The steady part's ends, on the schedule's clock: what had succeeded, CPU, event loop.
    const mark = async () => ({ at: performance.now(), succeeded: load.succeeded, ownEventLoop: performance.eventLoopUtilization(), machine: await machineBusySeconds(), times: await found.sample(), eventLoop: await eventLoop.read(hubPids()) });
    const steadyStart = sleep(ramp.rampSeconds * 1000).then(mark);
    const steadyEnd = sleep(ramp.totalSeconds * 1000).then(mark);
    await load.run();
    const [begin, end] = await Promise.all([steadyStart, steadyEnd]);
    clearInterval(progress);
    const drainSeconds = round((performance.now() - end.at) / 1000);

    const steadyWall = (end.at - begin.at) / 1000;
    const steadyPayments = end.succeeded - begin.succeeded;
    const spent = groupTimesBetween(begin.times, end.times);
    const cpu = steadyCpu(spent, steadyWall, steadyPayments);
    const lost = load.lost.ramp + load.lost.steady;
    const ledger = checkLedger(load.told, lost, (await gateway.ledger()).trades);
    const phase = (name: 'ramp' | 'steady', offeredRate: number, achievedRate: number) => ({
      seconds: name === 'ramp' ? ramp.rampSeconds : ramp.steadySeconds,
      offeredRate: round(offeredRate),
      achievedRate: round(achievedRate),
      latencyMs: percentilesMs(load.latency[name]),
      lost: load.lost[name],
      toldWrong: ledger.toldWrong[name],
      notSucceeded: load.notSucceeded[name],
    });
    const notes = [
      `${cpus().length} cores; the CPU of every process on the machine shares them (load average ${loadavg().map((l) => round(l, 2)).join(' ')} at the end)`,
      'hub event-loop utilisation counts the time its loop waited for a core as busy: under contention it reads high',
      `wait/wall: time the group's main threads were runnable but waited for a core, as a share of the steady part (${round(steadyWall)} s)`,
      `idle CPU: per cent of one core with every screen connected and no payments, over ${IDLE_SECONDS} s before the ramp`,
      databaseUrl
        ? `database: the PostgreSQL server's postmaster and background processes, and the backends and workers of the hub's database (other databases' on a shared server left out)`
        : 'database: PGlite runs inside the hub; its CPU is in the hub row',
      `steady part drained ${drainSeconds} s after its end`,
      ...(pinned ? [pinned] : []),
      ...(redis ? [`${hubWorkers} hub processes: the hub row includes Redis (${redisPids.length ? 'found' : 'not found'}); the hub's counters are one worker's`] : []),
    ];
    if (databaseUrl && !found.database) notes.push('database server not found on this machine: its CPU is missing');
    const hubSample = await hub.sample();
    const table: PaymentsTable = {
      title: `payments: ${ramp.targetRate}/s target, ${screens.length} screens, gateway ${gatewayLatencyMs} ms, ${databaseLabel}${args.campaign ? ', a discount on every payment' : ''}`,
      phases: {
        ramp: phase('ramp', ramp.rampTotal / Math.max(ramp.rampSeconds, 1e-9), begin.succeeded / ((begin.at - start) / 1000)),
        steady: phase('steady', ramp.targetRate, steadyPayments / steadyWall),
      },
      doubled: ledger.doubled,
      chargedNeverTold: ledger.chargedNeverTold,
      steadyPayments,
      cpu,
      hubEventLoopUtilisation: HubEventLoop.between(begin.eventLoop, end.eventLoop),
      screensEventLoopUtilisation: round(performance.eventLoopUtilization(end.ownEventLoop, begin.ownEventLoop).utilization, 2),
      otherCores: round((end.machine - begin.machine) / steadyWall - cpu.all.cores, 2),
      idle,
      hub: hubCounters(hubSample.metrics),
      notes,
    };
    const results = {
      machine: { cores: cpus().length, node: process.version },
      database: process.env.DATABASE_URL ? 'postgres' : `embedded-${embedded}`,
      campaign: args.campaign,
      targetRate: ramp.targetRate,
      rampSeconds: ramp.rampSeconds,
      steadySeconds: ramp.steadySeconds,
      gatewayLatencyMs,
      screens: { asked: screenCount, connected: screens.length, provisionSeconds, connectSeconds, errors: screenErrors },
      ...table,
      p99AboveGatewayMs: round(table.phases.steady.latencyMs.p99 - gatewayLatencyMs),
      ledgerCharged: ledger.charged,
      timeline,
      hub: { rssMiB: Math.round(hubSample.rssBytes / 2 ** 20), eventLoopLagP99Ms: Math.round(metricValue(hubSample.metrics, 'nodejs_eventloop_lag_p99_seconds') * 1000) },
    };
    console.log(`\n${formatPaymentsTable(table)}\n`);
    console.log(`saved ${await saveResults('payments', results)}`);
    if (lost > 0 || ledger.doubled > 0 || ledger.toldWrong.ramp + ledger.toldWrong.steady > 0) {
      console.error('MISMATCH between the screens and the acquirer ledger');
      process.exitCode = 1;
    }
  } finally {
    await processes?.close();
    for (const screen of screens) screen.kill();
    await hub.stop();
    gateway.stop();
    await eventLoop.remove();
    await runDatabase?.drop();
    redis?.stop();
  }
}

/** The hub's embedded PostgreSQL server (adopted while it runs, never stopped here); undefined for PGlite. */
async function embeddedDatabaseUrl(hub: HubProcess): Promise<string | undefined> {
  if (embedded === 'pglite') return undefined;
  return (await startEmbeddedPostgres(hub.dataDir)).url;
}

/** Connects the screens (into `screens`, as they come up) over 16 source addresses; the screens' errors by message, counted from now on. */
async function connectScreens(mqttUrl: string, credentials: ScreenCredentials[], screens: ScreenClient[]): Promise<Record<string, number>> {
  const errors: Record<string, number> = {};
  const count = (err: Error) => {
    const key = err.message.replace(/[0-9]+/g, 'N').slice(0, 80);
    errors[key] = (errors[key] ?? 0) + 1;
  };
  await inBatches(credentials.length, CONNECT_CONCURRENCY, async (i) => {
    const device = credentials[i]!;
    const screen = new ScreenClient({
      url: mqttUrl,
      deviceId: device.id,
      secret: device.secret,
      paymentKey: device.paymentKey,
      hello: PAYMENT_SCREEN_HELLO,
      heartbeat: false,
      reconnect: false,
      keepaliveSeconds: 120,
      connectTimeoutMs: 30_000,
      localAddress: `127.0.0.${1 + (i % 16)}`,
    });
    screen.on('error', count);
    try {
      await screen.connect();
      screens.push(screen);
    } catch (err) {
      count(err as Error);
      screen.kill();
    }
  });
  return errors;
}

/** Per cent of one core each group uses while the fleet is connected and nothing is paid, and what other work used. */
async function idleCpu(processes: BenchProcesses): Promise<{ percent: Record<GroupName, number>; otherCores: number }> {
  await sleep(2000); // the last Hellos settle
  const [at, machine, before] = [performance.now(), await machineBusySeconds(), await processes.sample()];
  await sleep(IDLE_SECONDS * 1000);
  const spent = groupTimesBetween(before, await processes.sample());
  const wall = (performance.now() - at) / 1000;
  const ours = Object.values(spent).reduce((sum, g) => sum + g.cpuSeconds, 0);
  return {
    percent: Object.fromEntries(Object.entries(spent).map(([name, g]) => [name, round((g.cpuSeconds / wall) * 100)])) as Record<GroupName, number>,
    otherCores: round(((await machineBusySeconds()) - machine - ours) / wall, 2),
  };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/** 50 fen off every payment of every merchant, all day, with a budget no run spends: the discounted path on each payment. */
function benchCampaign() {
  const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return { name: '基准立减', merchants: {}, startsOn: day(-2), endsOn: day(2), channels: ['alipay', 'wechat', 'unionpay'], rule: 'threshold', minSpendFen: 0, offFen: 50, budgetFen: 100_000_000_000, perMerchantDay: 100_000, perScreenDay: 10_000 };
}
