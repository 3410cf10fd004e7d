// The daily reconciliation with two hub processes (npm start -- --workers 2)
// on one PostgreSQL: both look for due merchant-days every 100 ms, and each
// merchant-day is still reconciled once: one run, one report, one alert for its
// mismatch. Needs a PostgreSQL server (TEST_DATABASE_URL, as in CI's second
// pass) and Debian's redis-server.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_ADMIN, startHubProcess, startRedisServer, type HubProcess } from '@screenhub/simulator';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { ApiClient } from '../support/api-client.js';
import { createServerDatabase, eventually } from '../support/test-hub.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const MERCHANTS = 12;

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let database: { url: string; drop(): Promise<void> };
let redis: Awaited<ReturnType<typeof startRedisServer>>;
let hub: HubProcess;
let sql: pg.Client;

describe.skipIf(!serverUrl)('scheduled reconciliation across hub processes', () => {
  beforeAll(async () => {
    // The gateway publishes a day's bill as the day starts and the hub expects it then: today is due at once.
    fixture = await startAlipayGateway({ billDelayMs: -86_400_000 });
    database = await createServerDatabase(serverUrl!);
    redis = await startRedisServer();
    hub = await startHubProcess({
      env: {
        DATABASE_URL: database.url,
        HUB_REDIS_URL: redis.url,
        HUB_WORKERS: '2',
        HUB_RECONCILIATION_INTERVAL_MS: '100',
        HUB_RECONCILIATION_ALIPAY_AT_MINUTES: '-1440',
        HUB_RECONCILIATION_LOOKBACK_DAYS: '0',
        HUB_JWT_SECRET: 'cluster-test-secret-cluster-test-secret',
        HUB_LOG_LEVEL: 'error',
        ...fixture.hubEnv,
      },
    });
    await eventually(async () => hub.workerPids().length === 2, 30_000);
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await hub?.stop();
    redis?.stop();
    await database?.drop();
    await fixture?.gateway.close();
  });

  it('reconciles each merchant-day once, whichever process gets there first', async () => {
    const { appId } = fixture.credentials;
    // One trade the hub never sent, in every merchant's bill (they share the gateway app): a mismatch each.
    fixture.gateway.trades.set(`${appId}|GHOST`, { appId, outTradeNo: 'GHOST', tradeNo: '2026GHOST', amountFen: 300, status: 'TRADE_SUCCESS', createdAt: Date.now(), paidAt: Date.now(), refunded: false, refunds: new Map() });
    const admin = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const merchants: string[] = [];
    for (let i = 0; i < MERCHANTS; i++) {
      merchants.push((await admin.post('/api/merchants', { name: `Recon shop ${i}`, acquirer: 'alipay', credentials: fixture.credentials })).body.id);
    }
    const counts = async () =>
      (
        await sql.query<{ runs: number; done: number; reports: number; alerts: number }>(
          `select (select count(*)::int from reconciliation_runs where merchant_id = any($1::uuid[])) as runs,
                  (select count(*)::int from reconciliation_runs where merchant_id = any($1::uuid[]) and state = 'done') as done,
                  (select count(*)::int from reconciliations where merchant_id = any($1::uuid[])) as reports,
                  (select count(*)::int from alerts where merchant_id = any($1::uuid[])) as alerts`,
          [merchants],
        )
      ).rows[0]!;
    await eventually(async () => (await counts()).done === MERCHANTS, 20_000, 100);
    // A few more rounds of both processes change nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await counts()).toEqual({ runs: MERCHANTS, done: MERCHANTS, reports: MERCHANTS, alerts: MERCHANTS });
    const { rows } = await sql.query<{ merchant_id: string; reports: number; report_id: string; mismatched: number }>(
      `select r.merchant_id, count(*)::int as reports, min(run.reconciliation_id::text) as report_id, min(r.mismatched) as mismatched
       from reconciliations r join reconciliation_runs run on run.merchant_id = r.merchant_id
       where r.merchant_id = any($1::uuid[]) group by r.merchant_id`,
      [merchants],
    );
    expect(rows).toHaveLength(MERCHANTS);
    for (const row of rows) expect(row).toMatchObject({ reports: 1, mismatched: 1 });
    // Both processes were looking: every run names the process that did it, and both are live workers.
    const { rows: by } = await sql.query<{ claimed_by: string }>('select distinct claimed_by from reconciliation_runs where merchant_id = any($1::uuid[])', [merchants]);
    const pids = new Set(hub.workerPids().map(String));
    for (const { claimed_by } of by) expect(pids.has(claimed_by.split(':')[1]!)).toBe(true);
  });
});
