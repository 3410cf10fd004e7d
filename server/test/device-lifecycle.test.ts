// The spine end to end: a device created through the API connects over real
// MQTT with its secret, says Hello and Heartbeat, shows online with those
// values, and shows offline after a clean disconnect or a killed socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkType } from '@screenhub/protocol';
import { eventually, TestHub } from './support/test-hub.js';
import type { ApiClient } from './support/api-client.js';

let t: TestHub;
let api: ApiClient;

beforeAll(async () => {
  t = await TestHub.start();
  api = await t.api.loginRoot();
});
afterAll(async () => t?.stop());

describe('a provisioned screen', () => {
  it('connects, reports Hello and Heartbeat, and shows online with the reported values', async () => {
    const device = await api.createDevice({ name: 'Counter 1, Noodle House' });
    expect(device.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const screen = t.screen(device, { hello: { model: 'P30', firmwareVersion: '3.1.0', appVersion: '2.4.1', hardwareRevision: 'B', iccid: '8986001234567890123' } });
    const welcome = await screen.connect();
    expect(welcome.deviceId).toBe(device.id);
    expect(Math.abs(welcome.serverTimeMs! - Date.now())).toBeLessThan(5000);
    expect(welcome.heartbeatIntervalS).toBe(30);

    await screen.sendHeartbeat({ rssiDbm: -71, networkType: NetworkType.NETWORK_TYPE_CELLULAR_4G, temperatureDc: 415, freeStorageBytes: 3_500_000_000, freeMemoryBytes: 96_000_000, uptimeS: 3600, appVersion: '2.4.1' });

    const shown = await eventually(async () => {
      const { body } = await api.get(`/api/devices/${device.id}`);
      return body.lastHeartbeat ? body : undefined;
    });
    expect(shown).toMatchObject({
      id: device.id,
      online: true,
      status: 'active',
      model: 'P30',
      firmwareVersion: '3.1.0',
      appVersion: '2.4.1',
      hardwareRevision: 'B',
      iccid: '8986001234567890123',
      lastHeartbeat: { rssiDbm: -71, networkType: 'cellular_4g', temperatureDc: 415, freeStorageBytes: 3_500_000_000, freeMemoryBytes: 96_000_000, uptimeS: 3600, appVersion: '2.4.1' },
    });
    expect(Date.parse(shown.lastSeenAt)).toBeGreaterThan(Date.now() - 10_000);

    // The same values reach the database (the list reads rows, not memory) once the flusher runs.
    await t.hub.app.devices.flusher.flush();
    const { rows } = await t.hub.db.query<{ online: boolean; model: string; last_heartbeat: { rssiDbm: number } }>(
      'select l.online, d.model, l.last_heartbeat from devices d join device_live l on l.device_id = d.id where d.id = $1',
      [device.id],
    );
    expect(rows[0]).toMatchObject({ online: true, model: 'P30', last_heartbeat: { rssiDbm: -71 } });
  });

  it('shows offline after a clean disconnect', async () => {
    const device = await api.createDevice();
    const screen = t.screen(device);
    await screen.connect();
    expect((await api.get(`/api/devices/${device.id}`)).body.online).toBe(true);
    await screen.end();
    const offline = await eventually(async () => {
      const { body } = await api.get(`/api/devices/${device.id}`);
      return body.online === false ? body : undefined;
    });
    expect(offline.lastDisconnectReason).toBe('disconnect');
  });

  it('shows offline within the keepalive window after the socket is killed', async () => {
    const device = await api.createDevice();
    const keepaliveSeconds = 2;
    const screen = t.screen(device, { keepaliveSeconds });
    await screen.connect();
    const killedAt = Date.now();
    screen.kill();
    await eventually(async () => (await api.get(`/api/devices/${device.id}`)).body.online === false, keepaliveSeconds * 1500);
    expect(Date.now() - killedAt).toBeLessThanOrEqual(keepaliveSeconds * 1500 + 500);
  });

  it('lists it in the react-admin shape with Content-Range, filters and sort', async () => {
    const a = await api.createDevice({ id: 'shop-a-counter', name: 'Alpha' });
    await api.createDevice({ id: 'shop-b-counter', name: 'Beta' });
    const screen = t.screen(a);
    await screen.connect();
    await t.hub.app.devices.flusher.flush();

    const all = await api.get('/api/devices?sort=["name","ASC"]&range=[0,1]');
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(2);
    expect(all.headers.get('content-range')).toMatch(/^devices 0-1\/\d+$/);

    const search = await api.get(`/api/devices?filter=${encodeURIComponent('{"q":"shop-"}')}&sort=["id","DESC"]`);
    expect(search.body.map((d: { id: string }) => d.id)).toEqual(['shop-b-counter', 'shop-a-counter']);

    const online = await api.get(`/api/devices?filter=${encodeURIComponent('{"online":true,"q":"shop-"}')}`);
    expect(online.body.map((d: { id: string }) => d.id)).toEqual(['shop-a-counter']);

    const many = await api.get(`/api/devices?filter=${encodeURIComponent('{"id":["shop-a-counter","shop-b-counter"]}')}`);
    expect(many.body).toHaveLength(2);
  });

  it('rejects bad list parameters with problem+json', async () => {
    for (const query of ['sort=["secret_hash","ASC"]', 'range=[5,1]', 'filter=notjson', 'filter={"online":"maybe"}', 'range=[0,5000]']) {
      const response = await api.get(`/api/devices?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.detail).toBeTruthy();
    }
  });

  it('keeps connect and disconnect history', async () => {
    const device = await api.createDevice();
    const screen = t.screen(device);
    await screen.connect();
    await screen.end();
    await eventually(async () => (await api.get(`/api/devices/${device.id}`)).body.online === false);
    await t.hub.app.devices.flusher.flush();
    const history = await api.get(`/api/devices/${device.id}/presence`);
    expect(history.body.map((e: { online: boolean; reason: string | null }) => [e.online, e.reason])).toEqual([
      [false, 'disconnect'],
      [true, null],
    ]);
  });
});

describe('history retention', () => {
  it('deletes heartbeats older than the retention period and keeps the rest', async () => {
    const device = await api.createDevice();
    const { rows } = await t.hub.db.query<{ tenant_id: string }>('select tenant_id from devices where id = $1', [device.id]);
    const tenantId = rows[0]!.tenant_id;
    await t.hub.db.query(
      `insert into device_heartbeats (tenant_id, device_id, received_at, uptime_s)
       values ($1, $2, now() - interval '31 days', 1), ($1, $2, now() - interval '29 days', 2), ($1, $2, now(), 3)`,
      [tenantId, device.id],
    );
    expect(await t.hub.app.devices.retention.run()).toBeGreaterThanOrEqual(1);
    const kept = await t.hub.db.query<{ uptime_s: number }>('select uptime_s from device_heartbeats where device_id = $1 order by uptime_s', [device.id]);
    expect(kept.rows.map((r) => r.uptime_s)).toEqual([2, 3]);
  });
});
