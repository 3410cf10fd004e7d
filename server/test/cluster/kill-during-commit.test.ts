// SIGKILL of a hub process while group commit is writing payments' batches
// (a batched statement is seen running in PostgreSQL just before the kill).
// The hub starts again on the same ports and database; screens reconnect and
// ask again. Afterwards: the acquirer never saw an order whose transaction was
// not committed first, every transaction ends in one final state that agrees
// with the acquirer's ledger, no screen was told "succeeded" for money that
// was not taken, and no order exists twice. Needs a PostgreSQL server
// (TEST_DATABASE_URL, as in CI's second pass).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { BENCH_ADMIN, freePort, ScreenClient, startHubProcess, type HubProcess } from '@screenhub/simulator';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { ApiClient } from '../support/api-client.js';
import { createServerDatabase, eventually } from '../support/test-hub.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const SCREENS = 20;
const FINAL = ['succeeded', 'failed', 'cancelled'];

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let database: { url: string; drop(): Promise<void> };
let hub: HubProcess;
let sql: pg.Client;
const screens: ScreenClient[] = [];

describe.skipIf(!serverUrl)('a hub killed during group commit', () => {
  let env: Record<string, string>;

  beforeAll(async () => {
    fixture = await startAlipayGateway({ latencyMs: 20 });
    database = await createServerDatabase(serverUrl!);
    env = {
      DATABASE_URL: database.url,
      HUB_HTTP_PORT: String(await freePort()),
      HUB_MQTT_PORT: String(await freePort()),
      HUB_ACQUIRER_TIMEOUT_MS: '1000',
      HUB_PAY_POLL_INTERVAL_MS: '200',
      HUB_PAY_TIMEOUT_MS: '4000',
      HUB_JWT_SECRET: 'kill-test-secret-kill-test-secret-kill',
      HUB_LOG_LEVEL: process.env.KILL_TEST_LOG_LEVEL ?? 'error',
      ...fixture.hubEnv,
    };
    hub = await startHubProcess({ env });
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  }, 60_000);

  afterAll(async () => {
    for (const screen of screens) screen.kill();
    await sql?.end();
    await hub?.stop();
    await database?.drop();
    await fixture?.gateway.close();
  });

  it('commits nothing by halves and tells no screen a wrong outcome', async () => {
    const admin = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const merchant = (await admin.post('/api/merchants', { name: 'Kill Diner', acquirer: 'alipay', credentials: fixture.credentials })).body;
    for (let i = 0; i < SCREENS; i++) {
      const device = await admin.createDevice({ id: `kill-${i}` });
      await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
      const screen = new ScreenClient({ url: hub.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, heartbeat: false, reconnect: { initialDelayMs: 100, maxDelayMs: 500 } });
      screen.on('error', () => undefined);
      await screen.connect();
      screens.push(screen);
    }

    // Payments from every screen, back to back, until the kill: batches are being written all the time.
    const told = new Map<string, number>();
    const asked: Array<{ screen: ScreenClient; orderNo: string; amountFen: number; authCode: string }> = [];
    let paying = true;
    const loops = screens.map(async (screen, s) => {
      for (let n = 0; paying; n++) {
        const attempt = { screen, orderNo: `K${s}-${n}`, amountFen: 100 + n, authCode: `28000000${String(s).padStart(4, '0')}${String(n).padStart(4, '0')}10` };
        asked.push(attempt);
        await screen.pay(attempt, 2000).then((r) => told.set(`${screen.options.deviceId}/${attempt.orderNo}`, r.status!), () => undefined);
      }
    });
    const batchRunning = async () =>
      (await sql.query(`select 1 from pg_stat_activity where datname = current_database() and state = 'active' and query like '%unnest(%' and query not like '%pg_stat_activity%'`)).rows.length > 0;
    await eventually(async () => (await sql.query<{ n: number }>('select count(*)::int as n from transactions')).rows[0]!.n >= 100, 20_000, 20);
    await eventually(batchRunning, 10_000, 1);
    await hub.kill();
    paying = false;
    await Promise.all(loops);

    const { rows: inFlight } = await sql.query<{ n: number }>(`select count(*)::int as n from transactions where state <> all($1::text[])`, [FINAL]);
    console.log(`killed while a batch was being written; ${inFlight[0]!.n} payments in flight`);
    // The acquirer saw no order the hub had not committed before calling it.
    const { rows: committed } = await sql.query<{ acquirer_order_no: string }>('select acquirer_order_no from transactions');
    const known = new Set(committed.map((r) => r.acquirer_order_no));
    const atAcquirer = [...fixture.gateway.trades.values()].map((t) => t.outTradeNo);
    expect(atAcquirer.filter((no) => !known.has(no))).toEqual([]);

    // Back on the same ports, data directory (its keys) and database: in-flight payments are taken over once the dead process's lease runs out,
    // and each screen asks again for every order it had no answer to.
    hub = await startHubProcess({ env, dataDir: hub.dataDir });
    await eventually(async () => screens.every((s) => s.connected), 30_000, 100);
    for (const attempt of asked.filter((a) => !told.has(`${a.screen.options.deviceId}/${a.orderNo}`))) {
      void attempt.screen.pay(attempt, 40_000).then((r) => told.set(`${attempt.screen.options.deviceId}/${attempt.orderNo}`, r.status!), () => undefined);
    }
    const settled = await eventually(async () => {
      const { rows } = await sql.query<{ device_id: string; order_no: string; acquirer_order_no: string; state: string }>('select device_id, order_no, acquirer_order_no, state from transactions');
      return rows.every((r) => FINAL.includes(r.state)) && rows;
    }, 60_000, 250).catch(async (err) => {
      console.log((await sql.query(`select state, owner_instance, count(*)::int from transactions group by 1, 2`)).rows, (await sql.query('select id, alive_at from hub_instances')).rows);
      throw err;
    });

    const charged = new Set(fixture.gateway.charged().map((t) => t.outTradeNo));
    for (const tx of settled) expect({ order: tx.order_no, charged: charged.has(tx.acquirer_order_no) }).toEqual({ order: tx.order_no, charged: tx.state === 'succeeded' });
    expect(new Set(settled.map((tx) => `${tx.device_id}/${tx.order_no}`)).size).toBe(settled.length);
    const byOrder = new Map(settled.map((tx) => [`${tx.device_id}/${tx.order_no}`, tx]));
    for (const [key, status] of told) {
      if (status === PayStatus.PAY_STATUS_SUCCEEDED) expect({ key, state: byOrder.get(key)?.state }).toEqual({ key, state: 'succeeded' });
    }
    // Every final state was written once, with its event.
    const { rows: finals } = await sql.query<{ n: number }>(
      `select count(*)::int as n from transaction_events where to_state = any($1::text[]) group by transaction_id having count(*) > 1`,
      [FINAL],
    );
    expect(finals).toEqual([]);
  }, 180_000);
});
