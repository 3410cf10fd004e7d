// Several hub processes (npm start -- --workers 3) sharing PostgreSQL and a
// Redis server: screens spread over them; one process is killed with SIGKILL
// while payments and commands flow. Its screens reconnect to the others, every
// payment ends in exactly one final state that agrees with the acquirer's
// ledger, and every command is delivered or expires. Needs a PostgreSQL server
// (TEST_DATABASE_URL, as in CI's second pass) and Debian's redis-server.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_ADMIN, ScreenClient, startHubProcess, startRedisServer, type HubProcess } from '@screenhub/simulator';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { ApiClient } from '../support/api-client.js';
import { createServerDatabase, eventually } from '../support/test-hub.js';

const serverUrl = process.env.TEST_DATABASE_URL;
// Not a multiple of 3: each screen gets instant, slow and never-confirming buyers alike.
const SCREENS = 25;

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let database: { url: string; drop(): Promise<void> };
let redis: Awaited<ReturnType<typeof startRedisServer>>;
let hub: HubProcess;
let sql: pg.Client;
const screens: ScreenClient[] = [];

/** The pid of the hub process holding each screen, from the lease id it stamped on the device row. */
async function holders(): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ id: string; connected_instance: string }>('select device_id as id, connected_instance from device_live where online');
  return new Map(rows.map((r) => [r.id, Number(r.connected_instance.split(':')[1])]));
}

describe.skipIf(!serverUrl)('several hub processes', () => {
  beforeAll(async () => {
    fixture = await startAlipayGateway({ passwordDelayMs: 1500 });
    database = await createServerDatabase(serverUrl!);
    redis = await startRedisServer();
    hub = await startHubProcess({
      env: {
        DATABASE_URL: database.url,
        HUB_REDIS_URL: redis.url,
        HUB_WORKERS: '3',
        HUB_ACQUIRER_TIMEOUT_MS: '1000',
        HUB_PAY_POLL_INTERVAL_MS: '200',
        HUB_PAY_TIMEOUT_MS: '4000',
        HUB_COMMAND_EXPIRY_SWEEP_MS: '200',
        HUB_LIVE_FLUSH_MS: '100',
        HUB_JWT_SECRET: 'cluster-test-secret-cluster-test-secret',
        HUB_LOG_LEVEL: 'error',
        ...fixture.hubEnv,
      },
    });
    await eventually(async () => hub.workerPids().length === 3, 30_000);
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  }, 120_000);

  afterAll(async () => {
    for (const screen of screens) screen.kill();
    await sql?.end();
    await hub?.stop();
    redis?.stop();
    await database?.drop();
    await fixture?.gateway.close();
  });

  it('survives a SIGKILLed process: screens move, payments settle once, commands arrive or expire', async () => {
    const admin = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const merchant = (await admin.post('/api/merchants', { name: 'Cluster Diner', acquirer: 'alipay', credentials: fixture.credentials })).body;
    const deliveredCommands = new Set<string>();
    for (let i = 0; i < SCREENS; i++) {
      const device = await admin.createDevice({ id: `cluster-${i}` });
      await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
      // Reconnect with backoff (the default), as a real screen does when its hub process goes away.
      const screen = new ScreenClient({ url: hub.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, heartbeat: false, reconnect: { initialDelayMs: 100, maxDelayMs: 1000 } });
      screen.on('command', (c) => deliveredCommands.add(c.commandId!));
      screen.on('error', () => undefined);
      await screen.connect();
      screens.push(screen);
    }
    // Each process accepts from the shared socket (SCHED_NONE): which one takes a screen is the kernel's race, so the
    // screens are spread, though not necessarily over all three.
    const before = await eventually(async () => {
      const h = await holders();
      return h.size === SCREENS && h;
    }, 10_000);
    const pids = new Set(before.values());
    expect(pids.size).toBeGreaterThanOrEqual(2);

    // Payments and commands in flight: instant buyers, buyers who take 1.5 s, buyers who never confirm.
    const suffixes = ['10', '92', '93'];
    const orders: string[] = [];
    const commandIds: string[] = [];
    for (let i = 0; i < 60; i++) {
      const screen = screens[i % SCREENS]!;
      const orderNo = `CLUSTER${i}`;
      orders.push(orderNo);
      screen.pay({ orderNo, amountFen: 100 + i, authCode: `2800000000${String(i).padStart(4, '0')}01${suffixes[i % 3]}` }).catch(() => undefined);
      if (i % 2 === 0) {
        const created = await admin.post(`/api/devices/${screen.options.deviceId}/commands`, { type: 'play_test_announcement', text: `第${i}笔`, ttlSeconds: 20 });
        commandIds.push(created.body.id);
      }
    }
    // Kill the process holding the most screens, once it is driving payments that are not final yet.
    const counts = new Map<number, number>();
    for (const pid of before.values()) counts.set(pid, (counts.get(pid) ?? 0) + 1);
    const victim = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const moved = [...before.entries()].filter(([, pid]) => pid === victim).map(([id]) => id);
    const inFlightOf = async (pid: number) =>
      (
        await sql.query<{ id: string }>(`select id from transactions where split_part(owner_instance, ':', 2) = $1 and state not in ('succeeded', 'failed', 'cancelled')`, [
          String(pid),
        ])
      ).rows.map((r) => r.id);
    const orphaned = await eventually(async () => {
      const ids = await inFlightOf(victim);
      return ids.length >= 2 && ids;
    }, 20_000, 10);
    process.kill(victim, 'SIGKILL');
    // The database's clock once the victim can no longer write: a payment it finished in the instant between the
    // query above and the kill is its own (updated_at before this); one finished later was taken over.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const killedAt = (await sql.query<{ now: Date }>('select now()')).rows[0]!.now;

    // Its screens come back, held by other processes (survivors, or the replacement the primary starts).
    await eventually(async () => {
      const h = await holders();
      return moved.every((id) => h.has(id) && h.get(id) !== victim);
    }, 30_000, 200);
    await eventually(async () => screens.every((s) => s.connected), 30_000, 200);

    // Every payment that reached the hub ends in one final state (the dead process's in-flight ones
    // are taken over when its lease expires), in agreement with the acquirer.
    type Tx = { orderNo: string; acquirerOrderNo: string; amountFen: number; state: string };
    const settled = await eventually(async () => {
      const txs = (await admin.get<Tx[]>('/api/transactions?range=[0,999]')).body;
      return txs.length >= 30 && txs.every((tx) => ['succeeded', 'failed', 'cancelled'].includes(tx.state)) ? txs : undefined;
    }, 60_000, 250);
    expect(new Set(settled.map((tx) => tx.orderNo)).size).toBe(settled.length);
    // The dead process's payments were taken over by a live one once its lease expired.
    const { rows: takenOver } = await sql.query<{ owner_instance: string }>('select owner_instance from transactions where id = any($1::uuid[]) and updated_at > $2', [
      orphaned,
      killedAt,
    ]);
    expect(takenOver.length).toBeGreaterThan(0);
    expect(takenOver.map((r) => Number(r.owner_instance.split(':')[1])).filter((pid) => pid === victim)).toEqual([]);
    for (const tx of settled) {
      const trade = fixture.gateway.trade(fixture.credentials.appId, tx.acquirerOrderNo);
      if (tx.state === 'succeeded') expect(trade, tx.orderNo).toMatchObject({ status: 'TRADE_SUCCESS', refunded: false, amountFen: tx.amountFen });
      else expect(trade === undefined || trade.status === 'TRADE_CLOSED', `${tx.orderNo} ${tx.state} ${trade?.status}`).toBe(true);
    }
    for (const trade of fixture.gateway.charged()) {
      expect(settled.filter((tx) => tx.acquirerOrderNo === trade.outTradeNo && tx.state === 'succeeded'), trade.outTradeNo).toHaveLength(1);
    }

    // Every command was delivered (and answered) or expired; none is left open.
    // Their 20 s to live are long past by now: any process's expiry sweep ends what no screen answered.
    const finalStates = await eventually(async () => {
      const answers = await Promise.all(commandIds.map((id) => admin.get(`/api/commands/${id}`)));
      const states = answers.map((a) => (a.status === 200 ? (a.body.state as string) : `HTTP ${a.status}`));
      const open = states.filter((s) => !['succeeded', 'failed', 'expired'].includes(s));
      // Thrown, so that a timeout says what was still open.
      if (open.length > 0) throw new Error(`${open.length} commands not final: ${open.join(', ')}`);
      return states;
    }, 60_000, 250);
    for (const [i, state] of finalStates.entries()) {
      if (state === 'succeeded') expect(deliveredCommands.has(commandIds[i]!)).toBe(true);
    }
    expect(finalStates.filter((s) => s === 'succeeded').length).toBeGreaterThan(commandIds.length / 2);

    // A block issued through any process reaches the screen wherever it is connected.
    const target = screens[0]!;
    await admin.put(`/api/devices/${target.options.deviceId}`, { status: 'blocked' });
    await eventually(async () => !target.connected, 10_000);
  }, 180_000);
});
