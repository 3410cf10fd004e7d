// A screen takes the newest release that applies to it, whatever campaign
// offered what while it was away: older offers are superseded (counted as moved
// on, not failed), a screen back after its offer expired still gets it, and a
// release marked as a required step is installed on the way, never skipped.
// Real MQTT screens, real HTTP, the real database.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { publishRelease, registerReleaseKey, type ReleaseKey } from '../support/ota-fixture.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let key: ReleaseKey;

beforeAll(async () => {
  t = await TestHub.start({ HUB_OTA_TICK_MS: '100' });
  bank = (await (await t.api.loginRoot()).createTenant('Newest Release Bank')).admin;
  key = await registerReleaseKey(bank);
});
afterAll(async () => t?.stop());

const campaign = async (id: string) => (await bank.get(`/api/ota/campaigns/${id}`)).body;
const row = async (campaignId: string, deviceId: string) =>
  ((await bank.get(`/api/ota/campaigns/${campaignId}/devices?range=[0,99]`)).body as Array<{ deviceId: string; state: string; reason: string | null }>).find((r) => r.deviceId === deviceId);
const start = async (name: string, releaseId: string, deviceIds: string[]) => {
  const created = await bank.post('/api/ota/campaigns', { name, releaseId, target: { deviceIds }, waves: [100], installWindow: 'any', start: true });
  if (created.status !== 201) throw new Error(`campaign: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body as { id: string };
};
const ota = () => ({ trustedKeys: [key.publicKey], installMs: 20, recheckMs: 50 });

describe('the newest release', () => {
  it('is all a screen away through two releases installs, and the older campaign counts it as moved on', async () => {
    const first = await publishRelease(bank, key, { version: '2.1.0', content: randomBytes(20_000) });
    const second = await publishRelease(bank, key, { version: '2.2.0', content: randomBytes(20_000) });
    const device = await bank.createDevice({ id: 'away-two-releases' });
    // Both campaigns run while the screen is away.
    const older = await start('To 2.1', first.release.id, [device.id]);
    await eventually(async () => (await row(older.id, device.id))?.state === 'offered');
    const newer = await start('To 2.2', second.release.id, [device.id]);
    await eventually(async () => (await row(newer.id, device.id))?.state === 'offered');
    expect(await row(older.id, device.id)).toMatchObject({ state: 'superseded', reason: 'superseded by 2.2.0' });

    const screen = t.screen(device, { ota: ota() });
    await screen.connect();
    await eventually(async () => (await row(newer.id, device.id))?.state === 'succeeded', 20_000);
    // One package, the newest: never 2.1.0 on the way.
    expect(screen.updater!.history.map((u) => u.version)).toEqual(['2.2.0']);
    expect(screen.hello.appVersion).toBe('2.2.0');
    const done = await eventually(async () => {
      const c = await campaign(older.id);
      return c.state === 'completed' && c;
    });
    expect(done.progress.total).toMatchObject({ superseded: 1, failed: 0, expired: 0, succeeded: 0 });
  });

  it('still reaches a screen that came back after its offer expired and its campaign completed', async () => {
    const { release } = await publishRelease(bank, key, { version: '2.3.0', content: randomBytes(20_000) });
    const device = await bank.createDevice({ id: 'away-past-expiry' });
    const created = await start('To 2.3', release.id, [device.id]);
    await eventually(async () => (await row(created.id, device.id))?.state === 'offered');
    // Three days pass: the offer runs out and the campaign, with nothing left open, completes.
    await t.hub.db.query(`update ota_campaign_devices set expires_at = now() - interval '1 second' where campaign_id = $1`, [created.id]);
    await eventually(async () => (await campaign(created.id)).state === 'completed');
    expect(await row(created.id, device.id)).toMatchObject({ state: 'expired' });

    const screen = t.screen(device, { ota: ota() });
    await screen.connect();
    await eventually(async () => (await row(created.id, device.id))?.state === 'succeeded', 20_000);
    expect(screen.hello.appVersion).toBe('2.3.0');
    expect((await campaign(created.id)).progress.total).toMatchObject({ succeeded: 1, expired: 0 });
  });

  it('goes through a required step in order, and never past it', async () => {
    const step = await publishRelease(bank, key, { version: '3.1.0', content: randomBytes(20_000), requiredStep: true });
    expect(step.release.requiredStep).toBe(true);
    const target = await publishRelease(bank, key, { version: '3.2.0', content: randomBytes(20_000), minVersion: '3.1.0' });
    const device = await bank.createDevice({ id: 'needs-a-step' });
    const screen = t.screen(device, { hello: { appVersion: '3.0.0' }, ota: ota() });
    await screen.connect();
    await eventually(async () => (await bank.get(`/api/devices/${device.id}`)).body.appVersion === '3.0.0');
    // Below 3.2.0's minimum, but the required step leads there: the screen is in the campaign.
    const created = await start('To 3.2', target.release.id, [device.id]);
    await eventually(async () => (await row(created.id, device.id))?.state === 'succeeded', 30_000);
    expect(screen.updater!.history.map((u) => [u.version, u.outcome])).toEqual([
      ['3.1.0', 'succeeded'],
      ['3.2.0', 'succeeded'],
    ]);
    expect(screen.hello.appVersion).toBe('3.2.0');
    expect((await campaign(created.id)).progress.total.succeeded).toBe(1);
  });

  it('leaves out a screen below the minimum version with no required step to get there', async () => {
    const { release } = await publishRelease(bank, key, { version: '9.0.0', content: randomBytes(1000), minVersion: '8.0.0' });
    const device = await bank.createDevice({ id: 'too-old' });
    const screen = t.screen(device, { hello: { appVersion: '3.0.0' } });
    await screen.connect();
    await eventually(async () => (await bank.get(`/api/devices/${device.id}`)).body.appVersion === '3.0.0');
    const created = await bank.post('/api/ota/campaigns', { name: 'Too far', releaseId: release.id, target: { deviceIds: [device.id] } });
    expect(created.status).toBe(409);
    expect(created.body.detail).toMatch(/below_min_version/);
  });
});
