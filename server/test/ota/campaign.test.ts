// OTA campaigns end to end over real MQTT, HTTP and the database: simulated
// screens take the offer, download (resuming after a cut), verify, install,
// reboot and come back on the new version; a package tampered with on the
// hub's disk is refused by the screen; a wave that fails too often pauses the
// campaign by itself; a rollback campaign puts screens back; another tenant
// cannot see or touch any of it.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient, UpdateFailure } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { openEventStream } from '../support/event-stream-client.js';
import { newKeyPair, publishRelease, registerReleaseKey, type ReleaseKey } from '../support/ota-fixture.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let bankTenantId: string;
let otherBank: ApiClient;
let key: ReleaseKey;

beforeAll(async () => {
  t = await TestHub.start({ HUB_OTA_TICK_MS: '100', HUB_ALERT_EVALUATE_MS: '100' });
  const root = await t.api.loginRoot();
  ({ admin: bank, tenantId: bankTenantId } = await root.createTenant('OTA Bank'));
  otherBank = (await root.createTenant('OTA Other Bank')).admin;
  key = await registerReleaseKey(bank);
});
afterAll(async () => t?.stop());

async function screens(prefix: string, count: number, ota: { failure?: (i: number) => UpdateFailure; cutAfterBytes?: number; trustedKeys?: ReleaseKey['publicKey'][] } = {}): Promise<ScreenClient[]> {
  const result: ScreenClient[] = [];
  for (let i = 0; i < count; i++) {
    const device = await bank.createDevice({ id: `${prefix}-${i}` });
    const screen = t.screen(device, { ota: { trustedKeys: ota.trustedKeys ?? [key.publicKey], failure: ota.failure?.(i) ?? 'none', installMs: 20, recheckMs: 50, cutAfterBytes: ota.cutAfterBytes } });
    await screen.connect();
    result.push(screen);
  }
  return result;
}

const campaign = async (id: string) => (await bank.get(`/api/ota/campaigns/${id}`)).body;
const deviceRows = async (id: string) => (await bank.get(`/api/ota/campaigns/${id}/devices?range=[0,99]`)).body as Array<{ deviceId: string; state: string; reason: string | null; wave: number }>;
const appVersion = async (deviceId: string) => (await bank.get(`/api/devices/${deviceId}`)).body.appVersion;

describe('a campaign', () => {
  it('updates every screen in waves, resuming a cut download, and shows progress on the stream of its own tenant only', async () => {
    const { release, content } = await publishRelease(bank, key, { version: '1.1.0', content: randomBytes(600_000) });
    const fleet = await screens('wave', 4, { cutAfterBytes: 200_000 });
    const offline = await bank.createDevice({ id: 'wave-offline' });
    const stream = await openEventStream(t.hub.httpUrl, bank.token!);
    const otherStream = await openEventStream(t.hub.httpUrl, otherBank.token!);

    const created = await bank.post('/api/ota/campaigns', {
      name: 'Spring app update',
      releaseId: release.id,
      target: { query: 'id ~ "wave-"' },
      waves: [20, 100],
      soakMinutes: 0,
      minFinished: 1,
      installWindow: 'any',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'draft', deviceCount: 5, currentWave: -1 });
    expect(created.body.progress.waves.map((w: { devices: number }) => w.devices)).toEqual([1, 4]);

    expect((await bank.post(`/api/ota/campaigns/${created.body.id}/start`)).body.state).toBe('running');
    // The offline screen gets its offer when it connects.
    const late = t.screen(offline, { ota: { trustedKeys: [key.publicKey], installMs: 20 } });
    await late.connect();

    const done = await eventually(async () => {
      const c = await campaign(created.body.id);
      return c.state === 'completed' && c;
    }, 30_000);
    expect(done.progress.total.succeeded).toBe(5);
    expect(done.currentWave).toBe(1);
    for (const screen of [...fleet, late]) {
      expect(screen.updater!.updates.get(created.body.id)?.outcome).toBe('succeeded');
      expect(screen.hello.appVersion).toBe('1.1.0');
      expect(await appVersion(screen.options.deviceId)).toBe('1.1.0');
    }
    // Each cut download went on from where it stopped, with a Range request answered 206.
    const attempts = fleet[0]!.updater!.updates.get(created.body.id)!.attempts;
    expect(attempts).toEqual([
      { status: 200, rangeStart: 0, bytes: 200_000 },
      { status: 206, rangeStart: 200_000, bytes: content.length - 200_000 },
    ]);

    await eventually(async () => stream.events.some((e) => e.type === 'ota.campaign' && e.data.state === 'completed'));
    expect(stream.events.filter((e) => e.type === 'ota.device' && e.data.state === 'succeeded')).toHaveLength(5);
    expect(otherStream.events.some((e) => e.type.startsWith('ota.'))).toBe(false);
    stream.close();
    otherStream.close();
  });

  it('serves downloads only on a valid link of a screen holding the offer, with Range and If-Range', async () => {
    const { release, content } = await publishRelease(bank, key, { version: '1.2.0', content: randomBytes(50_000) });
    const [screen] = await screens('links', 1);
    const offered = new Promise<{ downloadUrl?: string | null }>((resolve) => screen!.once('otaOffer', resolve));
    // The screen takes the offer only after these checks: it waits in trading hours that never end.
    const merchant = await bank.createMerchant({ name: 'Always open', tradingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] });
    await bank.put(`/api/devices/${screen!.options.deviceId}`, { merchantId: merchant.id });
    const created = await bank.post('/api/ota/campaigns', { name: 'Links', releaseId: release.id, target: { deviceIds: [screen!.options.deviceId] }, waves: [100], start: true });
    const url = (await offered).downloadUrl!;

    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    const etag = whole.headers.get('etag')!;
    expect(Buffer.from(await whole.arrayBuffer()).equals(content)).toBe(true);
    const tail = await fetch(url, { headers: { range: 'bytes=40000-', 'if-range': etag } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes 40000-49999/${content.length}`);
    expect(Buffer.from(await tail.arrayBuffer()).equals(content.subarray(40_000))).toBe(true);
    // A stale ETag gets the whole file again, not a wrong splice.
    expect((await fetch(url, { headers: { range: 'bytes=40000-', 'if-range': 'W/"stale"' } })).status).toBe(200);

    const forged = new URL(url);
    forged.searchParams.set('token', 'x'.repeat(43));
    expect((await fetch(forged)).status).toBe(401);
    const expired = new URL(url);
    expired.searchParams.set('expires', '1000');
    expect((await fetch(expired)).status).toBe(401);
    // The same link is no use for another screen.
    const other = await bank.createDevice({ id: 'links-other' });
    expect((await fetch(url.replace(`/${screen!.options.deviceId}?`, `/${other.id}?`))).status).toBe(401);

    await eventually(async () => (await deviceRows(created.body.id))[0]?.state === 'waiting');
    expect((await deviceRows(created.body.id))[0]?.reason).toBe('trading hours');
    // Cancelled: the offer is withdrawn and the link stops working.
    expect((await bank.post(`/api/ota/campaigns/${created.body.id}/cancel`)).body.state).toBe('cancelled');
    expect((await fetch(url)).status).toBe(403);
    await eventually(async () => screen!.updater!.updates.get(created.body.id)?.outcome === 'withdrawn');
    expect(await appVersion(screen!.options.deviceId)).toBe('1.0.0');
  });

  it('is refused by the screen when the package on the hub\'s disk was tampered with, or signed by a key it does not trust', async () => {
    const { release } = await publishRelease(bank, key, { version: '1.3.0', content: randomBytes(80_000) });
    await writeFile(join(t.config.dataDir, 'ota', bankTenantId, `${release.id}.pkg`), randomBytes(80_000));
    const [victim] = await screens('tamper', 1);
    const [wary] = await screens('untrusting', 1, { trustedKeys: [newKeyPair().publicKey] });
    const created = await bank.post('/api/ota/campaigns', {
      name: 'Tampered', releaseId: release.id, target: { deviceIds: [victim!.options.deviceId, wary!.options.deviceId] }, waves: [100], installWindow: 'any', healthCheck: false, start: true,
    });
    const rows = await eventually(async () => {
      const r = await deviceRows(created.body.id);
      return r.every((d) => d.state === 'failed') && r;
    }, 15_000);
    const reasons = Object.fromEntries(rows.map((r) => [r.deviceId, r.reason]));
    expect(reasons[victim!.options.deviceId]).toMatch(/^sha256 mismatch/);
    expect(reasons[wary!.options.deviceId]).toBe('signature not made by a trusted release key');
    expect(await appVersion(victim!.options.deviceId)).toBe('1.0.0');
    expect(victim!.updater!.updates.get(created.body.id)?.installedAt).toBeUndefined();
  });

  it('pauses itself when the failure rate of the wave passes the threshold, and offers nothing more', async () => {
    const { release } = await publishRelease(bank, key, { version: '1.4.0', content: randomBytes(20_000) });
    // Every screen of the first wave fails to boot the new version and rolls back.
    const fleet = await screens('bad', 8, { failure: () => 'rollback' });
    const created = await bank.post('/api/ota/campaigns', {
      name: 'Bad build', releaseId: release.id, target: { query: 'id ~ "bad-"' }, waves: [50, 100], soakMinutes: 0, minFinished: 2, failureThresholdPct: 25, installWindow: 'any', start: true,
    });
    const paused = await eventually(async () => {
      const c = await campaign(created.body.id);
      return c.state === 'paused' && c;
    }, 20_000);
    expect(paused.pauseReason).toMatch(/^failure rate \d+(\.\d)?% in wave 1 \(\d of \d finished\) passed 25%$/);
    expect(paused.currentWave).toBe(0);
    // The second wave was never offered.
    expect(paused.progress.waves[1].states.pending).toBe(4);
    const rolledBack = (await deviceRows(created.body.id)).filter((d) => d.state === 'rolled_back');
    expect(rolledBack.length).toBeGreaterThanOrEqual(2);
    expect(rolledBack[0]!.reason).toBe('1.4.0 did not boot; rolled back');
    for (const screen of fleet) expect(screen.hello.appVersion).toBe('1.0.0');
    // An operator who resumes has seen these failures (every screen of the first wave done: a failure reported after
    // the resume would rightly stop it again in wave 1): the campaign goes on to the next wave, and pauses again when
    // that one fails too.
    await eventually(async () => (await deviceRows(created.body.id)).filter((d) => d.wave === 0).every((d) => ['failed', 'rolled_back'].includes(d.state)), 20_000);
    expect((await bank.post(`/api/ota/campaigns/${created.body.id}/resume`)).body.state).toBe('running');
    const again = await eventually(async () => {
      const c = await campaign(created.body.id);
      return c.state === 'paused' && c.currentWave === 1 && c;
    }, 20_000);
    expect(again.pauseReason).toMatch(/in wave 2/);
    expect((await bank.post(`/api/ota/campaigns/${created.body.id}/start`)).status).toBe(409);
  });

  it('pauses itself when updated screens raise health alerts that the rest do not', async () => {
    const { release } = await publishRelease(bank, key, { version: '1.4.5', content: randomBytes(20_000) });
    // Judged against the campaign's screens not yet updated: 3 against 7 is beyond chance, 3 against 3 would not be.
    const fleet = await screens('hot', 10);
    const created = await bank.post('/api/ota/campaigns', {
      name: 'Runs hot', releaseId: release.id, target: { query: 'id ~ "hot-"' }, waves: [30, 100], soakMinutes: 60, minFinished: 2, failureThresholdPct: 50, installWindow: 'any', start: true,
    });
    await eventually(async () => (await campaign(created.body.id)).progress.total.succeeded === 3, 20_000);
    expect((await campaign(created.body.id)).state).toBe('running');
    // The new version overheats: the updated screens report 72 °C, the others stay cool.
    const rule = (await bank.post('/api/alert-rules', { name: 'Too hot (OTA)', kind: 'temperature_above', threshold: 60 })).body;
    for (const screen of fleet) await screen.sendHeartbeat({ temperatureDc: screen.hello.appVersion === '1.4.5' ? 720 : 380 });
    const paused = await eventually(async () => {
      const c = await campaign(created.body.id);
      return c.state === 'paused' && c;
    }, 20_000);
    expect(paused.pauseReason).toMatch(/^health alerts on \d+(\.\d)?% of updated screens against 0% of the rest$/);
    expect(paused.pauseFigures).toMatchObject({ metric: 'alerts', wave: 1, updated: 3, rest: 7, rest_alerting: 0 });
    expect(paused.progress.waves[1].states.pending).toBe(7);
    await bank.request('DELETE', `/api/alert-rules/${rule.id}`);
  });

  it('rolls updated screens back to the previous release with a rollback campaign', async () => {
    const previous = await publishRelease(bank, key, { version: '1.5.0', content: randomBytes(20_000) });
    const next = await publishRelease(bank, key, { version: '1.6.0', content: randomBytes(20_000) });
    const fleet = await screens('undo', 3);
    const first = await bank.post('/api/ota/campaigns', { name: 'To 1.5', releaseId: previous.release.id, target: { query: 'id ~ "undo-"' }, waves: [100], installWindow: 'any', start: true });
    await eventually(async () => (await campaign(first.body.id)).state === 'completed', 20_000);
    const second = await bank.post('/api/ota/campaigns', { name: 'To 1.6', releaseId: next.release.id, target: { query: 'id ~ "undo-"' }, waves: [100], installWindow: 'any', start: true });
    await eventually(async () => (await campaign(second.body.id)).state === 'completed', 20_000);
    for (const screen of fleet) expect(screen.hello.appVersion).toBe('1.6.0');

    const rollback = await bank.post(`/api/ota/campaigns/${second.body.id}/rollback`, {});
    expect(rollback.status).toBe(201);
    expect(rollback.body).toMatchObject({ rollbackOf: second.body.id, releaseId: previous.release.id, deviceCount: 3, state: 'running' });
    await eventually(async () => (await campaign(rollback.body.id)).state === 'completed', 20_000);
    for (const screen of fleet) {
      expect(screen.hello.appVersion).toBe('1.5.0');
      expect(await appVersion(screen.options.deviceId)).toBe('1.5.0');
    }
  });

  it('leaves out screens already on the version, of other models or below the minimum version', async () => {
    const { release } = await publishRelease(bank, key, { version: '7.0.0', targetModels: ['SIM-P1'], minVersion: '1.0.0', content: randomBytes(1000) });
    const devices = await Promise.all(['fit-ok', 'fit-model', 'fit-old', 'fit-same'].map((id) => bank.createDevice({ id })));
    const hellos = [{}, { model: 'Q10' }, { appVersion: '0.9.0' }, { appVersion: '7.0.0' }];
    for (const [i, device] of devices.entries()) {
      const screen = t.screen(device, { hello: hellos[i] });
      await screen.connect();
    }
    // What each screen said in its Hello is in the registry (the live state is flushed in batches).
    await eventually(async () => {
      const rows = await Promise.all(devices.map(async (d) => (await bank.get(`/api/devices/${d.id}`)).body));
      return rows.map((r) => `${r.model}/${r.appVersion}`).join(' ') === 'SIM-P1/1.0.0 Q10/1.0.0 SIM-P1/0.9.0 SIM-P1/7.0.0';
    });
    const created = await bank.post('/api/ota/campaigns', { name: 'Fit', releaseId: release.id, target: { deviceIds: devices.map((d) => d.id) }, waves: [100] });
    expect(created.body).toMatchObject({ deviceCount: 1, excluded: { incompatible_model: 1, below_min_version: 1, already_on_version: 1 } });
    const unknown = await bank.post('/api/ota/campaigns', { name: 'Unknown', releaseId: release.id, target: { deviceIds: ['nobody-here'] } });
    expect(unknown.status).toBe(400);
    expect((await bank.post('/api/ota/campaigns', { name: 'Two targets', releaseId: release.id, target: { query: 'online = true', deviceIds: ['fit-ok'] } })).status).toBe(400);
    expect((await bank.post('/api/ota/campaigns', { name: 'Bad waves', releaseId: release.id, target: { deviceIds: ['fit-ok'] }, waves: [50, 40] })).status).toBe(400);
  });

  it('cannot be seen or touched by an operator of another tenant', async () => {
    const { release } = await publishRelease(bank, key, { version: '8.0.0', content: randomBytes(1000) });
    await bank.createDevice({ id: 'private-screen' });
    const created = await bank.post('/api/ota/campaigns', { name: 'Private', releaseId: release.id, target: { deviceIds: ['private-screen'] } });
    const id = created.body.id;
    expect((await otherBank.get(`/api/ota/campaigns/${id}`)).status).toBe(404);
    expect((await otherBank.get(`/api/ota/campaigns/${id}/devices`)).status).toBe(404);
    expect((await otherBank.get('/api/ota/campaigns')).body).toEqual([]);
    for (const action of ['start', 'pause', 'resume', 'cancel']) expect((await otherBank.post(`/api/ota/campaigns/${id}/${action}`)).status).toBe(404);
    expect((await otherBank.post(`/api/ota/campaigns/${id}/rollback`, {})).status).toBe(404);
    // Nor aim the other tenant's release at its own screens, nor its own release at this tenant's screens.
    expect((await otherBank.post('/api/ota/campaigns', { name: 'Steal', releaseId: release.id, target: { deviceIds: ['private-screen'] } })).status).toBe(400);
    expect((await campaign(id)).state).toBe('draft');
  });
});
