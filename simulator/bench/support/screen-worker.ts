// A worker process holding a slice of a simulated fleet (a process may hold at
// most 20,000 open files): connects its screens over a ramp, then heartbeats
// each one at the interval the hub's Welcome gives, measuring PUBLISH→PUBACK.
// Talks to its parent over IPC; histograms travel compressed.
import * as hdr from 'hdr-histogram-js';
import { ScreenClient } from '../../src/index.js';
import { newHistogram } from './report.js';

export interface WorkerStart {
  type: 'start';
  mqttUrl: string;
  devices: Array<{ id: string; secret: string }>;
  /** Source addresses 127.0.0.<first>..<first+count-1>, round robin. */
  sourceAddressFirst: number;
  sourceAddressCount: number;
  rampSeconds: number;
  /** How often to report progress (connected count, heartbeats). Default 5000. */
  progressMs?: number;
}

export type WorkerReport =
  | { type: 'connected'; connected: number; failed: number; connectHistogram: string; errors: Record<string, number> }
  | { type: 'progress'; heartbeatsAcked: number; connected: number }
  | { type: 'done'; heartbeatsSent: number; heartbeatsAcked: number; heartbeatsFailed: number; heartbeatHistogram: string; reconnects: number; errors: Record<string, number> };

const send = (report: WorkerReport) => process.send!(report);
const errors: Record<string, number> = {};
const countError = (err: Error) => {
  const key = err.message.replace(/[0-9]+/g, 'N').slice(0, 80);
  errors[key] = (errors[key] ?? 0) + 1;
};

const clients: ScreenClient[] = [];
const timers: NodeJS.Timeout[] = [];
const heartbeatLatency = newHistogram();
let heartbeatsSent = 0;
let heartbeatsAcked = 0;
let heartbeatsFailed = 0;
let reconnects = 0;

async function start(message: WorkerStart): Promise<void> {
  const connectLatency = newHistogram();
  let failed = 0;
  const spacingMs = (message.rampSeconds * 1000) / message.devices.length;
  await Promise.all(
    message.devices.map(async (device, i) => {
      // The ramp: screens come up spread over rampSeconds, with jitter, as a fleet powering on would.
      await new Promise((resolve) => setTimeout(resolve, i * spacingMs + Math.random() * spacingMs));
      const client = new ScreenClient({
        url: message.mqttUrl,
        deviceId: device.id,
        secret: device.secret,
        heartbeat: false,
        keepaliveSeconds: 120,
        // A reconnect storm after the hub restarts: exponential backoff with full jitter, up to 30 s (the client's default).
        localAddress: `127.0.0.${message.sourceAddressFirst + (i % message.sourceAddressCount)}`,
      });
      client.on('error', countError);
      client.on('connected', () => reconnects++);
      const t0 = performance.now();
      try {
        const welcome = await client.connect();
        connectLatency.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
        clients.push(client);
        scheduleHeartbeats(client, (welcome.heartbeatIntervalS ?? 30) * 1000);
      } catch (err) {
        failed++;
        countError(err as Error);
      }
    }),
  );
  reconnects -= clients.length;
  send({ type: 'connected', connected: clients.length, failed, connectHistogram: hdr.encodeIntoCompressedBase64(connectLatency), errors });
  const progress = setInterval(() => send({ type: 'progress', heartbeatsAcked, connected: clients.filter((c) => c.connected).length }), message.progressMs ?? 5000);
  timers.push(progress);
}

function scheduleHeartbeats(client: ScreenClient, intervalMs: number): void {
  const beat = () => {
    if (!client.connected) return;
    heartbeatsSent++;
    const t0 = performance.now();
    client.sendHeartbeat().then(
      () => {
        heartbeatsAcked++;
        heartbeatLatency.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
      },
      (err: Error) => {
        heartbeatsFailed++;
        countError(err);
      },
    );
  };
  // First beat at a random point of the interval: the fleet's heartbeats spread evenly.
  const first = setTimeout(() => {
    beat();
    timers.push(setInterval(beat, intervalMs));
  }, Math.random() * intervalMs);
  timers.push(first);
}

function stop(): void {
  for (const timer of timers) clearInterval(timer);
  send({ type: 'done', heartbeatsSent, heartbeatsAcked, heartbeatsFailed, heartbeatHistogram: hdr.encodeIntoCompressedBase64(heartbeatLatency), reconnects, errors });
  for (const client of clients) client.kill();
  setTimeout(() => process.exit(0), 200);
}

/** Starts a measurement window: heartbeat counts and latencies from now on only. */
function reset(): void {
  heartbeatLatency.reset();
  heartbeatsSent = 0;
  heartbeatsAcked = 0;
  heartbeatsFailed = 0;
}

process.on('message', (message: WorkerStart | { type: 'stop' } | { type: 'reset' }) => {
  if (message.type === 'start') void start(message);
  else if (message.type === 'reset') reset();
  else stop();
});
