// MQTT over WebSocket on the HTTP port and over TLS, and the batching of heartbeats: many
// heartbeats, few database writes.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, TestHub } from './support/test-hub.js';
import type { ApiClient } from './support/api-client.js';

let t: TestHub;
let api: ApiClient;
beforeAll(async () => {
  t = await TestHub.start({ HUB_LIVE_FLUSH_MS: '200', HUB_MQTT_UPLINK_RATE: '1000', HUB_MQTT_UPLINK_BURST: '1000' });
  api = await t.api.loginRoot();
});
afterAll(async () => t?.stop());

async function metricValue(pattern: RegExp): Promise<number> {
  const text = (await t.api.get('/metrics')).body as string;
  const match = text.match(pattern);
  return match ? Number(match[1]) : 0;
}

describe('MQTT over WebSocket', () => {
  it('connects a screen at ws://…/mqtt with the same credentials and ACL', async () => {
    const device = await api.createDevice();
    const screen = t.screen(device, { url: `${t.hub.httpUrl.replace('http', 'ws')}/mqtt` });
    await expect(screen.connect()).resolves.toMatchObject({ deviceId: device.id });
    expect(await screen.subscribeRaw('#')).toBe(128);
    await screen.sendHeartbeat({ temperatureDc: 222 });
    await eventually(async () => (await api.get(`/api/devices/${device.id}`)).body.lastHeartbeat?.temperatureDc === 222);
    expect(await metricValue(/hub_mqtt_connections_total\{transport="websocket"\} (\d+)/)).toBe(1);
  });
});

describe('MQTT over TCP from a chosen source address', () => {
  it('leaves from the screen\'s localAddress (how the simulator spreads a fleet over 127.0.0.0/8)', async () => {
    const device = await api.createDevice();
    const screen = t.screen(device, { localAddress: '127.0.0.9' });
    await screen.connect();
    const presence = await eventually(async () => {
      const rows = (await api.get(`/api/devices/${device.id}/presence`)).body as Array<{ online: boolean; remoteAddress: string | null }>;
      return rows.find((r) => r.online);
    });
    expect(presence.remoteAddress).toMatch(/^(::ffff:)?127\.0\.0\.9$/);
  });
});

describe('heartbeats cost no database write each', () => {
  it('writes 20 screens × 10 heartbeats in a handful of batched flushes', async () => {
    const screens = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const screen = t.screen(await api.createDevice());
        await screen.connect();
        return screen;
      }),
    );
    await t.hub.app.devices.flusher.flush();
    const flushesBefore = await metricValue(/hub_live_state_flush_seconds_count (\d+)/);
    const rowsBefore = await metricValue(/hub_live_state_rows_written_total\{table="device_heartbeats"\} (\d+)/);
    for (let round = 0; round < 10; round++) await Promise.all(screens.map((s) => s.sendHeartbeat()));
    await t.hub.app.devices.flusher.flush();
    const flushes = (await metricValue(/hub_live_state_flush_seconds_count (\d+)/)) - flushesBefore;
    const rows = (await metricValue(/hub_live_state_rows_written_total\{table="device_heartbeats"\} (\d+)/)) - rowsBefore;
    expect(rows).toBe(200);
    // One transaction per flush interval, not per heartbeat.
    expect(flushes).toBeGreaterThanOrEqual(1);
    expect(flushes).toBeLessThan(20);
  });
});

describe('MQTT over TLS', () => {
  it('accepts screens on the TLS port when a certificate and key are configured', async () => {
    const fixtures = new URL('./fixtures/', import.meta.url);
    const tlsHub = await TestHub.start({
      HUB_MQTTS_PORT: '0',
      HUB_MQTT_TLS_CERT: fileURLToPath(new URL('mqtt-test-cert.pem', fixtures)),
      HUB_MQTT_TLS_KEY: fileURLToPath(new URL('mqtt-test-key.pem', fixtures)),
    });
    try {
      const admin = await tlsHub.api.loginRoot();
      const device = await admin.createDevice();
      const port = tlsHub.hub.app.mqtt.addresses.tls!.port;
      const ca = await readFile(new URL('mqtt-test-cert.pem', fixtures));
      const screen = tlsHub.screen(device, { url: `mqtts://127.0.0.1:${port}`, ca });
      await expect(screen.connect()).resolves.toMatchObject({ deviceId: device.id });
      const metrics = (await tlsHub.api.get('/metrics')).body as string;
      expect(metrics).toMatch(/hub_mqtt_connections_total\{transport="tls"\} 1/);
    } finally {
      await tlsHub.stop();
    }
  });
});
