// The config twin over real MQTT and the database: a screen out of the box
// (factory import, claim, connect) gets its merchant's and group's config and
// reports it applied; layers merge by precedence; a screen that was offline or
// did not apply an update is offered it again on connect; tenants stay apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigUpdateBody } from '@screenhub/protocol';
import { ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;

beforeAll(async () => {
  t = await TestHub.start();
  const root = await t.api.loginRoot();
  bank = (await root.createTenant('Twin Bank')).admin;
  otherBank = (await root.createTenant('Twin Other Bank')).admin;
});
afterAll(async () => t?.stop());

const twin = async (deviceId: string) => (await bank.get(`/api/devices/${deviceId}/config`)).body;
const setLayer = (scope: string, scopeId: string, config: object) => bank.put(`/api/config-layers/${scope}/${scopeId}`, { config });

describe('device config', () => {
  it('takes a screen from the factory to its config applied: import, claim, connect, delta, report', async () => {
    const merchant = await bank.createMerchant({ name: 'Twin Diner', city: '杭州' });
    await setLayer('merchant', merchant.id, { volume: 60, voiceLanguage: 'zh-CN', ads: { enabled: true, maxPerHour: 6 } });

    const imported = await bank.request('POST', '/api/provisioning/batches?name=twin&model=P30', 'serial,claim_code\nSN-TWIN-1,CLAIMTWIN01', 'text/csv');
    expect(imported.status).toBe(201);
    const claimed = (await t.api.post('/api/provision', { serial: 'SN-TWIN-1', claimCode: 'CLAIMTWIN01' })).body;
    expect((await bank.put('/api/devices/SN-TWIN-1', { merchantId: merchant.id })).status).toBe(200);

    const screen = new ScreenClient({ url: claimed.mqttUrl, deviceId: claimed.deviceId, secret: claimed.secret, paymentKey: claimed.paymentKey, reconnect: false, heartbeat: false });
    t.screens.push(screen);
    const update = new Promise<ConfigUpdateBody>((resolve) => screen.once('configUpdate', resolve));
    await screen.connect();
    const received = await update;
    expect(received.version).toBe(1);
    expect(JSON.parse(received.deltaJson!)).toEqual({ volume: 60, voiceLanguage: 'zh-CN', ads: { enabled: true, maxPerHour: 6 } });

    const synced = await eventually(async () => {
      const state = await twin('SN-TWIN-1');
      return state.inSync && state.reportedVersion === 1 && state;
    });
    expect(synced).toMatchObject({ desiredVersion: 1, reported: { volume: 60, voiceLanguage: 'zh-CN' }, delta: {}, layers: [{ scope: 'merchant', scopeId: merchant.id, version: 1 }] });
  });

  it('merges merchant < groups by priority < device, and pushes only what changed', async () => {
    const merchant = await bank.createMerchant({ name: 'Precedence Diner' });
    const device = await bank.createDevice({ id: 'twin-precedence' });
    await bank.put(`/api/devices/${device.id}`, { merchantId: merchant.id, tags: ['night'] });
    const low = (await bank.post('/api/groups', { name: 'Everyone here', kind: 'static', priority: 1 })).body;
    const high = (await bank.post('/api/groups', { name: 'Night shops', kind: 'dynamic', query: 'tags has "night"', priority: 5 })).body;
    await bank.post(`/api/groups/${low.id}/members`, { deviceIds: [device.id] });

    await setLayer('merchant', merchant.id, { volume: 50, brightness: 80, custom: { greeting: 'hi', theme: 'light' } });
    await setLayer('group', low.id, { volume: 55, brightness: 70, heartbeatIntervalS: 60 });
    await setLayer('group', high.id, { brightness: 30, custom: { theme: 'dark' } });

    const screen = t.screen(device);
    await screen.connect();
    await eventually(async () => (await twin(device.id)).inSync);
    expect(screen.appliedConfig).toEqual({ volume: 55, brightness: 30, heartbeatIntervalS: 60, custom: { greeting: 'hi', theme: 'dark' } });
    const before = await twin(device.id);
    expect(before.layers.map((l: { scope: string }) => l.scope)).toEqual(['merchant', 'group', 'group']);

    // A device layer wins over everything; the screen is sent only the key that changed.
    const update = new Promise<ConfigUpdateBody>((resolve) => screen.once('configUpdate', resolve));
    const set = await setLayer('device', device.id, { volume: 90 });
    expect(set.body.devicesChanged).toBe(1);
    const received = await update;
    expect(received.version).toBe(before.desiredVersion + 1);
    expect(JSON.parse(received.deltaJson!)).toEqual({ volume: 90 });
    await eventually(async () => (await twin(device.id)).reportedVersion === before.desiredVersion + 1);

    // Leaving the dynamic group (its tags changed) drops that group's layer.
    await bank.put(`/api/devices/${device.id}`, { tags: [] });
    await eventually(async () => (await twin(device.id)).desired.brightness === 70);
    // Rewriting a layer with the same merge changes nothing for the screen.
    const same = await setLayer('merchant', merchant.id, { volume: 50, brightness: 80, custom: { greeting: 'hi', theme: 'light' } });
    expect(same.body.devicesChanged).toBe(0);
  });

  it('offers the config again on every connect until the screen reports it applied', async () => {
    const device = await bank.createDevice({ id: 'twin-offline' });
    await setLayer('device', device.id, { volume: 10 });
    const stubborn = t.screen(device, { config: 'ignore' });
    const offers: number[] = [];
    stubborn.on('configUpdate', (u) => offers.push(u.version!));
    await stubborn.connect();
    await eventually(async () => offers.length === 1);
    stubborn.kill();
    expect((await twin(device.id)).inSync).toBe(false);

    const willing = t.screen(device);
    await willing.connect();
    await eventually(async () => (await twin(device.id)).inSync);
    expect(willing.appliedConfig).toEqual({ volume: 10 });
    willing.kill();

    // In sync now: a further connect is not offered anything.
    const third = t.screen(device);
    const extra: number[] = [];
    third.on('configUpdate', (u) => extra.push(u.version!));
    await third.connect();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(extra).toEqual([]);
  });

  it('records a screen\'s refusal and keeps offering; ignores garbage reports', async () => {
    const device = await bank.createDevice({ id: 'twin-refuses' });
    await setLayer('device', device.id, { brightness: 5 });
    const screen = t.screen(device, { config: 'ignore' });
    const offered = new Promise<ConfigUpdateBody>((resolve) => screen.once('configUpdate', resolve));
    await screen.connect();
    const { version } = await offered;
    await screen.publish({ configReport: { version, reportedJson: 'not json' } });
    await screen.publish({ configReport: { version: 999, reportedJson: '{}' } });
    await screen.publish({ configReport: { version, reportedJson: '{"brightness":40}', error: 'panel does not go that low' } });
    const state = await eventually(async () => {
      const s = await twin(device.id);
      return s.reportError && s;
    });
    expect(state).toMatchObject({ inSync: false, reportedVersion: 0, reported: { brightness: 40 }, reportError: 'panel does not go that low', delta: { brightness: 5 } });
  });

  it('validates layers and keeps tenants apart', async () => {
    const device = await bank.createDevice({ id: 'twin-private' });
    expect((await setLayer('device', device.id, { volume: 101 })).status).toBe(400);
    expect((await setLayer('device', device.id, { colour: 'red' })).status).toBe(400);
    expect((await setLayer('device', 'no-such-device', { volume: 1 })).status).toBe(404);
    expect((await setLayer('merchant', 'not-a-uuid', { volume: 1 })).status).toBe(404);
    expect((await setLayer('planet', device.id, { volume: 1 })).status).toBe(400);

    await setLayer('device', device.id, { volume: 20 });
    expect((await otherBank.put(`/api/config-layers/device/${device.id}`, { config: { volume: 99 } })).status).toBe(404);
    expect((await otherBank.get(`/api/config-layers/device/${device.id}`)).status).toBe(404);
    expect((await otherBank.request('DELETE', `/api/config-layers/device/${device.id}`)).status).toBe(404);
    expect((await otherBank.get(`/api/devices/${device.id}/config`)).status).toBe(404);
    expect((await twin(device.id)).desired).toEqual({ volume: 20 });
  });
});
