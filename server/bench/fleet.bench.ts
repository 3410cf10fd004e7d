// Fleet benchmark (issue: fleet). Two parts, one hub process, on one machine:
//
// 1. Registry: a fleet of --devices screens at --merchants merchants is seeded
//    into the hub's database, then the device list is asked over HTTP, again
//    and again: a first page, simple filters, registry queries joining
//    merchants and stores, a deep page, a static and a dynamic group.
//    Percentiles per query, plus the plan PostgreSQL chose for a typical one.
// 2. Soak: --soak-screens of those screens connect (spread over worker
//    processes and source addresses) and heartbeat every 30 s (the interval
//    the hub's Welcome gives) for --soak-seconds; the hub's CPU and memory are
//    sampled every 5 s from its /metrics. On PostgreSQL, the device tables'
//    updates (how many HOT) and the WAL written, while connecting and steady.
//
//   npm run bench:fleet -- --devices 100000 --soak-screens 19000 --soak-seconds 300
//   BENCH_DATABASE_URL=postgres://... npm run bench:fleet    (a fresh database on that server)
//   BENCH_DATABASE_URL=postgres://... npm run bench:fleet -- --hub-workers 2 --soak-screens 20000
//     (two hub processes sharing the ports, with a throwaway redis-server: one process cannot hold 20,000 screens)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import pg from 'pg';
import { freshServerDatabase, startRedis, waitUntil, newHistogram, percentilesMs, saveResults, databaseWrites, writesBetween } from '@screenhub/simulator/bench';
import { BENCH_ADMIN, startHubProcess, type HubProcess, ScreenFleet, processStats } from '@screenhub/simulator';
import { seededDevices, seedFleet } from './support/fleet-seed.js';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '100000' },
    merchants: { type: 'string', default: '2000' },
    iterations: { type: 'string', default: '100' },
    'soak-screens': { type: 'string', default: '19000' },
    'soak-seconds': { type: 'string', default: '300' },
    'ramp-seconds': { type: 'string', default: '120' },
    workers: { type: 'string', default: '2' },
    'hub-workers': { type: 'string', default: '1' },
    'clean-session': { type: 'boolean', default: false },
    // A loaded hub answers CONNECT late; an attempt abandoned early is retried and only adds load.
    'connack-timeout-s': { type: 'string', default: '30' },
  },
});
const devices = Number(args.devices);
const merchants = Number(args.merchants);
const iterations = Number(args.iterations);
const soakScreens = Math.min(devices, Number(args['soak-screens']));
const soakSeconds = Number(args['soak-seconds']);
const rampSeconds = Number(args['ramp-seconds']);
const workers = Number(args.workers);
const hubWorkers = Number(args['hub-workers']);
const connectTimeoutMs = Number(args['connack-timeout-s']) * 1000;
const round = (n: number) => Math.round(n * 100) / 100;

async function measureRegistry(hub: HubProcess, token: string, groups: { staticGroupId: string; dynamicGroupId: string }) {
  const list = (filter: object, range = '[0,24]', sort = '["createdAt","DESC"]') =>
    `/api/devices?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${range}&sort=${encodeURIComponent(sort)}`;
  const cases: Array<[string, string]> = [
    ['first page (newest 25, with total)', list({})],
    ['filter online=false', list({ online: false })],
    ['filter model and app version', list({ model: 'P30', appVersion: '2.0.1' })],
    ['query city', list({ query: 'city = "杭州"' })],
    ['query city, tag, offline', list({ query: 'city = "杭州" and tags has "vip" and online = false' })],
    ['query models, version, last seen', list({ query: 'model in ("P30", "Q10") and appVersion = "2.3.1" and lastSeenAt < now-6h' })],
    ['query district or business area, sorted by last seen', list({ query: 'district = "District 3" or businessArea = "Area 7"' }, '[0,24]', '["lastSeenAt","ASC"]')],
    ['id or name contains (trigram indexes)', list({ q: '12345' })],
    ['deep page (rows 50,000-50,024)', list({}, '[50000,50024]')],
    ['static group (10,000 members)', `/api/groups/${groups.staticGroupId}/devices`],
    ['dynamic group', `/api/groups/${groups.dynamicGroupId}/devices`],
  ];
  const results: Record<string, ReturnType<typeof percentilesMs> & { total: string }> = {};
  for (const [name, path] of cases) {
    const histogram = newHistogram();
    let total = '';
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      const response = await fetch(hub.httpUrl + path, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      histogram.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
      if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
      total = response.headers.get('content-range')?.split('/')[1] ?? '';
    }
    results[name] = { ...percentilesMs(histogram), total };
    console.log(`  ${name.padEnd(55)} p50 ${results[name]!.p50} ms  p99 ${results[name]!.p99} ms  (${total} rows match)`);
  }
  return results;
}

async function soak(hub: HubProcess, databaseUrl: string | undefined) {
  const writes = async () => (databaseUrl ? databaseWrites(databaseUrl) : undefined);
  const beforeConnect = await writes();
  const fleet = new ScreenFleet({ mqttUrl: hub.mqttUrl, devices: seededDevices(soakScreens), workers, rampSeconds, cleanSession: args['clean-session'], connectTimeoutMs });
  const samples: Array<{ at: number; cpuSeconds: number; rssBytes: number }> = [];
  const t0 = performance.now();
  // Every hub process (the cluster's primary and its workers), from /proc.
  const hubPids = () => [hub.child.pid!, ...hub.workerPids()];
  const sampler = setInterval(() => void processStats(hubPids()).then((s) => samples.push({ at: (performance.now() - t0) / 1000, ...s })), 5000);
  const connectedReports = await fleet.all('connected');
  const connectSeconds = (performance.now() - t0) / 1000;
  const connected = connectedReports.reduce((n, r) => n + r.connected, 0);
  console.log(`  ${connected} screens connected in ${round(connectSeconds)} s; heartbeating for ${soakSeconds} s`);
  const afterConnect = await writes();
  const steadyFrom = samples.length;
  // The soak's figures cover the steady state only, not the connect ramp.
  fleet.send({ type: 'reset' });
  await new Promise((resolve) => setTimeout(resolve, soakSeconds * 1000));
  clearInterval(sampler);
  const afterSoak = await writes();
  fleet.send({ type: 'stop' });
  const doneReports = await fleet.all('done');

  const connectHistogram = newHistogram();
  const heartbeatHistogram = newHistogram();
  const totals = { heartbeatsSent: 0, heartbeatsAcked: 0, heartbeatsFailed: 0, reconnects: 0, connectFailed: 0 };
  const errors: Record<string, number> = {};
  for (const [i, d] of doneReports.entries()) {
    const c = connectedReports[i]!;
    connectHistogram.add(hdr.decodeFromCompressedBase64(c.connectHistogram));
    heartbeatHistogram.add(hdr.decodeFromCompressedBase64(d.heartbeatHistogram));
    totals.heartbeatsSent += d.heartbeatsSent;
    totals.heartbeatsAcked += d.heartbeatsAcked;
    totals.heartbeatsFailed += d.heartbeatsFailed;
    totals.reconnects += d.reconnects;
    totals.connectFailed += c.failed;
    for (const [k, v] of Object.entries(d.errors)) errors[k] = (errors[k] ?? 0) + v;
  }
  const steady = samples.slice(steadyFrom);
  const cpuPercent = steady.length > 1 ? ((steady.at(-1)!.cpuSeconds - steady[0]!.cpuSeconds) / (steady.at(-1)!.at - steady[0]!.at)) * 100 : NaN;
  return {
    screens: soakScreens,
    workers,
    hubProcesses: hubWorkers,
    connected,
    connectFailed: totals.connectFailed,
    connectSeconds: round(connectSeconds),
    connectLatencyMs: percentilesMs(connectHistogram),
    soakSeconds,
    heartbeats: { sent: totals.heartbeatsSent, acked: totals.heartbeatsAcked, failed: totals.heartbeatsFailed, perSecond: round(totals.heartbeatsAcked / soakSeconds), ackLatencyMs: percentilesMs(heartbeatHistogram) },
    reconnects: totals.reconnects,
    errors,
    databaseWrites: beforeConnect && afterConnect && afterSoak ? { connecting: writesBetween(beforeConnect, afterConnect), steady: writesBetween(afterConnect, afterSoak) } : undefined,
    hub: {
      cpuPercentSteady: round(cpuPercent),
      rssPeakMiB: round(Math.max(...samples.map((s) => s.rssBytes)) / 2 ** 20),
      rssEndMiB: round((samples.at(-1)?.rssBytes ?? NaN) / 2 ** 20),
      samples: samples.map((s) => ({ at: round(s.at), cpuSeconds: round(s.cpuSeconds), rssMiB: round(s.rssBytes / 2 ** 20) })),
    },
  };
}

async function main() {
  const server = await freshServerDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'screenhub-fleet-'));
  if (hubWorkers > 1 && !server) throw new Error('--hub-workers > 1 needs BENCH_DATABASE_URL (several processes share a PostgreSQL server)');
  const redis = hubWorkers > 1 ? await startRedis() : undefined;
  const databaseEnv: Record<string, string> = {
    // Without a server the fleet is seeded straight into a PGlite directory (fleet-seed.ts).
    ...(server ? { DATABASE_URL: server.url } : { HUB_EMBEDDED_DATABASE: 'pglite' }),
    ...(redis ? { HUB_REDIS_URL: redis.url, HUB_WORKERS: String(hubWorkers) } : {}),
  };
  console.log(`fleet benchmark on ${server ? 'PostgreSQL' : 'PGlite'}: ${devices} devices at ${merchants} merchants; soak ${soakScreens} screens for ${soakSeconds} s`);
  let hub: HubProcess | undefined;
  try {
    // Start once so the schema and the admin exist, then seed with the hub stopped (PGlite has one owner).
    const first = await startHubProcess({ dataDir, env: databaseEnv });
    await waitUntil(() => first.workerPids().length >= (hubWorkers > 1 ? hubWorkers : 0), 60_000);
    await first.stop({ keepData: true });
    const seedStart = performance.now();
    const groups = await seedFleet({ databaseUrl: server?.url, dataDir, devices, merchants, staticGroupSize: 10_000 });
    const seedSeconds = round((performance.now() - seedStart) / 1000);
    console.log(`  seeded in ${seedSeconds} s`);

    hub = await startHubProcess({ dataDir, env: { ...databaseEnv, HUB_HEARTBEAT_INTERVAL_S: '30', HUB_LOG_LEVEL: process.env.BENCH_HUB_LOG_LEVEL ?? 'error' } });
    const started = hub;
    await waitUntil(() => started.workerPids().length >= (hubWorkers > 1 ? hubWorkers : 0), 60_000);
    const login = await fetch(`${hub.httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
    const { token } = (await login.json()) as { token: string };
    console.log(`registry (${iterations} requests each, sequential, over HTTP):`);
    const registry = await measureRegistry(hub, token, groups);
    const plan = server ? await explainTypicalQuery(server.url) : undefined;

    const soakResults = soakScreens > 0 && soakSeconds > 0 ? (console.log('soak:'), await soak(hub, server?.url)) : undefined;
    const results = {
      machine: { cores: (await import('node:os')).cpus().length, node: process.version },
      database: server ? 'postgresql' : 'pglite',
      devices,
      merchants,
      seedSeconds,
      registryLatencyMs: registry,
      typicalQueryPlan: plan,
      soak: soakResults,
    };
    console.log(JSON.stringify({ ...results, soak: soakResults && { ...soakResults, hub: { ...soakResults.hub, samples: `${soakResults.hub.samples.length} samples` } } }, null, 2));
    console.log(`saved ${await saveResults('fleet', results)}`);
  } finally {
    await hub?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await server?.drop();
    redis?.stop();
  }
}

/** What PostgreSQL does for a registry query: the indexes are the point. */
async function explainTypicalQuery(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `explain (analyze, costs off, timing off) select d.id from devices d left join merchants m on m.id = d.merchant_id and m.tenant_id = d.tenant_id
       where d.tenant_id = (select id from tenants where is_root) and d.status <> 'decommissioned' and m.city = '杭州' and d.tags @> array['vip']
       order by d.created_at desc, d.id desc limit 25`,
    );
    return rows.map((r: Record<string, string>) => r['QUERY PLAN']!);
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
