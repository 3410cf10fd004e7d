// Daily revenue statements, closed once: a day closes after it ends (here with
// no grace), priced from its billable plays; a play arriving after its day
// closed (a screen offline for days) goes into the next open statement, marked
// late, and the closed one never changes; closers racing in several processes
// close each day once; another tenant sees none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient } from '@screenhub/simulator';
import { StatementCloser } from '../../src/ad-revenue/statement-closer.js';
import { AdRows, playProof } from '../support/ad-rows.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let rows: AdRows;
let bank: ApiClient;
let bankId: string;
let other: ApiClient;
let screen: ScreenClient;
let creative: string;
let booking: string;

/** YYYY-MM-DD of `daysAgo` days before today in Shanghai (the default statement time zone), and noon of it. */
const shanghaiDay = (daysAgo: number) => new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
const noonOf = (day: string) => Date.parse(`${day}T12:00:00+08:00`);

beforeAll(async () => {
  t = await TestHub.start({ HUB_AD_PROOF_FLUSH_MS: '50', HUB_AD_STATEMENT_CLOSE_MS: '100', HUB_AD_STATEMENT_GRACE_MINUTES: '0' });
  rows = new AdRows(t);
  const root = await t.api.loginRoot();
  ({ admin: bank, tenantId: bankId } = await root.createTenant('Revenue Days Bank'));
  other = (await root.createTenant('Revenue Days Other Bank')).admin;
  const merchant = (await bank.createMerchant({ name: 'Late Noodles' })).id;
  const device = await bank.createDevice({ id: 'days-screen' });
  await bank.put(`/api/devices/${device.id}`, { merchantId: merchant });
  screen = t.screen(device);
  await screen.connect();
  const advertiser = await rows.advertiser(bankId, 'Daily Cola');
  creative = await rows.creative(bankId, advertiser, 'Cola daily');
  // 100 fen a completed play.
  booking = (await rows.booking({ tenantId: bankId, advertiserId: advertiser, startsOn: shanghaiDay(10), endsOn: shanghaiDay(-10), pricing: 'cpm', priceFen: 100_000, deviceIds: [device.id], creativeIds: [creative] })).id;
});
afterAll(async () => t?.stop());

const day = async (d: string) => (await bank.get(`/api/ad-revenue/days/${d}`)).body;
const plays = (d: string, n: number, offsetMinutes = 0) => Array.from({ length: n }, (_, i) => playProof(creative, booking, noonOf(d) + (offsetMinutes + i) * 60_000));

describe('daily revenue statements', () => {
  it('close each ended day once; a late play goes into the next open statement and the closed one never changes', async () => {
    const [d3, d2, d1] = [shanghaiDay(3), shanghaiDay(2), shanghaiDay(1)];
    // Closers of two more "processes" race the hub's own for the first day.
    const closers = [0, 1].map(() => new StatementCloser({ db: t.hub.db, logger: t.hub.app.log, intervalMs: 60_000, graceMinutes: 0 }));
    await screen.publish({ playProofs: { batchId: 'days-1', records: plays(d3, 3) } });
    await t.hub.app.proofOfPlay.ingest.flush();
    await Promise.all(closers.map((c) => c.run()));
    const first = await eventually(async () => {
      const body = await day(d3);
      return body.day && body;
    });
    expect(first).toMatchObject({ day: d3, totalFen: 300, billedPlays: 3, latePlays: 0, unbilledPlays: 0 });
    expect(first.statement.bookings).toEqual([expect.objectContaining({ bookingId: booking, revenueFen: 300 })]);

    // Two days later the screen comes back with one more play of that day, and yesterday's two.
    await screen.publish({ playProofs: { batchId: 'days-2', records: [...plays(d3, 1, 30), ...plays(d1, 2)] } });
    await t.hub.app.proofOfPlay.ingest.flush();
    const list = await eventually(async () => {
      const body = (await bank.get(`/api/ad-revenue/days?from=${d3}&to=${d1}`)).body as Array<{ day: string }>;
      return body.length === 3 && body;
    });
    expect(list).toMatchObject([
      { day: d3, totalFen: 300, billedPlays: 3, latePlays: 0 },
      { day: d2, totalFen: 100, billedPlays: 1, latePlays: 1 },
      { day: d1, totalFen: 200, billedPlays: 2, latePlays: 0 },
    ]);
    // The first statement is as it was closed.
    expect(await day(d3)).toEqual(first);
    // Each play in exactly one statement.
    expect(await rows.count(`select count(*) as n from ad_plays where booking_id = $1 and statement_day is null`, [booking])).toBe(0);
    expect(await rows.count(`select count(*) as n from ad_revenue_days where tenant_id = $1`, [bankId])).toBe(3);
    // Today has not ended: no statement yet.
    expect((await bank.get(`/api/ad-revenue/days/${shanghaiDay(0)}`)).status).toBe(404);
    await Promise.all(closers.map((c) => c.stop()));
  });

  it('answers bad periods with the parameter named, and nothing of another tenant', async () => {
    const bad = await bank.get(`/api/ad-revenue/days?from=${shanghaiDay(1)}&to=${shanghaiDay(3)}`);
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/^to:/);
    expect((await bank.get('/api/ad-revenue/days?from=yesterday&to=today')).status).toBe(400);
    expect((await other.get(`/api/ad-revenue/days?from=${shanghaiDay(5)}&to=${shanghaiDay(0)}`)).body).toEqual([]);
    expect((await other.get(`/api/ad-revenue/days/${shanghaiDay(3)}`)).status).toBe(404);
  });
});
