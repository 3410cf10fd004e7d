// A screen may be hostile or buggy: a field out of the range its column and its
// meaning allow is dropped and counted before any domain sees it, one row the
// database refuses never stops the batch it is in, and flushes failing again
// and again turn /readyz degraded until they succeed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricValue, type ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let admin: ApiClient;
let hostile: ScreenClient;
let honest: ScreenClient;
let hostileId: string;
let honestId: string;

beforeAll(async () => {
  t = await TestHub.start();
  admin = (await (await t.api.loginRoot()).createTenant('Range Bank')).admin;
  const a = await admin.createDevice({ name: 'hostile' });
  const b = await admin.createDevice({ name: 'honest' });
  [hostileId, honestId] = [a.id, b.id];
  hostile = t.screen(a);
  honest = t.screen(b);
  await Promise.all([hostile.connect(), honest.connect()]);
});
afterAll(async () => t?.stop());

const stored = async (deviceId: string) =>
  (await t.hub.db.query<Record<string, unknown>>('select uptime_s, rssi_dbm, temperature_dc, free_storage_bytes, free_memory_bytes, app_version from device_heartbeats where device_id = $1 order by received_at', [deviceId])).rows;
const metrics = async () => (await t.api.get('/metrics')).body as string;
/** 2^64 − 1 exactly on the wire: as a double it would round to 2^64, which protobufjs encodes as 0. */
const UINT64_MAX = { low: -1, high: -1 } as unknown as number;
const dropped = (text: string, field: string, reason: string) => metricValue(text, 'hub_uplink_fields_dropped_total', `{kind="heartbeat",field="${field}",reason="${reason}"}`);

describe('uplink fields out of range', () => {
  it('drops and counts them, stores the rest, and never stops anyone else\'s heartbeats', async () => {
    await hostile.sendHeartbeat({ freeStorageBytes: UINT64_MAX, temperatureDc: 32_000, rssiDbm: 50, appVersion: 'v\u00001' });
    await honest.sendHeartbeat({ freeStorageBytes: 1_000 });
    await t.hub.app.devices.flusher.flush();
    // Again, after the first flush: every flush keeps working.
    await hostile.sendHeartbeat({ freeStorageBytes: UINT64_MAX });
    await honest.sendHeartbeat({ freeStorageBytes: 2_000 });
    await eventually(async () => (await stored(honestId)).length === 2 && (await stored(hostileId)).length === 2);

    expect((await stored(honestId)).map((r) => Number(r.free_storage_bytes))).toEqual([1_000, 2_000]);
    const [first] = await stored(hostileId);
    // Unknown, never a made-up zero; the fields in range are kept.
    expect(first).toMatchObject({ free_storage_bytes: null, temperature_dc: null, rssi_dbm: null, app_version: null, free_memory_bytes: 150_000_000 });
    const device = (await admin.get(`/api/devices/${hostileId}`)).body;
    expect(device.lastHeartbeat).toMatchObject({ freeStorageBytes: null, freeMemoryBytes: 150_000_000 });

    const text = await metrics();
    expect(dropped(text, 'heartbeat.freeStorageBytes', 'not_an_exact_integer')).toBe(2);
    expect(dropped(text, 'heartbeat.temperatureDc', 'out_of_range')).toBe(1);
    expect(dropped(text, 'heartbeat.rssiDbm', 'out_of_range')).toBe(1);
    expect(dropped(text, 'heartbeat.appVersion', 'nul_character')).toBe(1);
    expect(metricValue(text, 'hub_live_state_flush_failures_total')).toBe(0);
  });

  it('keeps the stored description when Hello sends a field it cannot hold', async () => {
    await hostile.reboot({ model: 'M'.repeat(500), firmwareVersion: 'fw\u0000' });
    await t.hub.app.devices.flusher.flush();
    const device = (await admin.get(`/api/devices/${hostileId}`)).body;
    expect(device.model).not.toContain('MMMM');
    expect(device.firmwareVersion ?? '').not.toContain('\u0000');
    const text = await metrics();
    expect(metricValue(text, 'hub_uplink_fields_dropped_total', '{kind="hello",field="hello.model",reason="too_long"}')).toBe(1);
  });
});

describe('flush isolation', () => {
  it('quarantines a row the database refuses and writes the others of the same batch', async () => {
    // A rule only the hostile screen's next heartbeat breaks, inside the database itself.
    await t.hub.db.exec('alter table device_heartbeats add constraint test_refuses_uptime_4242 check (uptime_s is distinct from 4242)');
    try {
      await hostile.sendHeartbeat({ uptimeS: 4242 });
      await honest.sendHeartbeat({ uptimeS: 4243, freeStorageBytes: 3_000 });
      await t.hub.app.devices.flusher.flush();
      expect((await stored(honestId)).map((r) => Number(r.free_storage_bytes))).toContain(3_000);
      expect((await stored(hostileId)).some((r) => Number(r.uptime_s) === 4242)).toBe(false);
      const text = await metrics();
      expect(metricValue(text, 'hub_live_state_rows_quarantined_total', '{table="device_heartbeats"}')).toBe(1);
      // The quarantined row is not retried: the next flush is clean.
      await honest.sendHeartbeat({ freeStorageBytes: 4_000 });
      await t.hub.app.devices.flusher.flush();
      expect((await stored(honestId)).map((r) => Number(r.free_storage_bytes))).toContain(4_000);
      expect(metricValue(await metrics(), 'hub_live_state_rows_quarantined_total', '{table="device_heartbeats"}')).toBe(1);
    } finally {
      await t.hub.db.exec('alter table device_heartbeats drop constraint test_refuses_uptime_4242');
    }
  });

  it('turns /readyz degraded while flushes keep failing, loses nothing, and recovers', async () => {
    await t.hub.db.exec('alter table device_heartbeats rename to device_heartbeats_away');
    try {
      await honest.sendHeartbeat({ freeStorageBytes: 5_000 });
      await eventually(async () => (await t.api.get('/readyz')).body.status === 'degraded', 10_000, 50);
      const ready = await t.api.get('/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body.checks.liveState).toMatch(/^degraded: \d+ live-state flushes failed in a row/);
      expect(metricValue(await metrics(), 'hub_live_state_flush_failing')).toBe(1);
    } finally {
      await t.hub.db.exec('alter table device_heartbeats_away rename to device_heartbeats');
    }
    await eventually(async () => (await t.api.get('/readyz')).body.status === 'ready', 10_000, 50);
    // The heartbeat sent while the table was away was kept and written.
    await eventually(async () => (await stored(honestId)).some((r) => Number(r.free_storage_bytes) === 5_000));
    expect(metricValue(await metrics(), 'hub_live_state_flush_failing')).toBe(0);
  });
});
