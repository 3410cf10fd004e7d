// Payments benchmark: S screens pay at a fixed total rate through the hub to
// the local Alipay gateway (its own process, fixed latency), for D seconds
// after a warm-up. Latency is what the screen sees: PayRequest published to
// PayResult received. At the end the gateway's ledger is compared with what the
// screens were told: every payment exactly once, none lost, none doubled.
//
//   npm run bench:payments -- --rate 1000 --seconds 60 --screens 200 --gateway-latency-ms 50
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { PayStatus } from '@screenhub/protocol';
import { BENCH_ADMIN, ScreenClient, metricValue, startGatewayProcess, startHubProcess } from '../src/index.js';
import { newHistogram, percentilesMs, saveResults } from './support/report.js';

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '60' },
    'warmup-seconds': { type: 'string', default: '5' },
    screens: { type: 'string', default: '200' },
    'gateway-latency-ms': { type: 'string', default: '50' },
  },
});
const rate = Number(args.rate);
const seconds = Number(args.seconds);
const warmupSeconds = Number(args['warmup-seconds']);
const screenCount = Number(args.screens);
const gatewayLatencyMs = Number(args['gateway-latency-ms']);

async function main() {
  console.log(`payments benchmark: ${rate}/s for ${seconds} s (+${warmupSeconds} s warm-up), ${screenCount} screens, gateway latency ${gatewayLatencyMs} ms, database ${process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `the embedded default (${process.env.HUB_EMBEDDED_DATABASE ?? 'postgres'})`}`);
  const gateway = await startGatewayProcess({ latencyMs: gatewayLatencyMs });
  const hub = await startHubProcess({
    env: { HUB_MQTT_UPLINK_RATE: '1000', HUB_MQTT_UPLINK_BURST: '1000', HUB_HEARTBEAT_INTERVAL_S: '86400', HUB_ACQUIRER_TIMEOUT_MS: '10000', ...gateway.hubEnv },
  });
  const progress = new cliProgress.SingleBar({ format: '  {phase} [{bar}] {value}/{total}' }, cliProgress.Presets.shades_classic);
  const screens: ScreenClient[] = [];
  try {
    const login = await fetch(`${hub.httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
    const { token } = (await login.json()) as { token: string };
    const api = async (method: string, path: string, body: unknown) => {
      const response = await fetch(`${hub.httpUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<Record<string, string>>;
    };
    const merchant = await api('POST', '/api/merchants', { name: 'Bench Mart', acquirer: 'alipay', credentials: gateway.credentials });
    for (let i = 0; i < screenCount; i++) {
      const device = await api('POST', '/api/devices', {});
      await api('PUT', `/api/devices/${device.id}`, { merchantId: merchant.id });
      const screen = new ScreenClient({ url: hub.mqttUrl, deviceId: device.id!, secret: device.secret!, paymentKey: device.paymentKey!, heartbeat: false, reconnect: false, localAddress: `127.0.0.${1 + (i % 8)}` });
      await screen.connect();
      screens.push(screen);
    }

    const latency = newHistogram();
    const statuses = new Map<number, number>();
    const told = new Map<string, number>();
    let sent = 0;
    let answered = 0;
    let lost = 0;
    const warmupTotal = rate * warmupSeconds;
    const total = warmupTotal + rate * seconds;
    const cpuStart = { value: 0, at: 0 };
    progress.start(total, 0, { phase: 'paying' });
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
        while (sent < due) {
          const index = sent++;
          if (index === warmupTotal) void hub.sample().then((s) => Object.assign(cpuStart, { value: s.cpuSeconds, at: performance.now() }));
          const screen = screens[index % screens.length]!;
          const orderNo = `B${index}`;
          const began = performance.now();
          screen
            .pay({ orderNo, amountFen: 100 + (index % 9000), authCode: `28${String(index).padStart(14, '0')}10` }, 60_000)
            .then(
              (result) => {
                if (index >= warmupTotal) latency.recordValue(Math.max(1, Math.round((performance.now() - began) * 1000)));
                statuses.set(result.status ?? 0, (statuses.get(result.status ?? 0) ?? 0) + 1);
                // The acquirer knows the payment by the hub's transaction id without dashes (README, Payments).
                if (result.transactionId) told.set(result.transactionId.replaceAll('-', ''), result.status ?? 0);
              },
              () => lost++,
            )
            .finally(() => {
              answered++;
              if (answered % 500 === 0) progress.update(answered);
              if (answered === total) resolve();
            });
        }
        if (sent >= total) clearInterval(timer);
      }, 5);
    });
    const elapsed = (performance.now() - start) / 1000;
    progress.update(answered);
    progress.stop();
    const end = await hub.sample();

    // The ledger check: what the acquirer charged against what screens were told.
    const ledger = await gateway.ledger();
    const charged = new Set(ledger.trades.filter((t) => t.status === 'TRADE_SUCCESS' && !t.refunded).map((t) => t.outTradeNo));
    const toldSucceeded = [...told].filter(([, status]) => status === PayStatus.PAY_STATUS_SUCCEEDED).map(([acquirerNo]) => acquirerNo);
    const chargedNotTold = [...charged].filter((acquirerNo) => told.get(acquirerNo) !== PayStatus.PAY_STATUS_SUCCEEDED);
    const toldNotCharged = toldSucceeded.filter((acquirerNo) => !charged.has(acquirerNo));
    const measured = percentilesMs(latency);
    const results = {
      machine: { cores: cpus().length, node: process.version },
      database: process.env.DATABASE_URL ? 'postgres' : `embedded-${process.env.HUB_EMBEDDED_DATABASE ?? 'postgres'}`,
      targetRate: rate,
      screens: screenCount,
      gatewayLatencyMs,
      payments: { sent, answered, lost, succeeded: toldSucceeded.length, byStatus: Object.fromEntries(statuses) },
      achievedRate: Math.round((total / elapsed) * 10) / 10,
      latencyMs: measured,
      p99AboveGatewayMs: Math.round((measured.p99 - gatewayLatencyMs) * 10) / 10,
      ledger: { charged: charged.size, chargedNotToldSucceeded: chargedNotTold.length, toldSucceededNotCharged: toldNotCharged.length },
      hub: {
        rssMiB: Math.round(end.rssBytes / 2 ** 20),
        cpuPercent: cpuStart.at ? Math.round(((end.cpuSeconds - cpuStart.value) / ((performance.now() - cpuStart.at) / 1000)) * 100) : null,
        paymentsTotal: metricValue(end.metrics, 'hub_payments_total', '{channel="alipay",state="succeeded"}'),
        // Inside the hub: PayRequest received to final state (mean), and the event loop's worst delay.
        meanInHubMs: Math.round((metricValue(end.metrics, 'hub_payment_duration_seconds_sum', '{state="succeeded"}') / Math.max(1, metricValue(end.metrics, 'hub_payment_duration_seconds_count', '{state="succeeded"}'))) * 1000),
        eventLoopLagP99Ms: Math.round(metricValue(end.metrics, 'nodejs_eventloop_lag_p99_seconds') * 1000),
      },
    };
    console.log(JSON.stringify(results, null, 2));
    console.log(`saved ${await saveResults('payments', results)}`);
    if (lost > 0 || chargedNotTold.length > 0 || toldNotCharged.length > 0) {
      console.error('MISMATCH between the screens and the acquirer ledger');
      process.exitCode = 1;
    }
  } finally {
    progress.stop();
    for (const screen of screens) screen.kill();
    await hub.stop();
    gateway.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
