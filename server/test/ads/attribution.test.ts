// Attribution end to end: a screen over real MQTT plays two creatives and
// takes real payments through the local Alipay gateway; the report counts the
// successful payments that followed each creative's plays within the tenant's
// window, against the screen's own baseline, as counts and rates only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { AdRows, playProof } from '../support/ad-rows.js';
import type { ApiClient } from '../support/api-client.js';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let rows: AdRows;
let admin: ApiClient;
let tenantId: string;
let cola: string;
let mobile: string;
let colaCreative: string;
let mobileCreative: string;
let colaBooking: string;
let mobileBooking: string;
const orders: string[] = [];
let n = 0;
// The gateway pays codes ending in 10 and declines those ending in 91.
const code = (suffix: string) => `28${String(Date.now()).slice(-12)}01${suffix}`;
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Attribution Bank', hubEnv: { HUB_AD_PROOF_FLUSH_MS: '50' } });
  admin = scene.admin;
  rows = new AdRows(scene.t);
  tenantId = (await admin.get(`/api/devices/${scene.deviceId}`)).body.tenantId;
  cola = await rows.advertiser(tenantId, 'Fizz Cola');
  mobile = await rows.advertiser(tenantId, 'Mobile Co', 'telecom');
  colaCreative = await rows.creative(tenantId, cola, 'Cola summer');
  mobileCreative = await rows.creative(tenantId, mobile, 'Mobile 5G');
  const dates = { tenantId, startsOn: dayOffset(-2), endsOn: dayOffset(2), pricing: 'cpm' as const, priceFen: 1000, deviceIds: [scene.deviceId] };
  colaBooking = (await rows.booking({ ...dates, advertiserId: cola, name: 'Cola' })).id;
  mobileBooking = (await rows.booking({ ...dates, advertiserId: mobile, name: 'Mobile' })).id;
  await rows.loop(tenantId, 60, 10, 10);

  const now = Date.now();
  // Cola played twice in the last few minutes; Mobile two hours ago, long before any payment.
  await scene.screen.publish({
    playProofs: {
      batchId: 'attr-1',
      records: [
        playProof(colaCreative, colaBooking, now - 4 * 60_000),
        playProof(colaCreative, colaBooking, now - 3 * 60_000),
        playProof(mobileCreative, mobileBooking, now - 2 * 3_600_000),
      ],
    },
  });
  await scene.t.hub.app.proofOfPlay.ingest.flush();
  // Two payments succeed right after, one is declined (not counted).
  for (const suffix of ['10', '10', '91']) {
    const orderNo = `ATTR${Date.now()}${n++}`;
    orders.push(orderNo);
    const result = await scene.screen.pay({ orderNo, amountFen: 1500, authCode: code(suffix) });
    expect(result.status).toBe(suffix === '10' ? PayStatus.PAY_STATUS_SUCCEEDED : PayStatus.PAY_STATUS_FAILED);
  }
});
afterAll(async () => scene?.stop());

const attribution = async (client: ApiClient, query: string) => {
  const response = await client.get(`/api/ad-reports/attribution?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Array<Record<string, unknown>>;
};

describe('attribution', () => {
  it("counts the payments after a creative's plays against the screen's baseline", async () => {
    const period = `from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
    const [row] = await attribution(admin, `bookingId=${colaBooking}&${period}`);
    // Both payments came within 10 minutes of both plays.
    expect(row).toMatchObject({ creativeId: colaCreative, creativeName: 'Cola summer', plays: 2, screens: 1, attributedPayments: 2, paymentsPerPlay: 2 });
    // The screen's baseline: 2 payments in 1441 minutes → 2 × 10 / 1441 per 10-minute window.
    expect(row!.baselinePaymentsPerWindow).toBeCloseTo((2 * 10) / 1441, 3);
    expect(row!.lift).toBeGreaterThan(100);
    const [quiet] = await attribution(admin, `creativeId=${mobileCreative}&${period}`);
    expect(quiet).toMatchObject({ plays: 1, attributedPayments: 0, paymentsPerPlay: 0, lift: 0 });
    // Counts and rates only: nothing of the payments themselves.
    const text = JSON.stringify(row) + JSON.stringify(quiet);
    for (const orderNo of orders) expect(text).not.toContain(orderNo);
    expect(text).not.toMatch(/authCode|orderNo|payer|buyer/i);
  });

  it('follows the tenant\'s window', async () => {
    // Plays 3 and 4 minutes before the payments: a 1-minute window sees none of them.
    await scene.t.hub.db.query('update ad_settings set attribution_window_minutes = 1 where tenant_id = $1', [tenantId]);
    const [row] = await attribution(admin, `bookingId=${colaBooking}`);
    expect(row).toMatchObject({ plays: 2, attributedPayments: 0 });
    await scene.t.hub.db.query('update ad_settings set attribution_window_minutes = 10 where tenant_id = $1', [tenantId]);
  });

  it("shows an advertiser's key its own creatives only, and CSV", async () => {
    const key = admin.as(await rows.apiKey(tenantId, cola));
    expect((await attribution(key, `bookingId=${colaBooking}`)).map((r) => r.creativeId)).toEqual([colaCreative]);
    expect(await attribution(key, `bookingId=${mobileBooking}`)).toEqual([]);
    expect(await attribution(key, `creativeId=${mobileCreative}`)).toEqual([]);
    expect((await key.get('/api/ad-reports/attribution')).status).toBe(400);
    const csv = await key.get(`/api/ad-reports/attribution?bookingId=${colaBooking}&format=csv`);
    expect(csv.headers.get('content-disposition')).toContain(`ad-attribution-${colaBooking}`);
    expect((csv.body as string).split('\r\n')[1]).toMatch(new RegExp(`^${colaCreative},Cola summer,2,1,2,2,`));
  });

  it('keeps another tenant out', async () => {
    const other = (await (await scene.t.api.loginRoot()).createTenant('Attribution Other Bank')).admin;
    expect(await attribution(other, `bookingId=${colaBooking}`)).toEqual([]);
  });
});
