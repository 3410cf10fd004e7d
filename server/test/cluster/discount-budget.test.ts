// A bank's small discount budget under a rush: two hub processes sharing
// PostgreSQL, 200 screens paying at once, a quarter of the buyers declined.
// The budget is never passed (what was given and what is held never exceed
// it), the discounts reserved by declined payments come back and are given to
// later customers, and the acquirer charged every discounted payment exactly
// the ticket less its discount. Needs a PostgreSQL server (TEST_DATABASE_URL)
// and Debian's redis-server.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { BENCH_ADMIN, ScreenClient, startHubProcess, startRedisServer, type HubProcess } from '@screenhub/simulator';
import { startAlipayGateway } from '../support/alipay-fixture.js';
import { ApiClient } from '../support/api-client.js';
import { createServerDatabase, eventually } from '../support/test-hub.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const SCREENS = 200;
const TICKET_FEN = 2_000;
const OFF_FEN = 100;
const BUDGET_FEN = 50 * OFF_FEN;

let fixture: Awaited<ReturnType<typeof startAlipayGateway>>;
let database: { url: string; drop(): Promise<void> };
let redis: Awaited<ReturnType<typeof startRedisServer>>;
const hubs: HubProcess[] = [];
const screens: ScreenClient[] = [];
let sql: pg.Client;

describe.skipIf(!serverUrl)('a discount budget under two hub processes', () => {
  beforeAll(async () => {
    fixture = await startAlipayGateway();
    database = await createServerDatabase(serverUrl!);
    redis = await startRedisServer();
    const env = {
      DATABASE_URL: database.url,
      HUB_REDIS_URL: redis.url,
      HUB_JWT_SECRET: 'discount-test-secret-discount-test-01',
      // Shared: each process opens the merchants' credentials and the screens' payment keys the others sealed.
      HUB_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
      HUB_LOG_LEVEL: 'error',
      HUB_DISCOUNT_SETTLE_MS: '200',
      ...fixture.hubEnv,
    };
    hubs.push(await startHubProcess({ env }));
    hubs.push(await startHubProcess({ env }));
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  }, 120_000);

  afterAll(async () => {
    for (const screen of screens) screen.kill();
    await sql?.end();
    for (const hub of hubs) await hub.stop();
    redis?.stop();
    await database?.drop();
    await fixture?.gateway.close();
  });

  it('never gives more than the budget, and gives what declined payments gave back to later customers', async () => {
    const [a, b] = hubs as [HubProcess, HubProcess];
    const root = await new ApiClient(a.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const bank = (await root.createTenant('Rush Bank')).admin;
    const merchant = (await bank.post('/api/merchants', { name: 'Rush Noodles', acquirer: 'alipay', credentials: fixture.credentials, city: '杭州' })).body;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const campaign = (
      await bank.post('/api/discount-campaigns', {
        name: '午市立减',
        merchants: { cities: ['杭州'] },
        startsOn: today,
        endsOn: today,
        channels: ['alipay'],
        rule: 'threshold',
        minSpendFen: 1_000,
        offFen: OFF_FEN,
        budgetFen: BUDGET_FEN,
      })
    ).body;
    for (let i = 0; i < SCREENS; i++) {
      const device = await bank.createDevice({ id: `rush-${i}` });
      await bank.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
      // Half the counter on each process.
      screens.push(new ScreenClient({ url: (i % 2 === 0 ? a : b).mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, heartbeat: false }));
    }
    await Promise.all(screens.map((s) => s.connect()));

    let n = 0;
    const wave = (declineEvery: number) =>
      Promise.all(
        screens.map((s, i) => {
          n++;
          // Every fourth buyer of each process declined (screens alternate between the processes): whichever
          // process's batch takes the budget first, some of its discounted buyers are declined and give theirs back.
          const ending = declineEvery > 0 && Math.floor(i / 2) % declineEvery === 0 ? '91' : '88';
          return s.pay({ orderNo: `RUSH-${n}`, amountFen: TICKET_FEN, authCode: `28${String(n).padStart(14, '0')}${ending}` });
        }),
      );
    const held = async () => (await sql.query<{ reserved_fen: number; budget_fen: number }>('select reserved_fen::int, budget_fen::int from discount_campaigns where id = $1', [campaign.id])).rows[0]!;
    const ledger = async () => {
      const { rows } = await sql.query<{ state: string; n: number; fen: number }>('select state, count(*)::int as n, sum(discount_fen)::int as fen from payment_discounts group by state');
      return Object.fromEntries(rows.map((r) => [r.state, r]));
    };

    // The rush: 200 payments at once, every fourth buyer declined.
    const first = await wave(4);
    expect(first.filter((r) => r.status === PayStatus.PAY_STATUS_SUCCEEDED)).toHaveLength(150);
    const firstDiscounts = first.reduce((sum, r) => sum + Number(r.discountFen ?? 0), 0);
    expect(firstDiscounts).toBeLessThanOrEqual(BUDGET_FEN);
    expect((await held()).reserved_fen).toBeLessThanOrEqual(BUDGET_FEN);
    // The declined payments' discounts come back (the settler, on whichever process holds its lock).
    const afterFirst = await eventually(async () => {
      const states = await ledger();
      return states.reserved ? undefined : states;
    }, 10_000);
    expect(afterFirst.released?.n ?? 0).toBeGreaterThan(0);
    expect(afterFirst.used!.fen).toBe(firstDiscounts);
    expect((await held()).reserved_fen).toBe(firstDiscounts);

    // Later customers get what came back, up to the budget and not a fen more.
    const second = await wave(0);
    const secondDiscounts = second.reduce((sum, r) => sum + Number(r.discountFen ?? 0), 0);
    expect(firstDiscounts + secondDiscounts).toBe(BUDGET_FEN);
    expect(await held()).toEqual({ reserved_fen: BUDGET_FEN, budget_fen: BUDGET_FEN });
    await eventually(async () => ((await ledger()).reserved ? undefined : true), 10_000);
    expect((await ledger()).used).toMatchObject({ n: BUDGET_FEN / OFF_FEN, fen: BUDGET_FEN });

    // Each paid payment was charged its ticket less its own discount, at the acquirer and in the hub.
    const paid = [...first, ...second].filter((r) => r.status === PayStatus.PAY_STATUS_SUCCEEDED);
    expect(paid).toHaveLength(350);
    for (const result of paid) {
      const discount = Number(result.discountFen ?? 0);
      expect(Number(result.amountFen)).toBe(TICKET_FEN);
      expect(Number(result.chargedFen ?? 0)).toBe(discount > 0 ? TICKET_FEN - discount : 0);
    }
    const { rows } = await sql.query<{ charged: number; expected: number }>(
      `select sum(amount_fen)::int as charged, sum(coalesce(ticket_fen, amount_fen) - discount_fen)::int as expected from transactions where state = 'succeeded'`,
    );
    expect(rows[0]!.charged).toBe(paid.length * TICKET_FEN - BUDGET_FEN);
    expect(rows[0]!.expected).toBe(rows[0]!.charged);
    const acquirerCharged = fixture.gateway.charged().reduce((sum, t) => sum + t.amountFen, 0);
    expect(acquirerCharged).toBe(rows[0]!.charged);
  }, 180_000);
});
