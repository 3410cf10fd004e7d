// Heartbeat history for charts: heartbeats sent over real MQTT, written by the
// live-state flusher, read back downsampled into time buckets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;

beforeAll(async () => {
  t = await TestHub.start();
  bank = (await (await t.api.loginRoot()).createTenant('Chart Bank')).admin;
});
afterAll(async () => t?.stop());

describe('heartbeat history', () => {
  it('downsamples heartbeats into buckets with count, averages and extremes', async () => {
    const device = await bank.createDevice({ id: 'chart-1' });
    const screen = t.screen(device);
    await screen.connect();
    for (const [temperatureDc, rssiDbm, freeStorageBytes] of [
      [400, -60, 3_000],
      [450, -70, 2_000],
      [420, -80, 2_500],
    ]) {
      await screen.sendHeartbeat({ temperatureDc, rssiDbm, freeStorageBytes });
      await t.hub.app.devices.flusher.flush();
    }
    const response = await bank.get(`/api/devices/${device.id}/heartbeats?bucketSeconds=3600`);
    expect(response.status).toBe(200);
    const points = response.body as Array<Record<string, number>>;
    expect(points.reduce((n, p) => n + p.count!, 0)).toBe(3);
    const last = points.at(-1)!;
    if (points.length === 1) expect(last).toMatchObject({ count: 3, rssiAvgDbm: -70, temperatureMaxDc: 450, freeStorageMinBytes: 2_000 });
    expect(new Date(last.at as unknown as string).getTime() % 3_600_000).toBe(0);
  });

  it('refuses a range that is backwards or too finely cut, and another tenant\'s screen', async () => {
    expect((await bank.get('/api/devices/chart-1/heartbeats?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z')).status).toBe(400);
    expect((await bank.get('/api/devices/chart-1/heartbeats?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&bucketSeconds=10')).status).toBe(400);
    const other = (await (await t.api.loginRoot()).createTenant('Chart Rival')).admin;
    expect((await other.get('/api/devices/chart-1/heartbeats')).status).toBe(404);
  });
});
