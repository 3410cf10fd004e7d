// OTA benchmark: simulated screens take an offer and download a signed package
// through the hub all at once, verify it and install it. Two phases in the same
// run, --small screens and then all --screens, so the hub's peak memory can be
// compared: it must not grow with the number of downloads beyond each
// connection's small buffers (packages stream from disk, never held whole).
//
//   npm run bench:ota -- --screens 5000 --small 500 --package-mb 20
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { signRelease } from '@screenhub/protocol';
import { ScreenClient } from '../src/index.js';
import { BENCH_ADMIN, startHubProcess, type HubProcess } from '../src/hub-process.js';
import { processStats } from '../src/process-stats.js';
import { inBatches } from './support/in-batches.js';
import { newHistogram, percentilesMs, saveResults } from './support/report.js';

const { values: args } = parseArgs({
  options: {
    screens: { type: 'string', default: '5000' },
    small: { type: 'string', default: '500' },
    'package-mb': { type: 'string', default: '20' },
    'source-addresses': { type: 'string', default: '16' },
    'connect-concurrency': { type: 'string', default: '200' },
  },
});
const screens = Number(args.screens);
const small = Math.min(screens, Number(args.small));
const packageBytes = Math.round(Number(args['package-mb']) * 1024 * 1024);
const sourceAddresses = Number(args['source-addresses']);
const connectConcurrency = Number(args['connect-concurrency']);
const MiB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Samples the hub's resident memory until stopped; returns the peak. */
function memoryWatch(hub: HubProcess): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, (await processStats([hub.child.pid!])).rssBytes);
      await sleep(200);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

async function main() {
  console.log(`OTA benchmark: a ${round(packageBytes / MiB)} MiB package to ${small}, then to ${screens} screens at once; hub and screens on this machine`);
  const hub = await startHubProcess({ env: { HUB_OTA_TICK_MS: '500', HUB_MQTT_UPLINK_RATE: '50', HUB_MQTT_UPLINK_BURST: '100', HUB_HEARTBEAT_INTERVAL_S: '86400', HUB_LOG_LEVEL: 'warn' } });
  const progress = new cliProgress.SingleBar({ format: '  {phase} [{bar}] {value}/{total}' }, cliProgress.Presets.shades_classic);
  const api = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await fetch(hub.httpUrl + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => undefined)) as any;
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const clients: ScreenClient[] = [];
  try {
    const { token } = await api('POST', '/api/auth/login', BENCH_ADMIN);
    const keys = generateKeyPairSync('ed25519');
    const key = await api('POST', '/api/ota/signing-keys', { name: 'bench release key', publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() }, token);

    progress.start(screens, 0, { phase: 'provision' });
    const devices = await inBatches(screens, 32, () => api('POST', '/api/devices', {}, token) as Promise<{ id: string; secret: string; paymentKey: string }>, () => progress.increment());
    progress.stop();

    progress.start(screens, 0, { phase: 'connect  ' });
    const connectStart = performance.now();
    clients.push(
      ...(await inBatches(
        screens,
        connectConcurrency,
        async (i) => {
          const client = new ScreenClient({
            url: hub.mqttUrl,
            deviceId: devices[i]!.id,
            secret: devices[i]!.secret,
            paymentKey: devices[i]!.paymentKey,
            heartbeat: false,
            keepaliveSeconds: 300,
            connectTimeoutMs: 60_000,
            localAddress: `127.0.0.${1 + (i % sourceAddresses)}`,
            ota: { trustedKeys: [keys.publicKey], installMs: 0, progressStepPct: 25 },
          });
          await client.connect();
          return client;
        },
        () => progress.increment(),
      )),
    );
    progress.stop();
    const connectSeconds = (performance.now() - connectStart) / 1000;

    const phases = [];
    for (const [phase, count] of [
      ['small', small],
      ['all', screens],
    ] as const) {
      const version = `2.${phases.length + 1}.0`;
      // The package: random bytes (incompressible), hashed and signed as release tooling would.
      const content = randomBytes(packageBytes);
      const sha256Hex = createHash('sha256').update(content).digest('hex');
      const signature = signRelease({ kind: 'app', version, sizeBytes: content.length, sha256Hex }, keys.privateKey).toString('base64');
      const release = await api('POST', '/api/releases', { kind: 'app', version, signature, keyId: key.id }, token);
      const uploadWatch = memoryWatch(hub);
      const rssBeforeUpload = (await processStats([hub.child.pid!])).rssBytes;
      const uploadStart = performance.now();
      const upload = await fetch(`${hub.httpUrl}/api/releases/${release.id}/package`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: content });
      if (upload.status !== 200) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
      const uploadSeconds = (performance.now() - uploadStart) / 1000;
      const uploadPeak = await uploadWatch.stop();

      const targets = clients.slice(0, count);
      await sleep(2000);
      const rssIdle = (await processStats([hub.child.pid!])).rssBytes;
      const cpuBefore = (await processStats([hub.child.pid!])).cpuSeconds;
      const watch = memoryWatch(hub);
      const started = Date.now();
      const campaign = await api(
        'POST',
        '/api/ota/campaigns',
        { name: `bench ${phase}`, releaseId: release.id, target: { deviceIds: targets.map((c) => c.options.deviceId) }, waves: [100], installWindow: 'any', healthCheck: false, offerTtlHours: 2, start: true },
        token,
      );
      progress.start(count, 0, { phase: `${phase.padEnd(9)}` });
      let state = campaign;
      for (;;) {
        await sleep(1000);
        state = await api('GET', `/api/ota/campaigns/${campaign.id}`, undefined, token);
        const t = state.progress.total;
        progress.update(t.succeeded + t.failed + t.rolled_back + t.expired);
        if (state.state !== 'running') break;
      }
      progress.stop();
      const completionSeconds = (Date.now() - started) / 1000;
      const peak = await watch.stop();
      const cpuSeconds = (await processStats([hub.child.pid!])).cpuSeconds - cpuBefore;

      const records = targets.map((c) => c.updater!.updates.get(campaign.id)).filter((r) => r !== undefined);
      const downloadTime = newHistogram();
      for (const r of records) if (r.downloadedAt) downloadTime.recordValue(Math.max(1, (r.downloadedAt - r.offeredAt) * 1000));
      const firstOffer = Math.min(...records.map((r) => r.offeredAt));
      const lastDownload = Math.max(...records.map((r) => r.downloadedAt ?? 0));
      const downloaded = records.filter((r) => r.downloadedAt).length;
      const windowSeconds = (lastDownload - firstOffer) / 1000;
      const result = {
        phase,
        screens: count,
        campaignState: state.state,
        succeeded: state.progress.total.succeeded,
        failed: state.progress.total.failed,
        downloaded,
        bytes: downloaded * packageBytes,
        downloadWindowSeconds: round(windowSeconds),
        throughputMiBps: round((downloaded * packageBytes) / MiB / windowSeconds),
        throughputGbps: round((downloaded * packageBytes * 8) / 1e9 / windowSeconds, 2),
        perDownloadSeconds: Object.fromEntries(Object.entries(percentilesMs(downloadTime)).map(([k, v]) => [k, k === 'count' ? v : round(v / 1000)])),
        completionSeconds: round(completionSeconds),
        hubCpuPercentOfCore: round((cpuSeconds / completionSeconds) * 100, 0),
        hubRssIdleMiB: round(rssIdle / MiB, 0),
        hubRssPeakMiB: round(peak / MiB, 0),
        hubRssGrowthMiB: round((peak - rssIdle) / MiB, 0),
        upload: { seconds: round(uploadSeconds, 2), hubRssBeforeMiB: round(rssBeforeUpload / MiB, 0), hubRssPeakMiB: round(uploadPeak / MiB, 0) },
      };
      console.log(JSON.stringify(result));
      phases.push(result);
    }
    const file = await saveResults('ota', { packageBytes, screens, small, connectSeconds: round(connectSeconds), phases });
    console.log('\n| phase | screens downloading at once | aggregate throughput | per download p50 / p99 | completion (offer → all installed) | hub RSS idle → peak (growth) | hub CPU |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const p of phases) {
      console.log(
        `| ${p.phase} | ${p.downloaded} of ${p.screens} | ${p.throughputMiBps} MiB/s (${p.throughputGbps} Gbit/s) | ${p.perDownloadSeconds.p50} / ${p.perDownloadSeconds.p99} s | ${p.completionSeconds} s (${p.succeeded} succeeded, ${p.failed} failed) | ${p.hubRssIdleMiB} → ${p.hubRssPeakMiB} MiB (+${p.hubRssGrowthMiB}) | ${p.hubCpuPercentOfCore} % |`,
      );
    }
    console.log(`\nupload of each ${round(packageBytes / MiB)} MiB package: ${phases.map((p) => `${p.upload.seconds} s, hub RSS ${p.upload.hubRssBeforeMiB} → ${p.upload.hubRssPeakMiB} MiB`).join('; ')}`);
    console.log(`results: ${file}`);
  } finally {
    for (const client of clients) client.kill();
    await hub.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
