// Spine benchmark: N screens provisioned through the API connect over MQTT
// (time from CONNECT to Welcome), then send heartbeats at a fixed total rate
// for D seconds (time from PUBLISH to PUBACK). At the end every heartbeat must
// have reached the database, and the hub's CPU and memory are read from its
// /metrics. Hub and screens share the machine.
//
//   npm run bench:spine -- --screens 5000 --rate 5000 --seconds 30
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ScreenClient } from '../src/index.js';
import { BENCH_ADMIN, metricValue, startHubProcess } from '../src/hub-process.js';
import { inBatches } from './support/in-batches.js';
import { newHistogram, percentilesMs, saveResults } from './support/report.js';

const { values: args } = parseArgs({
  options: {
    screens: { type: 'string', default: '5000' },
    rate: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '30' },
    'connect-concurrency': { type: 'string', default: '200' },
    'source-addresses': { type: 'string', default: '16' },
  },
});
const screens = Number(args.screens);
const rate = Number(args.rate);
const seconds = Number(args.seconds);
const connectConcurrency = Number(args['connect-concurrency']);
const sourceAddresses = Number(args['source-addresses']);

async function main() {
  console.log(`spine benchmark: ${screens} screens, heartbeats at ${rate}/s for ${seconds} s, ${sourceAddresses} source addresses`);
  const hub = await startHubProcess({
    env: {
      // Heartbeat pacing comes from this script; the per-device limit must not be what is measured.
      HUB_MQTT_UPLINK_RATE: String(Math.max(20, Math.ceil((rate / screens) * 4))),
      HUB_MQTT_UPLINK_BURST: '100',
      HUB_HEARTBEAT_INTERVAL_S: '86400',
    },
  });
  const progress = new cliProgress.SingleBar({ format: '  {phase} [{bar}] {value}/{total} {rate}' }, cliProgress.Presets.shades_classic);
  try {
    const login = await fetch(`${hub.httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
    const { token } = (await login.json()) as { token: string };

    // 1. Provision through the API.
    progress.start(screens, 0, { phase: 'provision', rate: '' });
    const provisionStart = performance.now();
    const devices = await inBatches(
      screens,
      32,
      async () => {
        const response = await fetch(`${hub.httpUrl}/api/devices`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
        if (response.status !== 201) throw new Error(`provision failed: ${response.status}`);
        return (await response.json()) as { id: string; secret: string; paymentKey: string };
      },
      () => progress.increment(),
    );
    const provisionSeconds = (performance.now() - provisionStart) / 1000;
    progress.stop();

    const beforeConnect = await hub.sample();

    // 2. Connect every screen: CONNECT → CONNACK → SUBSCRIBE → Hello → Welcome.
    const connectLatency = newHistogram();
    progress.start(screens, 0, { phase: 'connect  ', rate: '' });
    const connectStart = performance.now();
    const clients = await inBatches(
      screens,
      connectConcurrency,
      async (i) => {
        const device = devices[i]!;
        const client = new ScreenClient({
          url: hub.mqttUrl,
          deviceId: device.id,
          secret: device.secret,
          paymentKey: device.paymentKey,
          heartbeat: false,
          keepaliveSeconds: 120,
          localAddress: `127.0.0.${1 + (i % sourceAddresses)}`,
        });
        const started = performance.now();
        await client.connect();
        connectLatency.recordValue(Math.round((performance.now() - started) * 1000));
        return client;
      },
      () => progress.increment(),
    );
    const connectSeconds = (performance.now() - connectStart) / 1000;
    progress.stop();
    const afterConnect = await hub.sample();

    // 3. Heartbeats at a fixed total rate, round-robin over the screens, QoS 1.
    const ackLatency = newHistogram();
    let sent = 0;
    let acked = 0;
    let failed = 0;
    const total = rate * seconds;
    progress.start(total, 0, { phase: 'heartbeat', rate: '' });
    const cpuBefore = afterConnect.cpuSeconds;
    const heartbeatStart = performance.now();
    // Open loop: what is due follows the clock, not the number of timer ticks, so a
    // slow event loop sends bigger bursts instead of quietly lowering the rate.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(total, Math.floor(((performance.now() - heartbeatStart) / 1000) * rate));
        while (sent < due) {
          const client = clients[sent % clients.length]!;
          sent++;
          const started = performance.now();
          client.sendHeartbeat().then(
            () => {
              ackLatency.recordValue(Math.max(1, Math.round((performance.now() - started) * 1000)));
              acked++;
              if (acked % 1000 === 0) progress.update(acked);
              if (acked + failed === total) resolve();
            },
            () => {
              failed++;
              if (acked + failed === total) resolve();
            },
          );
        }
        if (sent >= total) clearInterval(timer);
      }, 5);
    });
    const heartbeatSeconds = (performance.now() - heartbeatStart) / 1000;
    progress.update(acked);
    progress.stop();

    // 4. Everything in the database? Wait for the flusher to catch up, then read the hub's counters.
    let end = await hub.sample();
    const deadline = Date.now() + 15_000;
    while (metricValue(end.metrics, 'hub_live_state_rows_written_total', '{table="device_heartbeats"}') < acked && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      end = await hub.sample();
    }
    const received = metricValue(end.metrics, 'hub_mqtt_messages_in_total', '{kind="heartbeat"}');
    const written = metricValue(end.metrics, 'hub_live_state_rows_written_total', '{table="device_heartbeats"}');
    const flushCount = metricValue(end.metrics, 'hub_live_state_flush_seconds_count');
    const flushSum = metricValue(end.metrics, 'hub_live_state_flush_seconds_sum');

    const results = {
      machine: { cores: (await import('node:os')).cpus().length, node: process.version },
      screens,
      provision: { seconds: round(provisionSeconds), perSecond: round(screens / provisionSeconds) },
      connect: { seconds: round(connectSeconds), perSecond: round(screens / connectSeconds), latencyMs: percentilesMs(connectLatency) },
      heartbeats: {
        targetRate: rate,
        sent,
        acked,
        failed,
        seconds: round(heartbeatSeconds),
        achievedRate: round(acked / heartbeatSeconds),
        ackLatencyMs: percentilesMs(ackLatency),
        receivedByHub: received,
        writtenToDatabase: written,
        flushes: flushCount,
        meanFlushMs: round((flushSum / Math.max(1, flushCount)) * 1000),
      },
      hub: {
        rssAfterConnectMiB: round(afterConnect.rssBytes / 2 ** 20),
        rssEndMiB: round(end.rssBytes / 2 ** 20),
        rssBeforeConnectMiB: round(beforeConnect.rssBytes / 2 ** 20),
        // What connected screens add, net of the process's base (PGlite's WASM heap is most of that).
        rssPerScreenKiB: round((afterConnect.rssBytes - beforeConnect.rssBytes) / 1024 / screens),
        cpuDuringHeartbeatsPercent: round(((end.cpuSeconds - cpuBefore) / heartbeatSeconds) * 100),
      },
    };
    console.log(JSON.stringify(results, null, 2));
    console.log(`saved ${await saveResults('spine', results)}`);
    for (const client of clients) client.kill();
    if (written !== acked || failed > 0) {
      console.error(`LOSS: ${acked} heartbeats acknowledged, ${written} written, ${failed} failed`);
      process.exitCode = 1;
    }
  } finally {
    progress.stop();
    await hub.stop();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
