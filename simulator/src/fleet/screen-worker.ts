// A worker process holding a slice of a simulated fleet (a process may hold at
// most 20,000 open files): connects its screens over a ramp with jitter, then
// heartbeats each one at the interval the hub's Welcome gives (PUBLISH→PUBACK
// measured) and, when asked, takes its share of the fleet's payments at the
// rate the parent sets (PayRequest→PayResult measured). Screens reconnect with
// exponential backoff and full jitter; commands are carried out (the
// ScreenClient default). Talks to its parent over IPC; histograms travel compressed.
import { createPublicKey } from 'node:crypto';
import * as hdr from 'hdr-histogram-js';
import { PayStatus, type HelloBody } from '@screenhub/protocol';
import type { BackoffOptions } from '../backoff.js';
import { ScreenClient } from '../screen-client.js';

export interface WorkerStart {
  type: 'start';
  mqttUrl: string;
  /** paymentKey: from provisioning; signs PayRequests and checks the hub's signature on downlinks. */
  devices: Array<{ id: string; secret: string; paymentKey: string; hello?: Partial<HelloBody> }>;
  /** Source addresses 127.0.0.<first>..<first+count-1>, round robin. */
  sourceAddressFirst: number;
  sourceAddressCount: number;
  rampSeconds: number;
  /** How often to report progress. Default 5000. */
  progressMs?: number;
  reconnect?: BackoffOptions;
  /** MQTT clean sessions (no offline QoS 1 queue in the broker; the hub re-offers commands and config on Hello). Default false. */
  cleanSession?: boolean;
  /** Take OTA offers: the release key the screens trust (PEM), and the share whose new version fails to boot. */
  ota?: { trustedKeyPem: string; failureShare: number };
  /** How long a connection attempt waits for CONNACK before it is abandoned and retried, ms. Default the ScreenClient's (10 000). */
  connectTimeoutMs?: number;
  /** Buyers: the share who take time to enter a password, and who are declined (forced by the local gateway's auth codes). */
  buyers?: { slowShare: number; declineShare: number; minFen: number; maxFen: number };
}

/** From the parent: this worker's payments per second from now on. */
export interface WorkerPaymentRate {
  type: 'rate';
  paymentsPerSecond: number;
}

export interface PaymentOutcome {
  orderNo: string;
  /** The hub's transaction (empty when refused before one existed). */
  transactionId: string;
  amountFen: number;
  status: number;
  /** Told after the screen's wait had run out: it asked again in its next Hello. */
  late?: boolean;
}

export type WorkerReport =
  | { type: 'connected'; connected: number; failed: number; connectHistogram: string; errors: Record<string, number> }
  | { type: 'progress'; heartbeatsAcked: number; paymentsDone: number; connected: number; errors: number; paymentP99Ms: number }
  | {
      type: 'done';
      heartbeatsSent: number;
      heartbeatsAcked: number;
      heartbeatsFailed: number;
      heartbeatHistogram: string;
      paymentHistogram: string;
      payments: PaymentOutcome[];
      paymentsUnanswered: number;
      /** Of those, told later (the screen named them in a Hello after its wait ran out). */
      paymentsToldLate: number;
      reconnects: number;
      errors: Record<string, number>;
      /** Outcomes of OTA offers taken, by outcome. */
      ota: Record<string, number>;
    };

const histogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
const send = (report: WorkerReport) => process.send!(report);
const errors: Record<string, number> = {};
let errorCount = 0;
const countError = (err: Error) => {
  const key = err.message.replace(/[0-9]+/g, 'N').slice(0, 80);
  errors[key] = (errors[key] ?? 0) + 1;
  errorCount++;
};

const clients: ScreenClient[] = [];
const timers: NodeJS.Timeout[] = [];
const heartbeatLatency = histogram();
const paymentLatency = histogram();
/** Payment latency since the last progress report: the chart's latency over time. */
const recentPaymentLatency = histogram();
const payments: PaymentOutcome[] = [];
let heartbeatsSent = 0;
let heartbeatsAcked = 0;
let heartbeatsFailed = 0;
let paymentsUnanswered = 0;
let paymentsToldLate = 0;
let reconnects = 0;
let paymentsPerSecond = 0;
let start: WorkerStart;

async function begin(message: WorkerStart): Promise<void> {
  start = message;
  const connectLatency = histogram();
  let failed = 0;
  const spacingMs = (message.rampSeconds * 1000) / Math.max(1, message.devices.length);
  await Promise.all(
    message.devices.map(async (device, i) => {
      // The ramp: screens come up spread over rampSeconds, with jitter, as a fleet powering on would.
      await new Promise((resolve) => setTimeout(resolve, i * spacingMs + Math.random() * spacingMs));
      const client = new ScreenClient({
        url: message.mqttUrl,
        deviceId: device.id,
        secret: device.secret,
        paymentKey: device.paymentKey,
        hello: device.hello,
        heartbeat: false,
        keepaliveSeconds: 120,
        reconnect: message.reconnect,
        cleanSession: message.cleanSession,
        connectTimeoutMs: message.connectTimeoutMs,
        localAddress: `127.0.0.${message.sourceAddressFirst + (i % message.sourceAddressCount)}`,
        ...(message.ota ? { ota: { trustedKeys: [createPublicKey(message.ota.trustedKeyPem)], failure: Math.random() < message.ota.failureShare ? 'rollback' : 'none', installMs: 1000, progressStepPct: 25 } } : {}),
      });
      client.on('error', countError);
      client.on('connected', () => reconnects++);
      client.on('lateResult', (result) => {
        paymentsToldLate++;
        payments.push({ orderNo: result.orderNo ?? '', transactionId: result.transactionId ?? '', amountFen: result.amountFen ?? 0, status: result.status ?? PayStatus.PAY_STATUS_UNSPECIFIED, late: true });
      });
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

/** Open loop: what is due follows the clock, a fraction carried over from tick to tick. */
function startPayments(): void {
  let due = 0;
  let last = performance.now();
  let counter = 0;
  const busy = new Set<ScreenClient>();
  timers.push(
    setInterval(() => {
      const now = performance.now();
      due += (paymentsPerSecond * (now - last)) / 1000;
      last = now;
      while (due >= 1) {
        due -= 1;
        const idle = clients.filter((c) => c.connected && !busy.has(c) && !c.updater?.installing);
        if (idle.length === 0) break;
        const screen = idle[Math.floor(Math.random() * idle.length)]!;
        pay(screen, counter++, busy);
      }
    }, 50),
  );
}

function pay(screen: ScreenClient, n: number, busy: Set<ScreenClient>): void {
  const buyers = start.buyers ?? { slowShare: 0, declineShare: 0, minFen: 100, maxFen: 10_000 };
  const roll = Math.random();
  // The local gateway's forced outcomes by auth code suffix: 92 enters a password first, 91 is declined.
  const suffix = roll < buyers.slowShare ? '92' : roll < buyers.slowShare + buyers.declineShare ? '91' : '10';
  const orderNo = `${screen.options.deviceId}-${process.pid}-${n}`;
  const amountFen = buyers.minFen + Math.floor(Math.random() * (buyers.maxFen - buyers.minFen + 1));
  const authCode = `28${String(Date.now()).slice(-12)}${String(n % 100).padStart(2, '0')}${suffix}`;
  busy.add(screen);
  const t0 = performance.now();
  screen
    .pay({ orderNo, amountFen, authCode }, 90_000)
    .then(
      (result) => {
        const micros = Math.max(1, Math.round((performance.now() - t0) * 1000));
        paymentLatency.recordValue(micros);
        recentPaymentLatency.recordValue(micros);
        payments.push({ orderNo, transactionId: result.transactionId ?? '', amountFen, status: result.status ?? PayStatus.PAY_STATUS_UNSPECIFIED });
      },
      (err: Error) => {
        paymentsUnanswered++;
        countError(err);
      },
    )
    .finally(() => busy.delete(screen));
}

function progressLoop(): void {
  timers.push(
    setInterval(() => {
      send({
        type: 'progress',
        heartbeatsAcked,
        paymentsDone: payments.length,
        connected: clients.filter((c) => c.connected).length,
        errors: errorCount,
        paymentP99Ms: recentPaymentLatency.totalCount > 0 ? recentPaymentLatency.getValueAtPercentile(99) / 1000 : 0,
      });
      recentPaymentLatency.reset();
    }, start.progressMs ?? 5000),
  );
}

/** Starts a measurement window: heartbeat counts and latencies from now on only. */
function reset(): void {
  heartbeatLatency.reset();
  heartbeatsSent = 0;
  heartbeatsAcked = 0;
  heartbeatsFailed = 0;
}

function otaOutcomes(): Record<string, number> {
  const outcomes: Record<string, number> = {};
  for (const client of clients) {
    for (const update of client.updater?.updates.values() ?? []) outcomes[update.outcome ?? 'unfinished'] = (outcomes[update.outcome ?? 'unfinished'] ?? 0) + 1;
  }
  return outcomes;
}

function stop(): void {
  for (const timer of timers) clearInterval(timer);
  paymentsPerSecond = 0;
  send({
    type: 'done',
    heartbeatsSent,
    heartbeatsAcked,
    heartbeatsFailed,
    heartbeatHistogram: hdr.encodeIntoCompressedBase64(heartbeatLatency),
    paymentHistogram: hdr.encodeIntoCompressedBase64(paymentLatency),
    payments,
    paymentsUnanswered,
    paymentsToldLate,
    reconnects,
    errors,
    ota: otaOutcomes(),
  });
  for (const client of clients) client.kill();
  setTimeout(() => process.exit(0), 500);
}

process.on('message', (message: WorkerStart | WorkerPaymentRate | { type: 'stop' } | { type: 'reset' }) => {
  if (message.type === 'start') {
    void begin(message);
    progressLoop();
    startPayments();
  } else if (message.type === 'rate') paymentsPerSecond = message.paymentsPerSecond;
  else if (message.type === 'reset') reset();
  else stop();
});
