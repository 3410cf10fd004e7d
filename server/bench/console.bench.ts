// Console benchmark: how hard the open dashboard leans on the hub while a fleet
// is busy, and how soon the map shows a seeded fleet. One hub process, the local
// Alipay gateway, --screens screens registered and connected; then for each
// mode the dashboard is opened in Debian's Chromium and every request it makes
// to /api is counted for --seconds while screens disconnect and reconnect
// (--churn a second each way) and pay (--pay a second), the hub's CPU read from
// /proc over the same window. Modes: "unbatched" is the console before batching
// (a refresh per live event, presence twice more; localStorage
// screenhub.refreshMs = 0), "batched" is today's (one refresh per resource per
// 1.5 s). Then --map-loads loads of the dashboard time the map until every
// placed screen is in its clusters (after a ramp of two loads not counted).
//
// The map is timed on --map-screens placed screens: the fleet's half at its store, and the rest
// seeded straight into the hub's database in six cities (server/test/support/map-fleet.ts).
//
//   npm run bench:console -- --screens 1000 --seconds 60 --churn 10 --pay 10 --map-loads 10 --map-screens 5000
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { BENCH_ADMIN, processStats, ScreenClient, startGatewayProcess, startHubProcess } from '@screenhub/simulator';
import { inBatches, percentilesMs, newHistogram, saveResults } from '@screenhub/simulator/bench';
import { buildConsoleIfStale } from '../../console/scripts/build-if-stale.js';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres-server.js';
import { seedMapFleet } from '../test/support/map-fleet.js';
import { hubApi, registerPaymentScreens, type HubApi } from './support/payment-screens-api.js';
import { PAYMENT_SCREEN_HELLO, type ScreenCredentials } from './support/payment-screens-seed.js';

const { values: args } = parseArgs({
  options: {
    screens: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '60' },
    churn: { type: 'string', default: '10' },
    pay: { type: 'string', default: '10' },
    'map-loads': { type: 'string', default: '10' },
    'map-screens': { type: 'string', default: '5000' },
  },
});
const screenCount = Number(args.screens);
const seconds = Number(args.seconds);
const churnPerSecond = Number(args.churn);
const payPerSecond = Number(args.pay);
const mapLoads = Number(args['map-loads']);
const mapScreens = Number(args['map-screens']);
const CHROMIUM = '/usr/bin/chromium';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The hub's CPU seconds so far, from /proc (the simulator's processStats). */
const cpuSeconds = async (pid: number) => (await processStats([pid])).cpuSeconds;

/** Requests to /api by what they ask for: the path with ids and the query left out. */
const kindOf = (url: string) => {
  const { pathname, searchParams } = new URL(url);
  const path = pathname.replace(/[0-9a-f-]{36}/g, ':id');
  const filter = searchParams.get('filter');
  return filter ? `${path} ${Object.keys(JSON.parse(filter) as object).sort().join(',') || '{}'}` : path;
};

async function main() {
  buildConsoleIfStale((line) => console.log(`  ${line}`));
  const gateway = await startGatewayProcess({ latencyMs: 20 });
  const hub = await startHubProcess({ env: { HUB_HEARTBEAT_INTERVAL_S: '86400', HUB_MQTT_UPLINK_RATE: '1000', HUB_MQTT_UPLINK_BURST: '1000', ...gateway.hubEnv } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const screens = new Map<string, ScreenClient>();
  try {
    const api = await hubApi(hub);
    const merchant = await api('POST', '/api/merchants', { name: 'Bench Mart', acquirer: 'alipay', credentials: gateway.credentials, city: '杭州' });
    const store = await api('POST', '/api/stores', { merchantId: merchant.id, name: 'Bench store', latitude: 30.27, longitude: 120.16 });
    const credentials = await registerPaymentScreens(api, merchant.id!, screenCount);
    // Half the screens at a store with a position (drawn on the map), the rest without (counted apart).
    await inBatches(credentials.length / 2, 20, (i) => api('PUT', `/api/devices/${credentials[i]!.id}`, { storeId: store.id }));
    const connect = async (device: ScreenCredentials, i: number) => {
      const screen = new ScreenClient({ url: hub.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, hello: PAYMENT_SCREEN_HELLO, heartbeat: false, reconnect: false, keepaliveSeconds: 120, localAddress: `127.0.0.${1 + (i % 16)}` });
      screen.on('error', () => undefined);
      await screen.connect();
      screens.set(device.id, screen);
    };
    await inBatches(credentials.length, 100, (i) => connect(credentials[i]!, i));
    console.log(`console benchmark: ${screens.size} screens connected; each mode ${seconds} s with ${churnPerSecond}/s disconnecting and reconnecting and ${payPerSecond}/s paying`);

    const logIn = async (page: Page, refreshMs: number | undefined) => {
      await page.goto(`${hub.httpUrl}/console/`);
      await page.evaluate(`localStorage.clear(); ${refreshMs === undefined ? '' : `localStorage.setItem('screenhub.refreshMs', '${refreshMs}');`}`);
      await page.locator('input[name="username"]').fill(BENCH_ADMIN.email);
      await page.locator('input[name="password"]').fill(BENCH_ADMIN.password);
      await page.locator('button[type="submit"]').click();
      await page.getByTestId('stat-online').waitFor();
    };

    /** The fleet's work for `ms`: screens leave and come back, others pay. */
    const busy = async (ms: number) => {
      const until = performance.now() + ms;
      let n = 0;
      while (performance.now() < until) {
        const tick = performance.now();
        for (let k = 0; k < churnPerSecond; k++) {
          const i = (n * churnPerSecond + k) % credentials.length;
          const device = credentials[i]!;
          screens.get(device.id)?.kill();
          screens.delete(device.id);
          setTimeout(() => void connect(device, i).catch(() => undefined), 500);
        }
        const payers = [...screens.values()];
        for (let k = 0; k < payPerSecond && payers.length > 0; k++) {
          const screen = payers[(n * payPerSecond + k * 37) % payers.length]!;
          void screen.pay({ orderNo: `C${n}-${k}`, amountFen: 1250, authCode: `28${String(n * 1000 + k).padStart(14, '0')}10` }, 30_000).catch(() => undefined);
        }
        n++;
        await sleep(Math.max(0, 1000 - (performance.now() - tick)));
      }
    };

    const modes: Array<{ name: string; refreshMs: number | undefined }> = [{ name: 'unbatched (before)', refreshMs: 0 }, { name: 'batched (after)', refreshMs: undefined }];
    const results: Record<string, { requests: number; perMinute: number; byKind: Record<string, number>; hubCpuPercent: number }> = {};
    for (const mode of modes) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await logIn(page, mode.refreshMs);
      await sleep(5_000); // the dashboard's first reads settle
      const byKind: Record<string, number> = {};
      let requests = 0;
      page.on('request', (request) => {
        if (!request.url().includes('/api/') || request.url().includes('/api/events')) return;
        requests++;
        const kind = kindOf(request.url());
        byKind[kind] = (byKind[kind] ?? 0) + 1;
      });
      const cpuBefore = await cpuSeconds(hub.child.pid!);
      const at = performance.now();
      await busy(seconds * 1000);
      const wall = (performance.now() - at) / 1000;
      const hubCpuPercent = round(((await cpuSeconds(hub.child.pid!)) - cpuBefore) / wall * 100);
      results[mode.name] = { requests, perMinute: round(requests / (wall / 60)), byKind, hubCpuPercent };
      console.log(`  ${mode.name}: ${requests} requests in ${round(wall)} s (${results[mode.name]!.perMinute}/min); hub CPU ${hubCpuPercent}% of a core`);
      for (const [kind, count] of Object.entries(byKind).sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`      ${count}\t${kind}`);
      await context.close();
      await sleep(3_000);
    }

    // The map: time from navigation until every placed screen is in its clusters.
    const histogram = newHistogram();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await logIn(page, undefined);
    const placed = Math.max(mapScreens, credentials.length / 2);
    if (placed > credentials.length / 2) await seedPlacedScreens(hub.dataDir, api, merchant.id!, placed - credentials.length / 2);
    // The hub keeps a tenant's map index 2 s: the seeded screens are in the next one.
    await sleep(2_500);
    const counted = (await api('GET', '/api/screen-map?zoom=3', undefined)) as unknown as { placed: { screens: number } };
    console.log(`  the hub's map holds ${counted.placed.screens} placed screens`);
    for (let load = 0; load < mapLoads + 2; load++) {
      await page.goto(`${hub.httpUrl}/console/`);
      const drawn = `[...document.querySelectorAll('[data-testid="map-cluster"]')].reduce((n, node) => n + Number(node.getAttribute('data-screens')), 0)`;
      await page.waitForFunction(`${drawn} === ${placed}`, undefined, { timeout: 60_000 }).catch(async (err: Error) => {
        throw new Error(`the map drew ${await page.evaluate(drawn)} of ${placed} placed screens: ${err.message}`);
      });
      const ms = (await page.evaluate('performance.now()')) as number;
      if (load >= 2) histogram.recordValue(Math.round(ms * 1000));
    }
    await context.close();
    const map = percentilesMs(histogram);
    console.log(`  map: ${placed} placed screens in clusters after p50 ${map.p50} ms, p95 ${map.p95} ms, max ${map.max} ms (${mapLoads} loads after 2 not counted)`);
    console.log(`saved ${await saveResults('console', { screens: screens.size, seconds, churnPerSecond, payPerSecond, modes: results, map })}`);
  } finally {
    await browser.close();
    for (const screen of screens.values()) screen.kill();
    await hub.stop();
    gateway.stop();
  }
}

/** More placed screens for the map, written into the hub's embedded PostgreSQL (the merchants through its API). */
async function seedPlacedScreens(dataDir: string, api: HubApi, benchMerchantId: string, screens: number): Promise<void> {
  const client = new pg.Client({ connectionString: (await startEmbeddedPostgres(dataDir)).url });
  await client.connect();
  try {
    const tenantId = (await client.query<{ tenant_id: string }>('select tenant_id from merchants where id = $1', [benchMerchantId])).rows[0]!.tenant_id;
    const instanceId = (await client.query<{ id: string }>('select id from hub_instances order by alive_at desc limit 1')).rows[0]?.id ?? '';
    const createMerchant = async (attributes: Record<string, unknown>) =>
      (await api('POST', '/api/merchants', { acquirer: 'wechat', credentials: { appId: 'wx0123456789abcdef', mchId: '1900000109', apiKey: 'k'.repeat(32) }, ...attributes })) as { id: string };
    await seedMapFleet(client, { createMerchant }, tenantId, { screens, storesPerCity: 50, onlineEvery: 3, prefix: 'map-', instanceId });
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
