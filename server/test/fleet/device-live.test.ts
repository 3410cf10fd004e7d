// A screen's live state lives in device_live (0017_device_live.sql): connects
// and heartbeats write that narrow row and leave the devices row, with its many
// registry indexes, alone unless what Hello describes really changed. The
// registry still filters and sorts on the live fields, and the API shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkType } from '@screenhub/protocol';
import type { ApiClient } from '../support/api-client.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let api: ApiClient;

beforeAll(async () => {
  t = await TestHub.start();
  api = await t.api.loginRoot();
});
afterAll(async () => t?.stop());

/** The transaction ids that last wrote each row: a new xmin means the row was rewritten. */
async function versions(deviceId: string) {
  const { rows } = await t.hub.db.query<{ device: string; live: string; updated_at: Date; firmware_version: string; app_version: string; last_heartbeat: { rssiDbm: number } | null }>(
    `select d.xmin::text as device, l.xmin::text as live, d.updated_at, d.firmware_version, d.app_version, l.last_heartbeat
     from devices d join device_live l on l.device_id = d.id where d.id = $1`,
    [deviceId],
  );
  return rows[0]!;
}

const hello = { model: 'P30', firmwareVersion: '3.1.0', appVersion: '2.4.1', hardwareRevision: 'B', iccid: '8986001234567890123' };

describe('device_live', () => {
  it('is created with the device: a new device is offline and never seen', async () => {
    const device = await api.createDevice({ name: 'fresh' });
    const { rows } = await t.hub.db.query('select online, last_seen_at, connected_instance from device_live where device_id = $1', [device.id]);
    expect(rows).toEqual([{ online: false, last_seen_at: null, connected_instance: null }]);
    expect(device).toMatchObject({ online: false, lastSeenAt: null, lastHeartbeat: null, networkType: null });
  });

  it('takes heartbeats and reconnects with the same Hello without rewriting the devices row', async () => {
    const device = await api.createDevice({ name: 'steady' });
    const screen = t.screen(device, { hello });
    await screen.connect();
    await t.hub.app.devices.flusher.flush();
    const connected = await versions(device.id);
    expect(connected.firmware_version).toBe('3.1.0');

    await screen.sendHeartbeat({ rssiDbm: -60, networkType: NetworkType.NETWORK_TYPE_WIFI, appVersion: '2.4.1' });
    await eventually(async () => t.hub.app.devices.liveState.get(device.id)?.heartbeat);
    await t.hub.app.devices.flusher.flush();
    const beaten = await versions(device.id);
    expect(beaten.last_heartbeat).toMatchObject({ rssiDbm: -60 });
    expect(beaten.live).not.toBe(connected.live);
    expect(beaten.device).toBe(connected.device);
    expect(beaten.updated_at).toEqual(connected.updated_at);

    await screen.end();
    await eventually(async () => t.hub.app.devices.liveState.get(device.id)?.online === false);
    const again = t.screen(device, { hello });
    await again.connect();
    await t.hub.app.devices.flusher.flush();
    const reconnected = await versions(device.id);
    expect(reconnected.live).not.toBe(beaten.live);
    expect(reconnected.device).toBe(connected.device);

    // A firmware update is news: the devices row takes it.
    await again.end();
    const updated = t.screen(device, { hello: { ...hello, firmwareVersion: '3.2.0' } });
    await updated.connect();
    await t.hub.app.devices.flusher.flush();
    const upgraded = await versions(device.id);
    expect(upgraded.firmware_version).toBe('3.2.0');
    expect(upgraded.device).not.toBe(connected.device);

    // The app updates itself without a reboot: the next heartbeat's app version is news; the one after is not.
    await updated.sendHeartbeat({ appVersion: '2.4.2' });
    await eventually(async () => t.hub.app.devices.liveState.get(device.id)?.heartbeat?.appVersion === '2.4.2');
    await t.hub.app.devices.flusher.flush();
    const appUpdated = await versions(device.id);
    expect(appUpdated.app_version).toBe('2.4.2');
    expect(appUpdated.device).not.toBe(upgraded.device);
    await updated.sendHeartbeat({ appVersion: '2.4.2', rssiDbm: -61 });
    await eventually(async () => t.hub.app.devices.liveState.get(device.id)?.heartbeat?.rssiDbm === -61);
    await t.hub.app.devices.flusher.flush();
    expect((await versions(device.id)).device).toBe(appUpdated.device);
    await updated.end();
  });

  it('serves registry filters and sorting on online, lastSeenAt and networkType', async () => {
    const tenant = (await api.createTenant('Live Bank')).admin;
    const online = await tenant.createDevice({ id: 'live-online', name: 'online one' });
    await tenant.createDevice({ id: 'live-never', name: 'never seen' });
    const screen = t.screen(online, { hello });
    await screen.connect();
    await screen.sendHeartbeat({ networkType: NetworkType.NETWORK_TYPE_WIFI });
    await eventually(async () => t.hub.app.devices.liveState.get(online.id)?.heartbeat);
    await t.hub.app.devices.flusher.flush();

    const list = async (filter: object, sort = '["createdAt","DESC"]') => {
      const response = await tenant.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,9]&sort=${encodeURIComponent(sort)}`);
      expect(response.status).toBe(200);
      return { ids: response.body.map((d: { id: string }) => d.id), total: response.headers.get('content-range')?.split('/')[1] };
    };
    expect(await list({ online: true })).toEqual({ ids: ['live-online'], total: '1' });
    expect(await list({ online: false })).toEqual({ ids: ['live-never'], total: '1' });
    expect(await list({ query: 'online = true and lastSeenAt > now-5m and networkType = "wifi"' })).toEqual({ ids: ['live-online'], total: '1' });
    expect(await list({ query: 'lastSeenAt = null' })).toEqual({ ids: ['live-never'], total: '1' });
    expect((await list({}, '["lastSeenAt","DESC"]')).ids).toEqual(['live-online', 'live-never']);
    expect((await list({}, '["online","ASC"]')).ids).toEqual(['live-never', 'live-online']);
    await screen.end();
  });
});
