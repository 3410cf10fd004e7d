// The daily reconciliation by itself: a merchant-day becomes due when its
// acquirer publishes (here the hub is told Alipay publishes as the day starts,
// so today is due at once); while the gateway says the bill is not out, the run
// waits and is tried again; once out, one report, marked scheduled, and an
// alert for its mismatches. A bill that never comes is abandoned with an alert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { alipayScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const scheduleNow = { HUB_RECONCILIATION_INTERVAL_MS: '100', HUB_RECONCILIATION_ALIPAY_AT_MINUTES: '-1440', HUB_RECONCILIATION_LOOKBACK_DAYS: '0' };

describe('scheduled reconciliation', () => {
  let scene: Awaited<ReturnType<typeof alipayScene>>;
  let admin: ApiClient;
  const runs = async () => (await admin.get(`/api/merchants/${scene.merchant.id}/reconciliation-runs`)).body as Array<{ date: string; state: string; attempts: number; reconciliationId: string | null; lastError: string | null }>;

  beforeAll(async () => {
    // The gateway keeps Alipay's own hours (09:00 the next day): today's bill is not out.
    scene = await alipayScene({ tenant: 'Scheduled Recon', hubEnv: { ...scheduleNow, HUB_RECONCILIATION_RETRY_MS: '200', HUB_RECONCILIATION_MAX_ATTEMPTS: '1000' } });
    admin = scene.admin;
  });
  afterAll(async () => scene?.stop());

  it('waits for the bill, then reconciles the day once and raises an alert for its mismatches', async () => {
    const waiting = await eventually(async () => (await runs()).find((r) => r.state === 'waiting' && r.attempts >= 2));
    expect(waiting).toMatchObject({ date: chinaToday(), reconciliationId: null });
    expect(waiting.lastError).toContain('isp.bill_not_exist');
    expect((await admin.get(`/api/merchants/${scene.merchant.id}/reconciliations`)).body).toEqual([]);

    await scene.screen.pay({ orderNo: 'S1', amountFen: 1500, authCode: '280000000000001010' });
    const { appId } = scene.fixture.credentials;
    scene.fixture.gateway.trades.set(`${appId}|GHOST`, { appId, outTradeNo: 'GHOST', tradeNo: '2026GHOST', amountFen: 700, status: 'TRADE_SUCCESS', createdAt: Date.now(), paidAt: Date.now(), refunded: false, refunds: new Map() });
    scene.fixture.gateway.behaviour.billDelayMs = -86_400_000;

    const done = await eventually(async () => (await runs()).find((r) => r.state === 'done'), 10_000);
    const report = (await admin.get(`/api/reconciliations/${done.reconciliationId}`)).body;
    expect(report).toMatchObject({ date: chinaToday(), matched: 1, mismatched: 1, scheduled: true });
    expect(report.items).toEqual([expect.objectContaining({ kind: 'only_at_acquirer', orderNo: 'GHOST', acquirerAmountFen: 700 })]);

    const alerts = (await admin.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ merchantId: scene.merchant.id }))}`)).body;
    expect(alerts).toEqual([expect.objectContaining({ kind: 'reconciliation_mismatch', reconciliationId: report.id, deviceId: null, value: 1, state: 'open' })]);

    // Later rounds leave a done day alone.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await runs()).toHaveLength(1);
    expect((await admin.get(`/api/merchants/${scene.merchant.id}/reconciliations`)).body).toHaveLength(1);
  });
});

describe('a bill that never comes', () => {
  let scene: Awaited<ReturnType<typeof alipayScene>>;

  beforeAll(async () => {
    scene = await alipayScene({ tenant: 'Missing Bill', hubEnv: { ...scheduleNow, HUB_RECONCILIATION_RETRY_MS: '100', HUB_RECONCILIATION_MAX_ATTEMPTS: '3' } });
  });
  afterAll(async () => scene?.stop());

  it('is tried the configured number of times, then abandoned with one alert', async () => {
    const { admin, merchant } = scene;
    const run = await eventually(async () => ((await admin.get(`/api/merchants/${merchant.id}/reconciliation-runs`)).body as Array<{ state: string; attempts: number }>).find((r) => r.state === 'abandoned'), 10_000);
    expect(run.attempts).toBe(3);
    const alerts = (await admin.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ merchantId: merchant.id }))}`)).body;
    expect(alerts).toEqual([expect.objectContaining({ kind: 'reconciliation_unavailable', merchantId: merchant.id, reconciliationId: null, value: 3 })]);
  });
});
