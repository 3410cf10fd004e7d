// Who may connect: refused at CONNECT for a wrong secret, an unknown id, a
// client id that is not the username, a blocked or decommissioned device; a
// rotated secret replaces the old one at once. Over real MQTT against the real
// devices table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mqtt from 'mqtt';
import { ConnectRefusedError } from '@screenhub/simulator';
import { eventually, TestHub } from './support/test-hub.js';
import type { ApiClient } from './support/api-client.js';

let t: TestHub;
let api: ApiClient;

beforeAll(async () => {
  t = await TestHub.start();
  api = await t.api.loginRoot();
});
afterAll(async () => t?.stop());

const refusedWith = (code: number) => expect.objectContaining({ returnCode: code, name: 'ConnectRefusedError' });

describe('CONNECT refusals', () => {
  it('refuses a wrong secret and an unknown id with return code 4', async () => {
    const device = await api.createDevice();
    await expect(t.screen({ ...device, secret: 'A'.repeat(43) }).connect()).rejects.toEqual(refusedWith(4));
    await expect(t.screen({ ...device, id: 'no-such-device' }).connect()).rejects.toEqual(refusedWith(4));
  });

  it('refuses a client id that differs from the username with return code 2', async () => {
    const device = await api.createDevice();
    const other = await api.createDevice();
    // ScreenClient always sends its id as both; a plain MQTT client can differ.
    const client = mqtt.connect(t.hub.mqttUrl, { clientId: other.id, username: device.id, password: device.secret, reconnectPeriod: 0, protocolVersion: 4 });
    const error = await new Promise<Error & { code?: number }>((resolve) => client.once('error', resolve));
    client.end(true);
    expect(error.code).toBe(2);
    expect(t.hub.app.mqtt.broker.isConnected(other.id)).toBe(false);
  });

  it('disconnects a device the moment it is blocked, and refuses it until unblocked', async () => {
    const device = await api.createDevice();
    const screen = t.screen(device);
    await screen.connect();
    const disconnected = new Promise<void>((resolve) => screen.once('disconnected', () => resolve()));
    const blocked = await api.put(`/api/devices/${device.id}`, { status: 'blocked' });
    expect(blocked.body.status).toBe('blocked');
    await disconnected;
    await expect(t.screen(device).connect()).rejects.toEqual(refusedWith(5));

    await api.put(`/api/devices/${device.id}`, { status: 'active' });
    await expect(t.screen(device).connect()).resolves.toMatchObject({ deviceId: device.id });
  });

  it('rotates a secret: the screen is dropped, the old secret refused, the new one accepted', async () => {
    const device = await api.createDevice();
    const screen = t.screen(device);
    await screen.connect();
    const disconnected = new Promise<void>((resolve) => screen.once('disconnected', () => resolve()));
    const rotated = await api.post(`/api/devices/${device.id}/secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(device.secret);
    await disconnected;
    await expect(t.screen(device).connect()).rejects.toBeInstanceOf(ConnectRefusedError);
    await expect(t.screen({ ...device, secret: rotated.body.secret }).connect()).resolves.toBeTruthy();
  });

  it('decommissions: disconnected, refused, hidden from the default list, history kept', async () => {
    const device = await api.createDevice();
    const screen = t.screen(device);
    await screen.connect();
    const removed = await api.delete(`/api/devices/${device.id}`);
    expect(removed.body.status).toBe('decommissioned');
    await eventually(async () => !t.hub.app.mqtt.broker.isConnected(device.id));
    await expect(t.screen(device).connect()).rejects.toEqual(refusedWith(4));
    const list = await api.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ id: device.id }))}`);
    expect(list.body).toEqual([]);
    const archived = await api.get(`/api/devices?filter=${encodeURIComponent(JSON.stringify({ id: device.id, status: 'decommissioned' }))}`);
    expect(archived.body).toHaveLength(1);
    expect((await api.put(`/api/devices/${device.id}`, { status: 'active' })).status).toBe(404);
  });

  it('counts refusals by reason in /metrics', async () => {
    const metrics = await t.api.get('/metrics');
    expect(metrics.body).toMatch(/hub_mqtt_auth_failures_total\{reason="bad_secret"\} [1-9]/);
    expect(metrics.body).toMatch(/hub_mqtt_auth_failures_total\{reason="client_id_mismatch"\} [1-9]/);
    expect(metrics.body).toMatch(/hub_mqtt_auth_failures_total\{reason="blocked"\} [1-9]/);
  });
});
