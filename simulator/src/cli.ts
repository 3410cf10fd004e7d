// `npm run simulate -- --scenario simulator/scenarios/day.json`: a simulated
// fleet driven by a scenario file. Provisions the screens through the hub's API
// (with a merchant on the local Alipay gateway), spreads them over worker
// processes and loopback source addresses, ramps them up, heartbeats, and pays
// along the scenario's day curve with slow and declined buyers; shows a live
// progress line; at the end checks the gateway's ledger against what the
// screens were told and writes report.json, report.md and timeline.svg.
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import { PayStatus } from '@screenhub/protocol';
import { startGatewayProcess, type GatewayProcess } from './acquirer-gateway/gateway-process.js';
import { ScreenFleet } from './fleet/screen-fleet.js';
import type { PaymentOutcome } from './fleet/screen-worker.js';
import { BENCH_ADMIN, startHubProcess, type HubProcess } from './hub-process.js';
import { HubApi } from './hub-api.js';
import { processStats } from './process-stats.js';
import { writeRunReport, type LedgerCheck, type Percentiles, type TimelinePoint } from './scenario/run-report.js';
import { loadScenario, paymentRateAt, ScenarioError } from './scenario/scenario.js';
import { ScenarioOta } from './scenario/scenario-ota.js';

const round = (n: number) => Math.round(n * 100) / 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentiles(encoded: string[]): Percentiles {
  const all = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
  for (const e of encoded) all.add(hdr.decodeFromCompressedBase64(e));
  const at = (p: number) => Math.round(all.getValueAtPercentile(p) / 10) / 100;
  return { count: all.totalCount, p50: at(50), p95: at(95), p99: at(99), max: Math.round(all.maxValue / 10) / 100 };
}

/** The merchant on the local gateway; a hub this run did not start must already allow the gateway (see Scenario.payments.gatewayPort). */
async function createMerchant(api: HubApi, gateway: GatewayProcess, name: string): Promise<{ id: string }> {
  try {
    return await api.call<{ id: string }>('POST', '/api/merchants', { name, acquirer: 'alipay', credentials: gateway.credentials });
  } catch (err) {
    const needs = Object.entries(gateway.hubEnv).map(([k, v]) => `${k}=${v}`).join(' ');
    throw new Error(`${(err as Error).message}\n(the hub must be started with ${needs})`);
  }
}

/** Creates the screens through the API, `concurrency` at a time, each assigned to the merchant. */
async function provision(api: HubApi, count: number, merchantId: string | undefined, prefix: string) {
  const devices: Array<{ id: string; secret: string; paymentKey: string }> = new Array(count);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < count) {
        const i = next++;
        const device = await api.call<{ id: string; secret: string; paymentKey: string }>('POST', '/api/devices', { id: `${prefix}-${i}`, name: `Simulated screen ${i}` });
        if (merchantId) await api.call('PUT', `/api/devices/${device.id}`, { merchantId });
        devices[i] = device;
        if (++done % 500 === 0 || done === count) process.stdout.write(`\r  provisioned ${done}/${count}`);
      }
    }),
  );
  process.stdout.write('\n');
  return devices;
}

async function main() {
  const { values: args } = parseArgs({ options: { scenario: { type: 'string' }, out: { type: 'string' }, screens: { type: 'string' }, duration: { type: 'string' } } });
  if (!args.scenario) throw new ScenarioError('usage: npm run simulate -- --scenario <file.json> [--out <dir>] [--screens N] [--duration S]');
  const scenario = await loadScenario(args.scenario);
  if (args.screens) scenario.screens = Number(args.screens);
  if (args.duration) scenario.durationSeconds = Number(args.duration);
  const runId = `${scenario.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const outDir = args.out ?? fileURLToPath(new URL(`../../simulation-results/${runId}`, import.meta.url));
  const paying = scenario.payments.perScreenPerDay > 0;
  console.log(`scenario "${scenario.name}": ${scenario.screens} screens over ${scenario.workers} processes for ${scenario.durationSeconds} s${paying ? `, ${scenario.payments.perScreenPerDay} payments per screen per ${scenario.payments.dayLengthSeconds} s day` : ''}`);

  let hub: HubProcess | undefined;
  let gateway: GatewayProcess | undefined;
  let fleet: ScreenFleet | undefined;
  try {
    // The gateway first: a hub started here trusts its certificate and allows its URL from the start.
    gateway = paying ? await startGatewayProcess({ latencyMs: scenario.payments.gatewayLatencyMs, port: scenario.payments.gatewayPort }) : undefined;
    const target =
      scenario.hub ??
      ((hub = await startHubProcess({ env: { HUB_HEARTBEAT_INTERVAL_S: '30', HUB_OTA_TICK_MS: '1000', ...gateway?.hubEnv } })),
      { httpUrl: hub.httpUrl, mqttUrl: hub.mqttUrl, adminEmail: BENCH_ADMIN.email, adminPassword: BENCH_ADMIN.password });
    const api = new HubApi(target.httpUrl);
    await api.login(target.adminEmail, target.adminPassword);
    const merchant = gateway ? await createMerchant(api, gateway, `Simulated merchant ${runId}`) : undefined;
    const devices = await provision(api, scenario.screens, merchant?.id, `sim-${Date.now().toString(36)}`);

    const ota = scenario.ota ? new ScenarioOta(scenario.ota) : undefined;
    const call = <T>(method: string, path: string, body?: unknown) => api.call<T>(method, path, body);
    let otaLine = '';
    const startedAt = new Date().toISOString();
    fleet = new ScreenFleet({
      mqttUrl: target.mqttUrl,
      devices,
      workers: scenario.workers,
      rampSeconds: scenario.connect.rampSeconds,
      progressMs: 1000,
      reconnect: { initialDelayMs: scenario.connect.reconnectInitialDelayMs, maxDelayMs: scenario.connect.reconnectMaxDelayMs },
      buyers: { slowShare: scenario.payments.slowBuyerShare, declineShare: scenario.payments.declineShare, minFen: scenario.payments.minFen, maxFen: scenario.payments.maxFen },
      ota: ota ? { trustedKeyPem: ota.trustedKeyPem, failureShare: scenario.ota!.failureShare } : undefined,
    });
    const hubPids = () => (hub ? [hub.child.pid!, ...hub.workerPids()] : []);
    const cpuStart = await processStats(hubPids());
    let peakRss = cpuStart.rssBytes;
    const timeline: TimelinePoint[] = [];
    const t0 = performance.now();
    let previous = { heartbeats: 0, payments: 0, at: 0 };
    while ((performance.now() - t0) / 1000 < scenario.durationSeconds) {
      await sleep(1000);
      const at = (performance.now() - t0) / 1000;
      if (paying) fleet.setPaymentRate(paymentRateAt(scenario, at));
      if (ota && scenario.ota && !ota.launched && at >= scenario.ota.atSeconds) {
        await ota.launch(call, (id, content) => api.putBytes(`/api/releases/${id}/package`, content), devices.map((d) => d.id), runId);
      }
      if (ota?.launched && Math.round(at) % 5 === 0) {
        const c = await ota.status(call);
        otaLine = c ? `  OTA ${c.state} wave ${c.currentWave + 1}: ${c.progress.total.succeeded} updated, ${(c.progress.total.failed ?? 0) + (c.progress.total.rolled_back ?? 0)} failed` : '';
      }
      const heartbeats = fleet.progress('heartbeatsAcked');
      const payments = fleet.progress('paymentsDone');
      const dt = Math.max(0.001, at - previous.at);
      const point: TimelinePoint = {
        at: round(at),
        connected: fleet.connectedNow(),
        heartbeatsPerSecond: round((heartbeats - previous.heartbeats) / dt),
        paymentsPerSecond: round((payments - previous.payments) / dt),
        paymentP99Ms: round(Math.max(0, ...fleet.latest('progress').map((m) => m?.paymentP99Ms ?? 0))),
      };
      timeline.push(point);
      previous = { heartbeats, payments, at };
      if (hub) peakRss = Math.max(peakRss, (await processStats(hubPids())).rssBytes);
      process.stdout.write(
        `\r  ${String(Math.round(at)).padStart(4)} s  connected ${point.connected}/${scenario.screens}  heartbeats ${point.heartbeatsPerSecond}/s  payments ${point.paymentsPerSecond}/s (p99 ${point.paymentP99Ms} ms)  errors ${fleet.progress('errors')}${otaLine}   `,
      );
    }
    process.stdout.write('\n');
    const elapsed = (performance.now() - t0) / 1000;
    const cpuEnd = await processStats(hubPids());
    // Let the payments in flight finish (slow buyers take seconds), then stop the screens.
    fleet.setPaymentRate(0);
    const settleDeadline = Date.now() + 20_000;
    let last = -1;
    while (Date.now() < settleDeadline && fleet.progress('paymentsDone') !== last) {
      last = fleet.progress('paymentsDone');
      await sleep(3000);
    }
    const connectedReports = await fleet.all('connected');
    fleet.send({ type: 'stop' });
    const done = await fleet.all('done');

    const outcomes: PaymentOutcome[] = done.flatMap((d) => d.payments);
    const succeeded = outcomes.filter((p) => p.status === PayStatus.PAY_STATUS_SUCCEEDED);
    const ledger = gateway ? await ledgerCheck(gateway, succeeded) : { charged: 0, toldSucceeded: 0, chargedButNotTold: 0, toldButNotCharged: 0 };
    const errorsByCause: Record<string, number> = {};
    for (const d of done) for (const [k, v] of Object.entries(d.errors)) errorsByCause[k] = (errorsByCause[k] ?? 0) + v;
    const connected = connectedReports.reduce((n, c) => n + c.connected, 0);
    const firstFull = timeline.find((p) => p.connected >= connected)?.at ?? elapsed;
    const files = await writeRunReport(outDir, {
      scenario: scenario.name,
      startedAt,
      machine: { cores: cpus().length, node: process.version },
      screens: scenario.screens,
      connect: { connected, failed: connectedReports.reduce((n, c) => n + c.failed, 0), seconds: firstFull, perSecond: round(connected / Math.max(1, firstFull)), latencyMs: percentiles(connectedReports.map((c) => c.connectHistogram)) },
      heartbeats: {
        sent: done.reduce((n, d) => n + d.heartbeatsSent, 0),
        acked: done.reduce((n, d) => n + d.heartbeatsAcked, 0),
        failed: done.reduce((n, d) => n + d.heartbeatsFailed, 0),
        perSecond: round(done.reduce((n, d) => n + d.heartbeatsAcked, 0) / elapsed),
        latencyMs: percentiles(done.map((d) => d.heartbeatHistogram)),
      },
      payments: {
        completed: outcomes.length,
        succeeded: succeeded.length,
        failed: outcomes.length - succeeded.length,
        unanswered: done.reduce((n, d) => n + d.paymentsUnanswered, 0),
        perSecond: round(outcomes.length / elapsed),
        latencyMs: percentiles(done.map((d) => d.paymentHistogram)),
        ledger,
      },
      reconnects: done.reduce((n, d) => n + d.reconnects, 0),
      errorsByCause,
      ota: await otaReport(ota, call, done.map((d) => d.ota)),
      hub: hub ? { cpuPercent: round(((cpuEnd.cpuSeconds - cpuStart.cpuSeconds) / elapsed) * 100), peakRssMiB: round(peakRss / 2 ** 20) } : null,
      timeline,
    });
    console.log(`report: ${files.markdown}\n        ${files.json}\n        ${files.chart}`);
    if (ledger.chargedButNotTold + ledger.toldButNotCharged > 0) {
      console.error('the acquirer ledger and the screens disagree');
      process.exitCode = 1;
    }
  } finally {
    fleet?.kill();
    gateway?.stop();
    await hub?.stop();
  }
}

/** Every charge at the acquirer was announced as a success on a screen, and the other way round. */
async function otaReport(ota: ScenarioOta | undefined, call: <T>(method: string, path: string, body?: unknown) => Promise<T>, screens: Array<Record<string, number>>) {
  const campaign = await ota?.status(call);
  if (!campaign) return undefined;
  const seen: Record<string, number> = {};
  for (const worker of screens) for (const [k, n] of Object.entries(worker)) seen[k] = (seen[k] ?? 0) + n;
  return { campaignId: campaign.id, state: campaign.state, pauseReason: campaign.pauseReason, currentWave: campaign.currentWave, byState: campaign.progress.total, screens: seen };
}

/** The acquirer knows a payment by the hub's transaction id without dashes (README, Payments). */
function acquirerOrderNoOf(transactionId: string): string {
  return transactionId.replaceAll('-', '');
}

async function ledgerCheck(gateway: GatewayProcess, succeeded: PaymentOutcome[]): Promise<LedgerCheck> {
  const { trades } = await gateway.ledger();
  const charged = new Map(trades.filter((t) => t.status === 'TRADE_SUCCESS' && !t.refunded).map((t) => [t.outTradeNo, t]));
  const told = new Map(succeeded.map((p) => [acquirerOrderNoOf(p.transactionId), p]));
  return {
    charged: charged.size,
    toldSucceeded: told.size,
    chargedButNotTold: [...charged.keys()].filter((acquirerNo) => !told.has(acquirerNo)).length,
    toldButNotCharged: [...told].filter(([acquirerNo, p]) => charged.get(acquirerNo)?.amountFen !== p.amountFen).length,
  };
}

main().catch((err: unknown) => {
  console.error(err instanceof ScenarioError ? `simulator: ${err.message}` : err);
  process.exit(err instanceof ScenarioError ? 2 : 1);
});

