// When a screen may install, kept by the screen itself with the rules its offer
// carries: never while the merchant trades (the merchant's hours and time
// zone), never with a payment in flight (a real payment through the local
// Alipay gateway, the buyer taking time to enter a password).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alipayScene, type PaymentScene } from '../support/payment-scene.js';
import type { startAlipayGateway } from '../support/alipay-fixture.js';
import { publishRelease, registerReleaseKey, type ReleaseKey } from '../support/ota-fixture.js';
import { eventually } from '../support/test-hub.js';

let scene: PaymentScene<Awaited<ReturnType<typeof startAlipayGateway>>>;
let key: ReleaseKey;

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Window Bank', hubEnv: { HUB_OTA_TICK_MS: '100' }, behaviour: { passwordDelayMs: 3000 } });
  key = await registerReleaseKey(scene.admin);
});
afterAll(async () => scene?.stop());

const deviceRow = async (campaignId: string) => (await scene.admin.get(`/api/ota/campaigns/${campaignId}/devices`)).body[0];

/** ISO weekday (1 = Monday) of `at` in Shanghai. */
const shanghaiWeekday = (at: Date) => ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(at)) + 1;

describe('the install window', () => {
  it('holds the install while the merchant trades, and installs once the shop is closed', async () => {
    const { admin, t } = scene;
    const { release } = await publishRelease(admin, key, { version: '2.0.0', content: randomBytes(40_000) });
    // Open all day today (Shanghai time), closed tomorrow.
    const merchant = await admin.createMerchant({ name: 'Open today', timezone: 'Asia/Shanghai', tradingHours: [{ days: [shanghaiWeekday(new Date())], opens: '00:00', closes: '24:00' }] });
    const device = await admin.createDevice({ id: 'window-hours' });
    await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
    let clock = new Date();
    const screen = t.screen(device, { ota: { trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50, now: () => clock } });
    await screen.connect();

    const created = await admin.post('/api/ota/campaigns', { name: 'After hours', releaseId: release.id, target: { deviceIds: [device.id] }, waves: [100], start: true });
    expect(created.body.installWindow).toBe('outside_trading_hours');
    let seen: unknown;
    const waiting = await eventually(async () => {
      const row = await deviceRow(created.body.id);
      seen = { row, screen: screen.updater?.updates.get(created.body.id) };
      return row?.state === 'waiting' && row;
    }, 10_000).catch((err: Error) => Promise.reject(new Error(`${err.message}; last seen ${JSON.stringify(seen)}`)));
    expect(waiting.reason).toBe('trading hours');
    // Verified and ready, but it stays put while the shop is open.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const record = screen.updater!.updates.get(created.body.id)!;
    expect(record.installedAt).toBeUndefined();
    expect(screen.hello.appVersion).toBe('1.0.0');

    // Midnight passes on the screen's clock: the shop is closed tomorrow.
    const closedFrom = Date.now();
    clock = new Date(Date.now() + 24 * 3600 * 1000);
    await eventually(async () => (await deviceRow(created.body.id))?.state === 'succeeded', 10_000);
    expect(record.installedAt).toBeGreaterThanOrEqual(closedFrom);
    expect(screen.hello.appVersion).toBe('2.0.0');
  });

  it('reads the hours in the merchant\'s own time zone, daylight saving included (Berlin, 29 March 2026)', async () => {
    const { admin, t } = scene;
    const { release } = await publishRelease(admin, key, { version: '2.0.2', content: randomBytes(10_000) });
    const merchant = await admin.createMerchant({ name: 'Bäckerei am Markt', timezone: 'Europe/Berlin', tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '07:00', closes: '19:00' }] });
    const device = await admin.createDevice({ id: 'window-berlin' });
    await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
    // 05:30 UTC on the morning clocks went forward is 07:30 in Berlin: open. A fixed +01:00 would read 06:30, closed.
    let clock = new Date('2026-03-29T05:30:00Z');
    let offeredZone: string | undefined;
    const screen = t.screen(device, { ota: { trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50, now: () => clock } });
    screen.on('otaOffer', (offer) => (offeredZone = offer.installWindow?.timeZone ?? undefined));
    await screen.connect();

    const created = await admin.post('/api/ota/campaigns', { name: 'Berlin after hours', releaseId: release.id, target: { deviceIds: [device.id] }, waves: [100], start: true });
    const waiting = await eventually(async () => {
      const row = await deviceRow(created.body.id);
      return row?.state === 'waiting' && row;
    }, 10_000);
    expect(waiting.reason).toBe('trading hours');
    expect(offeredZone).toBe('Europe/Berlin');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.hello.appVersion).toBe('1.0.0');
    // 12:00 UTC is 14:00 in Berlin, still open (in Shanghai, the fleet's default zone, it is 20:00 and closed).
    clock = new Date('2026-03-29T12:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.hello.appVersion).toBe('1.0.0');

    // 17:30 UTC is 19:30 in Berlin that evening: closed (a fixed +01:00 would still read 18:30, open).
    clock = new Date('2026-03-29T17:30:00Z');
    await eventually(async () => (await deviceRow(created.body.id))?.state === 'succeeded', 10_000);
    expect(screen.hello.appVersion).toBe('2.0.2');
  });

  it('reads the hours from the screen\'s config twin first, and gives a shop without hours a night window', async () => {
    const { admin, t } = scene;
    const { release } = await publishRelease(admin, key, { version: '2.0.5', content: randomBytes(10_000) });
    const merchant = await admin.createMerchant({ name: 'No hours set', timezone: 'Asia/Shanghai' });
    const [twinned, plain] = await Promise.all([admin.createDevice({ id: 'window-twin' }), admin.createDevice({ id: 'window-night' })]);
    for (const device of [twinned, plain]) await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
    // The twin says this screen's shop trades around the clock.
    const layer = await admin.request('PUT', `/api/config-layers/device/${twinned.id}`, { config: { tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] } });
    expect(layer.status).toBe(200);
    const offers: Record<string, string> = {};
    for (const device of [twinned, plain]) {
      const screen = t.screen(device, { ota: { trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50, now: () => new Date('2026-11-25T12:00:00+08:00') } });
      screen.on('otaOffer', (offer) => (offers[device.id] = offer.installWindow?.tradingHoursJson ?? ''));
      await screen.connect();
    }
    const created = await admin.post('/api/ota/campaigns', { name: 'Twin hours', releaseId: release.id, target: { deviceIds: [twinned.id, plain.id] }, waves: [100], start: true });
    await eventually(async () => (await admin.get(`/api/ota/campaigns/${created.body.id}/devices`)).body.every((d: { state: string }) => d.state === 'waiting'), 10_000);
    expect(JSON.parse(offers[twinned.id]!)).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }]);
    // No hours anywhere: only 02:00-05:00 local time will do.
    expect(JSON.parse(offers[plain.id]!)).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], opens: '05:00', closes: '02:00' }]);
    await admin.post(`/api/ota/campaigns/${created.body.id}/cancel`);
  });

  it('never installs with a payment in flight: it waits for the PayResult', async () => {
    const { admin, t, merchant } = scene;
    const { release } = await publishRelease(admin, key, { version: '2.1.0', content: randomBytes(40_000) });
    const device = await admin.createDevice({ id: 'window-payment' });
    await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
    const screen = t.screen(device, { paymentKey: device.paymentKey, ota: { trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50 } });
    await screen.connect();

    // The buyer takes three seconds to enter a password (auth code ending 92).
    const paying = screen.pay({ orderNo: 'ota-window-1', amountFen: 1250, authCode: '28763443825664392' }).then((result) => ({ result, at: Date.now() }));
    const created = await admin.post('/api/ota/campaigns', { name: 'Any time', releaseId: release.id, target: { deviceIds: [device.id] }, waves: [100], installWindow: 'any', start: true });
    const waiting = await eventually(async () => {
      const row = await deviceRow(created.body.id);
      return row?.state === 'waiting' && row;
    }, 10_000);
    expect(waiting.reason).toBe('payment in flight');

    const paid = await paying;
    expect(paid.result.status).toBe(1); // PAY_STATUS_SUCCEEDED
    await eventually(async () => (await deviceRow(created.body.id))?.state === 'succeeded', 10_000);
    const record = screen.updater!.updates.get(created.body.id)!;
    expect(record.waited).toEqual(['payment in flight']);
    expect(record.installedAt).toBeGreaterThanOrEqual(paid.at);
  });

  it('an operator may force an emergency fix inside trading hours; it is recorded and still waits for a payment to end', async () => {
    const { admin, t, merchant } = scene;
    const { release } = await publishRelease(admin, key, { version: '2.2.0', content: randomBytes(10_000) });
    const device = await admin.createDevice({ id: 'window-forced' });
    await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
    // The shop trades around the clock (its twin says so): without a force the update would wait for ever.
    await admin.request('PUT', `/api/config-layers/device/${device.id}`, { config: { tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] } });
    const screen = t.screen(device, { paymentKey: device.paymentKey, ota: { trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50 } });
    await screen.connect();
    const created = await admin.post('/api/ota/campaigns', { name: 'Hotfix', releaseId: release.id, target: { deviceIds: [device.id] }, waves: [100], start: true });
    await eventually(async () => (await deviceRow(created.body.id))?.reason === 'trading hours', 10_000);

    // Bad input names the parameter; another tenant cannot force this campaign.
    const bad = await admin.post(`/api/ota/campaigns/${created.body.id}/force`, { deviceIds: ['no spaces allowed'] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('deviceIds');
    const other = (await (await t.api.loginRoot()).createTenant('Other Force Bank')).admin;
    expect((await other.post(`/api/ota/campaigns/${created.body.id}/force`, {})).status).toBe(404);

    // A buyer is entering a password (three seconds) when the force comes.
    const paying = screen.pay({ orderNo: 'ota-forced-1', amountFen: 990, authCode: '28763443825664392' }).then((result) => ({ result, at: Date.now() }));
    const forced = await admin.post(`/api/ota/campaigns/${created.body.id}/force`, {});
    expect(forced.status).toBe(200);
    expect(forced.body.forced).toHaveLength(1);
    expect(forced.body.forced[0]).toMatchObject({ deviceId: device.id, forcedBy: expect.stringMatching(/^[0-9a-f-]{36}$/), forcedAt: expect.any(String) });
    await eventually(async () => (await deviceRow(created.body.id))?.reason === 'payment in flight', 10_000);

    const paid = await paying;
    await eventually(async () => (await deviceRow(created.body.id))?.state === 'succeeded', 10_000);
    const record = screen.updater!.updates.get(created.body.id)!;
    expect(record.waited).toEqual(['trading hours', 'payment in flight']);
    expect(record.installedAt).toBeGreaterThanOrEqual(paid.at);
    expect((await deviceRow(created.body.id)).forcedBy).toBe(forced.body.forced[0].forcedBy);
  });

  it('an operator may force one screen outside any campaign, recorded with who asked, and it still waits for a payment', async () => {
    const { admin, t, merchant } = scene;
    const { release } = await publishRelease(admin, key, { version: '2.3.0', content: randomBytes(10_000) });
    const device = await admin.createDevice({ id: 'window-forced-one' });
    await admin.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
    await admin.request('PUT', `/api/config-layers/device/${device.id}`, { config: { tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] } });
    const screen = t.screen(device, { paymentKey: device.paymentKey, ota: { trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50 } });
    await screen.connect();

    expect((await admin.post(`/api/releases/${release.id}/force`, { deviceId: 'not a screen id' })).status).toBe(400);
    expect((await admin.post(`/api/releases/${release.id}/force`, { deviceId: 'nobody-here' })).status).toBe(400);
    const other = (await (await t.api.loginRoot()).createTenant('Other Force One Bank')).admin;
    expect((await other.post(`/api/releases/${release.id}/force`, { deviceId: device.id })).status).toBe(404);

    const paying = screen.pay({ orderNo: 'ota-forced-one', amountFen: 990, authCode: '28763443825664392' }).then((result) => ({ result, at: Date.now() }));
    const forced = await admin.post(`/api/releases/${release.id}/force`, { deviceId: device.id });
    expect(forced.status).toBe(201);
    expect(forced.body).toMatchObject({ state: 'running', deviceCount: 1, installWindow: 'any', name: `Forced app 2.3.0 on ${device.id}` });
    const paid = await paying;
    await eventually(async () => (await deviceRow(forced.body.id))?.state === 'succeeded', 10_000);
    const row = await deviceRow(forced.body.id);
    expect(row).toMatchObject({ forcedBy: expect.stringMatching(/^[0-9a-f-]{36}$/), forcedAt: expect.any(String) });
    expect(screen.updater!.updates.get(forced.body.id)!.installedAt).toBeGreaterThanOrEqual(paid.at);
    expect(screen.hello.appVersion).toBe('2.3.0');
  });
});
