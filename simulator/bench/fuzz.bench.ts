// Fuzz benchmark: the fuzz suite's four generators (simulator/src/fuzz, the
// same ones server/test/fuzz runs a few thousand cases of in `npm test`)
// against a hub started as `npm start` starts it, in its own process, with the
// local Alipay gateway in another: about a million cases in all, in chunks of
// --chunk cases, each chunk a fast-check run with its own seed (--seed + chunk
// number). After every chunk the scene's oracles check the hub as a whole
// (health, the victim screen, live-state writes, a payment, a new connection).
// Reported per generator: cases, cases per second, outcomes, what the hub
// refused or dropped (from its /metrics), and every failure with the seed that
// replays it.
//
//   npm run bench:fuzz -- --cases 1000000 --chunk 25000 [--seed 123] [--only uplink-fields]
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { BENCH_ADMIN, startGatewayProcess, startHubProcess } from '../src/index.js';
import {
  formatRun,
  FuzzScene,
  listQueryGenerator,
  mqttAfterAuthGenerator,
  mqttBeforeAuthGenerator,
  runFuzz,
  uplinkGenerator,
  type FuzzGenerator,
  type OpenApiDocument,
} from '../src/fuzz/index.js';
import { metricDelta, metricSamples, sumByLabel } from './support/metric-samples.js';
import { saveResults } from './support/report.js';

const GENERATORS = ['mqtt-before-auth', 'mqtt-after-auth', 'uplink-fields', 'list-queries'] as const;
type GeneratorName = (typeof GENERATORS)[number];

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000000' },
    chunk: { type: 'string', default: '25000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    'source-addresses': { type: 'string', default: '32' },
  },
});
const totalCases = Number(args.cases);
const chunkCases = Number(args.chunk);
const baseSeed = args.seed !== undefined ? Number(args.seed) : (Math.random() * 2 ** 30) | 0;
const only = args.only ? (args.only.split(',') as GeneratorName[]) : [...GENERATORS];
const localAddresses = Array.from({ length: Number(args['source-addresses']) }, (_, i) => `127.0.0.${1 + i}`);
for (const name of only) if (!GENERATORS.includes(name)) throw new Error(`--only: no generator ${name}; there are ${GENERATORS.join(', ')}`);

/** Lanes per generator: enough cases in flight to keep the hub busy on two cores. */
const HOSTILE_SCREENS = 8;

/** What the hub counts when it refuses or drops something, read before and after each generator, and the label the printout sums it by. */
const REFUSAL_METRICS: Record<string, string> = {
  hub_mqtt_uplinks_dropped_total: 'reason',
  hub_uplink_fields_dropped_total: 'reason',
  hub_mqtt_auth_failures_total: 'reason',
  hub_mqtt_acl_denials_total: 'action',
  hub_mqtt_disconnects_total: 'reason',
  hub_pay_requests_refused_total: 'reason',
  hub_payments_total: 'state',
};

interface GeneratorReport {
  generator: GeneratorName;
  cases: number;
  seconds: number;
  casesPerSecond: number;
  outcomes: Record<string, number>;
  hubCounted: Record<string, Record<string, number>>;
  oracleChecks: number;
  failures: Array<{ seed: number; cases: number; failure: string; replay: string }>;
}

async function main() {
  const perGenerator = Math.ceil(totalCases / only.length);
  console.log(
    `fuzz benchmark: ${totalCases} cases (${perGenerator} per generator: ${only.join(', ')}), chunks of ${chunkCases}, base seed ${baseSeed}, database ${process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `the embedded default (${process.env.HUB_EMBEDDED_DATABASE ?? 'postgres'})`}`,
  );
  const gateway = await startGatewayProcess({ latencyMs: 0 });
  const hub = await startHubProcess({
    env: {
      // Hostile screens send as fast as they can: the per-screen rate limit would otherwise drop most cases before the code they aim at.
      HUB_MQTT_UPLINK_RATE: '1000000',
      HUB_MQTT_UPLINK_BURST: '1000000',
      HUB_QR_TIMEOUT_MS: '3000',
      HUB_LIVE_FLUSH_MS: '200',
      ...gateway.hubEnv,
    },
  });
  const scene = await FuzzScene.setUp({ httpUrl: hub.httpUrl, mqttUrl: hub.mqttUrl, root: BENCH_ADMIN, alipayCredentials: gateway.credentials, hostileScreens: HOSTILE_SCREENS });
  const openApi = (await scene.admin.call<OpenApiDocument>('GET', '/docs/json')).body;
  const mqtt = { mqttUrl: hub.mqttUrl, screens: scene.hostiles, victimId: scene.victimId, localAddresses };
  const reports: GeneratorReport[] = [];
  const progress = new cliProgress.SingleBar({ format: '  {generator} [{bar}] {value}/{total} {rate} cases/s {failures}' }, cliProgress.Presets.shades_classic);
  try {
    for (const name of only) {
      const generator = makeGenerator(name);
      const before = await hubCounters();
      const report: GeneratorReport = { generator: name, cases: 0, seconds: 0, casesPerSecond: 0, outcomes: {}, hubCounted: {}, oracleChecks: 0, failures: [] };
      const started = performance.now();
      if (name === 'uplink-fields') {
        const edges = await (generator as ReturnType<typeof uplinkGenerator>).sendEdgeTable();
        for (const [outcome, n] of Object.entries(edges)) report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + n;
        report.cases += Object.values(edges).reduce((a, b) => a + b, 0);
      }
      if (name === 'mqtt-after-auth') scene.keepVictimBusy(200);
      progress.start(perGenerator, report.cases, { generator: name.padEnd(16), rate: 0, failures: '' });
      for (let chunk = 0; report.cases < perGenerator; chunk++) {
        const seed = (baseSeed + GENERATORS.indexOf(name) * 100_000 + chunk) | 0;
        const cases = Math.min(chunkCases, perGenerator - report.cases);
        const run = await runFuzz(generator, {
          seed,
          cases,
          onCases: (n) => {
            const done = report.cases + n;
            report.cases = done;
            progress.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)), failures: report.failures.length ? `${report.failures.length} FAILED` : '' });
          },
        });
        for (const [outcome, n] of Object.entries(run.outcomes)) report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + n;
        if (run.failure) report.failures.push({ seed, cases, failure: run.failure, replay: `npm run bench:fuzz -- --only ${name} --seed ${seed} --cases ${cases} --chunk ${cases}` });
        if (run.cases === 0) break;
        // The whole hub, after every chunk: scene traffic is paused meanwhile so a check sees the hub, not the fuzzer.
        scene.stopVictimTraffic();
        const failures = await scene.checkHub();
        report.oracleChecks++;
        for (const failure of failures) report.failures.push({ seed, cases, failure: `hub check after the chunk: ${failure}`, replay: `npm run bench:fuzz -- --only ${name} --seed ${seed} --cases ${cases} --chunk ${cases}` });
        if (name === 'mqtt-after-auth') scene.keepVictimBusy(200);
        if (run.failure) console.error(`\n${formatRun(run)}\n${run.failure}`);
      }
      report.seconds = Math.round((performance.now() - started) / 100) / 10;
      report.casesPerSecond = Math.round(report.cases / Math.max(report.seconds, 0.1));
      progress.stop();
      scene.stopVictimTraffic();
      for (const connection of (generator as { connections?: Array<{ close(): void }> }).connections ?? []) connection.close();
      const after = await hubCounters();
      for (const metric of Object.keys(REFUSAL_METRICS)) report.hubCounted[metric] = metricDelta(before[metric]!, after[metric]!);
      reports.push(report);
      console.log(`  ${name}: ${report.cases} cases in ${report.seconds} s (${report.casesPerSecond}/s), ${report.oracleChecks} hub checks, ${report.failures.length} failures`);
    }
  } finally {
    progress.stop();
    scene.stop();
    const end = await hub.sample().catch(() => undefined);
    await hub.stop();
    gateway.stop();
    const results = {
      machine: { cores: cpus().length, node: process.version },
      database: process.env.DATABASE_URL ? 'postgres' : `embedded-${process.env.HUB_EMBEDDED_DATABASE ?? 'postgres'}`,
      baseSeed,
      chunkCases,
      totalCases: reports.reduce((n, r) => n + r.cases, 0),
      totalSeconds: Math.round(reports.reduce((n, r) => n + r.seconds, 0)),
      failures: reports.reduce((n, r) => n + r.failures.length, 0),
      hubRssMiB: end ? Math.round(end.rssBytes / 2 ** 20) : null,
      generators: reports.map((r) => ({ ...r, outcomes: topOutcomes(r.outcomes), hubCounted: summed(r.hubCounted) })),
    };
    console.log(JSON.stringify(results, null, 2));
    console.log(`saved ${await saveResults('fuzz', { ...results, generators: reports })}`);
    if (results.failures > 0) process.exitCode = 1;
  }

  function makeGenerator(name: GeneratorName): FuzzGenerator<unknown> {
    switch (name) {
      case 'mqtt-before-auth':
        return mqttBeforeAuthGenerator(mqtt, 32) as FuzzGenerator<unknown>;
      case 'mqtt-after-auth':
        return mqttAfterAuthGenerator(mqtt) as FuzzGenerator<unknown>;
      case 'uplink-fields':
        return uplinkGenerator(mqtt) as FuzzGenerator<unknown>;
      case 'list-queries':
        return listQueryGenerator({ httpUrl: hub.httpUrl, token: scene.admin.token, openApi, pathIds: scene.pathIds, lanes: 16 }) as FuzzGenerator<unknown>;
    }
  }

  async function hubCounters(): Promise<Record<string, Record<string, number>>> {
    const metrics = (await hub.sample()).metrics;
    return Object.fromEntries(Object.keys(REFUSAL_METRICS).map((name) => [name, metricSamples(metrics, name)]));
  }
}

/** Each refusal metric summed by its label (the per-field breakdown stays in the saved results). */
function summed(counted: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(counted).filter(([, samples]) => Object.keys(samples).length > 0).map(([metric, samples]) => [metric, sumByLabel(samples, REFUSAL_METRICS[metric]!)]));
}

/** The 12 most frequent outcomes, the rest summed: readable in a printout. */
function topOutcomes(outcomes: Record<string, number>): Record<string, number> {
  const sorted = Object.entries(outcomes).sort(([, a], [, b]) => b - a);
  const top = Object.fromEntries(sorted.slice(0, 12));
  const rest = sorted.slice(12).reduce((n, [, v]) => n + v, 0);
  return rest > 0 ? { ...top, 'other outcomes': rest } : top;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
