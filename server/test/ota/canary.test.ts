// The canary on business figures, over real payments through the local Alipay
// gateway: a wave whose updated screens fail payments that the screens not yet
// updated take stops the campaign and, with autoRollback, puts those screens
// back on the previous release by itself, with the figures on the campaign; a
// wave whose screens only waited (the shop open) is deferred, never failed,
// and moves nothing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import type { startAlipayGateway } from '../support/alipay-fixture.js';
import { publishRelease, registerReleaseKey, type ReleaseKey } from '../support/ota-fixture.js';
import { alipayScene, type PaymentScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

let scene: PaymentScene<Awaited<ReturnType<typeof startAlipayGateway>>>;
let key: ReleaseKey;

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Canary Bank', hubEnv: { HUB_OTA_TICK_MS: '100' } });
  key = await registerReleaseKey(scene.admin);
});
afterAll(async () => scene?.stop());

/** Screens of the scene's merchant (they take payments), each with the release key. */
async function merchantScreens(prefix: string, count: number, merchantId = scene.merchant.id): Promise<ScreenClient[]> {
  const result: ScreenClient[] = [];
  for (let i = 0; i < count; i++) {
    const device = await scene.admin.createDevice({ id: `${prefix}-${i}` });
    await scene.admin.put(`/api/devices/${device.id}`, { merchantId });
    const screen = scene.t.screen(device, { paymentKey: device.paymentKey, ota: { trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50 } });
    await screen.connect();
    result.push(screen);
  }
  return result;
}

const campaign = async (id: string) => (await scene.admin.get(`/api/ota/campaigns/${id}`)).body;
// Auth codes ending in 91 are declined by the local gateway (insufficient balance); 88 forces nothing: paid at once.
const PAYS = '28763443825664388';
const DECLINED = '28763443825664391';

describe('the canary', () => {
  it('stops a wave whose updated screens fail payments and rolls it back by itself, with the figures', async () => {
    const { admin } = scene;
    const previous = await publishRelease(admin, key, { version: '1.0.0', content: randomBytes(10_000) });
    const { release } = await publishRelease(admin, key, { version: '1.1.0', content: randomBytes(10_000) });
    const fleet = await merchantScreens('canary', 10);
    const created = await admin.post('/api/ota/campaigns', {
      name: 'Breaks payments', releaseId: release.id, target: { query: 'id ~ "canary-"' }, waves: [30, 100], soakMinutes: 60, minFinished: 2,
      installWindow: 'any', autoRollback: true, canary: { minPayments: 10 }, start: true,
    });
    expect(created.body).toMatchObject({ autoRollback: true, canary: { minPayments: 10 } });
    await eventually(async () => (await campaign(created.body.id)).progress.total.succeeded === 3, 20_000);
    const updated = fleet.filter((s) => s.hello.appVersion === '1.1.0');
    const rest = fleet.filter((s) => s.hello.appVersion === '1.0.0');
    expect(updated).toHaveLength(3);

    // The new version breaks payments: every one on an updated screen fails; the rest take theirs.
    let n = 0;
    for (const screen of updated) for (let i = 0; i < 4; i++) expect((await screen.pay({ orderNo: `canary-bad-${n++}`, amountFen: 1200, authCode: DECLINED })).status).toBe(PayStatus.PAY_STATUS_FAILED);
    for (const screen of rest) for (let i = 0; i < 2; i++) expect((await screen.pay({ orderNo: `canary-ok-${n++}`, amountFen: 1200, authCode: PAYS })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);

    const stopped = await eventually(async () => {
      const c = await campaign(created.body.id);
      return c.state === 'cancelled' && c;
    }, 20_000);
    // Judged as soon as both sides have their 10 payments: maybe before the last of the rest's.
    expect(stopped.pauseReason).toMatch(/^payment success 0% on updated screens \(12 payments\) against 100% on the rest \(1[0-4]\); rolled back by itself$/);
    expect(stopped.pauseFigures).toMatchObject({ metric: 'payments', wave: 1, updated: 3, rest: 7, updated_payments: 12, updated_failed: 12, rest_failed: 0 });
    // The second wave was never offered, and the stop withdrew it.
    expect(stopped.progress.waves[1].states).toMatchObject({ cancelled: 7, offered: 0, succeeded: 0 });

    // The stop is written first, the rollback campaign after it (it resolves its screens outside that transaction):
    // for a moment the campaign is cancelled and its rollback not yet there.
    const rollback = await eventually(async () => {
      const rollbacks = (await admin.get(`/api/ota/campaigns?filter=${encodeURIComponent(JSON.stringify({ releaseId: previous.release.id }))}`)).body as Array<{ id: string; rollbackOf: string | null }>;
      return rollbacks.find((c) => c.rollbackOf === created.body.id);
    }, 20_000);
    const back = await eventually(async () => {
      const c = await campaign(rollback.id);
      return c.state === 'completed' && c;
    }, 20_000);
    expect(back).toMatchObject({ deviceCount: 3, releaseId: previous.release.id });
    for (const screen of updated) expect(screen.hello.appVersion).toBe('1.0.0');
  });

  it('counts screens that waited for the shop to close as deferred: they never fail a wave nor roll it back', async () => {
    const { admin, t } = scene;
    await publishRelease(admin, key, { version: '1.9.0', content: randomBytes(10_000) });
    const { release } = await publishRelease(admin, key, { version: '2.0.0', content: randomBytes(10_000) });
    const open = await admin.createMerchant({ name: 'Never closes', tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] });
    const fleet = await merchantScreens('deferred', 3, open.id);
    const created = await admin.post('/api/ota/campaigns', {
      name: 'Shop never closes', releaseId: release.id, target: { query: 'id ~ "deferred-"' }, waves: [100], soakMinutes: 0, minFinished: 1, failureThresholdPct: 0,
      autoRollback: true, start: true,
    });
    const waiting = await eventually(async () => {
      const c = await campaign(created.body.id);
      return c.progress.total.waiting === 3 && c;
    }, 20_000);
    expect(waiting.progress.total).toMatchObject({ deferred: 3, failed: 0 });
    // Three days pass with the shop open: the offers run out while deferred.
    await t.hub.db.query(`update ota_campaign_devices set expires_at = now() - interval '1 second' where campaign_id = $1`, [created.body.id]);
    const done = await eventually(async () => {
      const c = await campaign(created.body.id);
      return c.state !== 'running' && c;
    }, 20_000);
    expect(done.state).toBe('completed');
    expect(done.pauseReason).toBeNull();
    expect(done.progress.total).toMatchObject({ expired: 3, deferred: 3, failed: 0, rolled_back: 0 });
    const rows = (await admin.get(`/api/ota/campaigns/${created.body.id}/devices`)).body as Array<{ reason: string }>;
    expect(rows.map((r) => r.reason)).toEqual(['offer expired while deferred (trading hours)', 'offer expired while deferred (trading hours)', 'offer expired while deferred (trading hours)']);
    expect((await admin.get('/api/ota/campaigns')).body.some((c: { rollbackOf: string | null }) => c.rollbackOf === created.body.id)).toBe(false);
    for (const screen of fleet) expect(screen.hello.appVersion).toBe('1.0.0');
  });
});
