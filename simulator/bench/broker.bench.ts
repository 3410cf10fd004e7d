// Broker benchmark: raw uplink throughput of the hub's broker layer against
// Mosquitto (Debian's package) and bare aedes, in the same run, with the same
// load generator. Each broker runs alone in its own process in turn; the load
// generator (this process) opens --clients MQTT connections that publish QoS 1
// heartbeat-sized uplinks to their own up topic, each keeping --window
// unacknowledged, for --seconds after a warm-up. Reported: acknowledged uplinks
// per second, PUBLISH→PUBACK percentiles, and ratios to Mosquitto and aedes.
// Before that, a connect phase: --connect-clients screens connect (CONNECT with
// username and password, clean session, CONNACK), --connect-window at a time,
// as a fleet does after a restart; reported: connects per second, the broker's
// CPU per connect, and the ratios. For the hub's layer that includes its
// authentication hook (answered from memory here, as from its credential cache).
//
//   npm run bench:broker -- --clients 200 --window 10 --seconds 20 --connect-clients 5000 --connect-window 200
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { encodeUplink, uplinkTopic } from '@screenhub/protocol';
import { freePort, portOpen, waitUntil } from '../src/local-services.js';
import { processStats } from '../src/process-stats.js';
import { newHistogram, percentilesMs, saveResults } from './support/report.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    window: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    'warmup-seconds': { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    'connect-clients': { type: 'string', default: '5000' },
    'connect-window': { type: 'string', default: '200' },
  },
});
const connectClients = Number(args['connect-clients']);
const connectWindow = Number(args['connect-window']);
const clients = Number(args.clients);
const windowSize = Number(args.window);
const seconds = Number(args.seconds);
const warmupSeconds = Number(args['warmup-seconds']);
const rounds = Number(args.rounds);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const round = (n: number) => Math.round(n * 100) / 100;

// What a screen sends most: a heartbeat envelope (about 40 bytes).
const payload = Buffer.from(
  encodeUplink({ messageId: 1, sentAtMs: Date.now(), heartbeat: { uptimeS: 3600, rssiDbm: -65, networkType: 4, temperatureDc: 380, freeStorageBytes: 2e9, freeMemoryBytes: 1.5e8, appVersion: '2.3.1' } }),
);

interface Target {
  name: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function startTarget(name: 'hub' | 'aedes' | 'mosquitto'): Promise<Target> {
  const port = await freePort();
  let child: ChildProcess;
  let configDir: string | undefined;
  if (name === 'mosquitto') {
    configDir = await mkdtemp(join(tmpdir(), 'bench-mosquitto-'));
    // Anonymous, no persistence, QoS 1 window as large as the load generator's.
    await writeFile(join(configDir, 'mosquitto.conf'), `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\nmax_inflight_messages ${windowSize * 2}\nmax_queued_messages 10000\nlog_dest none\n`);
    child = spawn('mosquitto', ['-c', join(configDir, 'mosquitto.conf')], { stdio: ['ignore', 'ignore', 'inherit'] });
    await waitUntil(() => portOpen(port), 10_000);
  } else {
    child = spawn(process.execPath, ['--import', 'tsx', 'broker/bench/target-main.ts', name, String(port)], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    });
  }
  return {
    name,
    port,
    process: child,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
      if (configDir) await rm(configDir, { recursive: true, force: true });
    },
  };
}

/** A screen's MQTT options: its id as client id and user name, the password every target takes, a clean session, the
 * i-th of 16 loopback source addresses (one address has too few ports for thousands of connections). */
function screenOptions(deviceId: string, i: number): IClientOptions & { localAddress: string } {
  return {
    clientId: deviceId,
    username: deviceId,
    password: 'bench',
    protocolVersion: 4,
    clean: true,
    reconnectPeriod: 0,
    keepalive: 120,
    localAddress: `127.0.0.${1 + (i % 16)}`,
  };
}

/** Connects `connectClients` screens, `connectWindow` at a time; then closes them all. */
async function measureConnects(target: Target) {
  const pids = [target.process.pid!];
  const connected: MqttClient[] = [];
  let next = 0;
  let refused = 0;
  const cpuBefore = await processStats(pids);
  const t0 = performance.now();
  const worker = async () => {
    while (next < connectClients) {
      const i = next++;
      const client = mqtt.connect(`mqtt://127.0.0.1:${target.port}`, { ...screenOptions(`storm-${i}`, i), keepalive: 300, connectTimeout: 30_000 });
      const ok = await new Promise<boolean>((resolve) => {
        client.once('connect', () => resolve(true));
        client.once('error', () => resolve(false));
        client.once('close', () => resolve(false));
      });
      if (ok) connected.push(client);
      else {
        refused++;
        client.end(true);
      }
    }
  };
  await Promise.all(Array.from({ length: connectWindow }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  const cpuAfter = await processStats(pids);
  await Promise.all(connected.map((c) => c.endAsync(true)));
  return {
    connectsPerSecond: round(connected.length / elapsed),
    refused,
    brokerCpuMicrosPerConnect: round(((cpuAfter.cpuSeconds - cpuBefore.cpuSeconds) / Math.max(1, connected.length)) * 1e6),
  };
}

async function measure(target: Target) {
  const connections: MqttClient[] = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const client = mqtt.connect(`mqtt://127.0.0.1:${target.port}`, screenOptions(`bench-${i}`, i));
      await new Promise<void>((resolve, reject) => {
        client.once('connect', () => resolve());
        client.once('error', reject);
      });
      return client;
    }),
  );
  const latency = newHistogram();
  let acked = 0;
  let failed = 0;
  let measuring = false;
  let running = true;
  const loop = (client: MqttClient, topic: string) => {
    const send = () => {
      if (!running) return;
      const started = performance.now();
      client.publish(topic, payload, { qos: 1 }, (err) => {
        if (err) failed++;
        else if (measuring) {
          acked++;
          latency.recordValue(Math.max(1, Math.round((performance.now() - started) * 1000)));
        }
        send();
      });
    };
    for (let w = 0; w < windowSize; w++) send();
  };
  connections.forEach((client, i) => loop(client, uplinkTopic(`bench-${i}`)));
  await new Promise((resolve) => setTimeout(resolve, warmupSeconds * 1000));
  const pids = [target.process.pid!];
  const cpuBefore = await processStats(pids);
  measuring = true;
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpuAfter = await processStats(pids);
  running = false;
  await Promise.all(connections.map((c) => c.endAsync(true)));
  return {
    ackedPerSecond: round(acked / elapsed),
    failed,
    latencyMs: percentilesMs(latency),
    brokerCpuPercent: round(((cpuAfter.cpuSeconds - cpuBefore.cpuSeconds) / elapsed) * 100),
    // What one uplink costs the broker in CPU: comparable even when the load generator is what caps the rate.
    brokerCpuMicrosPerUplink: round(((cpuAfter.cpuSeconds - cpuBefore.cpuSeconds) / Math.max(1, acked)) * 1e6),
    brokerRssMiB: round(cpuAfter.rssBytes / 2 ** 20),
  };
}

async function main() {
  console.log(`broker benchmark: ${clients} connections × ${windowSize} in flight, QoS 1 ${payload.length}-byte uplinks, ${seconds} s per target, ${rounds} rounds`);
  const results: Record<string, Array<Awaited<ReturnType<typeof measure>>>> = { mosquitto: [], aedes: [], hub: [] };
  const connects: Record<string, Array<Awaited<ReturnType<typeof measureConnects>>>> = { mosquitto: [], aedes: [], hub: [] };
  // A first, unmeasured pass warms the load generator up (its JIT), so the first broker measured is not penalised.
  const warm = await startTarget('aedes');
  await measure(warm).finally(() => warm.stop());
  // Rounds alternate the order so a slow spell of the shared machine does not land on one broker only; medians are reported.
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['mosquitto', 'aedes', 'hub'] as const) : (['hub', 'aedes', 'mosquitto'] as const);
    for (const name of order) {
      const target = await startTarget(name);
      try {
        const storm = await measureConnects(target);
        connects[name]!.push(storm);
        console.log(
          `  round ${r + 1} ${name.padEnd(9)} ${storm.connectsPerSecond} connects/s (${connectClients} screens, ${connectWindow} at a time, ${storm.refused} refused)  broker CPU ${storm.brokerCpuMicrosPerConnect} µs/connect`,
        );
        const result = await measure(target);
        results[name]!.push(result);
        console.log(
          `  round ${r + 1} ${name.padEnd(9)} ${result.ackedPerSecond} uplinks/s  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  broker CPU ${result.brokerCpuPercent} % (${result.brokerCpuMicrosPerUplink} µs/uplink)`,
        );
      } finally {
        await target.stop();
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const medians = <R>(byTarget: Record<string, R[]>, pick: (run: R) => number) =>
    Object.fromEntries(Object.entries(byTarget).map(([name, runs]) => [name, median(runs.map(pick))])) as Record<string, number>;
  /** The hub's figure over Mosquitto's and over bare aedes's. */
  const hubOver = (values: Record<string, number>) => ({ mosquitto: round(values.hub! / values.mosquitto!), aedes: round(values.hub! / values.aedes!) });
  const best = medians(results, (x) => x.ackedPerSecond);
  const cpu = medians(results, (x) => x.brokerCpuMicrosPerUplink);
  const connectRate = medians(connects, (x) => x.connectsPerSecond);
  const connectCpu = medians(connects, (x) => x.brokerCpuMicrosPerConnect);
  const summary = {
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    clients,
    window: windowSize,
    seconds,
    payloadBytes: payload.length,
    uplinksPerSecond: best,
    brokerCpuMicrosPerUplink: cpu,
    hubOver: { throughput: hubOver(best), cpuPerUplink: hubOver(cpu) },
    connects: {
      clients: connectClients,
      window: connectWindow,
      perSecond: connectRate,
      brokerCpuMicrosPerConnect: connectCpu,
      hubOver: { rate: hubOver(connectRate), cpuPerConnect: hubOver(connectCpu) },
    },
    runs: results,
    connectRuns: connects,
  };
  console.log(JSON.stringify({ ...summary, runs: undefined, connectRuns: undefined }, null, 2));
  console.log(`saved ${await saveResults('broker', summary)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
