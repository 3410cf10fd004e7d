// The hub's conformance mode from outside: its API exists only when the mode
// is on, serves only operators of the screen's own tenant, refuses bad input
// with a problem naming the field, and its faults act on the real MQTT
// connection (a refused CONNECT is "server unavailable", which a screen retries).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { eventually, TestHub } from '../support/test-hub.js';

let conformance: TestHub;
let plain: TestHub;
let admin: ApiClient;
let otherBank: ApiClient;

beforeAll(async () => {
  [conformance, plain] = await Promise.all([TestHub.start({ HUB_CONFORMANCE: 'true' }), TestHub.start()]);
  admin = (await (await conformance.api.loginRoot()).createTenant('Firmware Lab')).admin;
  otherBank = (await (await conformance.api.loginRoot()).createTenant('Other Bank')).admin;
});
afterAll(async () => Promise.all([conformance?.stop(), plain?.stop()]));

describe('conformance mode', () => {
  it('does not exist on a hub without it', async () => {
    const root = await plain.api.loginRoot();
    const device = await root.createDevice();
    expect((await root.get(`/api/conformance/devices/${device.id}/journal`)).status).toBe(404);
    expect((await root.post(`/api/conformance/devices/${device.id}/forged-command`)).status).toBe(404);
  });

  it('journals a screen’s connects and uplinks, and refuses its CONNECTs while told to', async () => {
    const device = await admin.createDevice();
    const screen = conformance.screen(device, { reconnect: { initialDelayMs: 100, maxDelayMs: 400 } });
    await screen.connect();
    const planted = await admin.post(`/api/conformance/devices/${device.id}/faults`, { refuseConnectsForMs: 1500 });
    expect(planted.status).toBe(200);
    expect(Date.parse(planted.body.refuseConnectsUntil)).toBeGreaterThan(Date.now());
    expect((await admin.post(`/api/conformance/devices/${device.id}/disconnect`)).body).toEqual({ wasConnected: true });
    await new Promise((resolve) => screen.once('welcome', resolve));
    const journal = (await admin.get(`/api/conformance/devices/${device.id}/journal`)).body as Array<{ event: string; kind?: string; atMs: number }>;
    const events = journal.map((e) => (e.kind ? `${e.event}:${e.kind}` : e.event));
    expect(events.slice(0, 3)).toEqual(['connect', 'uplink:hello', 'downlink:welcome']);
    const dropped = events.indexOf('dropped');
    const back = events.lastIndexOf('connect');
    expect(dropped).toBeGreaterThan(0);
    expect(back).toBeGreaterThan(dropped);
    // Refused in between, and taken once the time was up.
    expect(events.slice(dropped + 1, back).filter((e) => e === 'connect_refused').length).toBeGreaterThan(0);
    expect(journal[back]!.atMs - journal[dropped]!.atMs).toBeGreaterThanOrEqual(1400);
    const since = journal.at(-1)!.atMs + 1;
    expect((await admin.get(`/api/conformance/devices/${device.id}/journal?sinceMs=${since}`)).body.every((e: { atMs: number }) => e.atMs >= since)).toBe(true);
  });

  it('puts a forged command on the down topic, which the reference screen refuses', async () => {
    const device = await admin.createDevice();
    const screen = conformance.screen(device);
    await screen.connect();
    const forged = await admin.post(`/api/conformance/devices/${device.id}/forged-command`);
    expect(forged.status).toBe(201);
    expect(forged.body.connected).toBe(true);
    await eventually(async () => screen.downlinksRefused.bad_signature === 1);
    const journal = (await admin.get(`/api/conformance/devices/${device.id}/journal`)).body as Array<{ event: string; commandId?: string }>;
    expect(journal.find((e) => e.event === 'downlink_forged')?.commandId).toBe(forged.body.commandId);
  });

  it('serves only operators of the screen’s own tenant, and names a bad field', async () => {
    const device = await admin.createDevice();
    for (const [method, path] of [
      ['GET', 'journal'],
      ['POST', 'faults'],
      ['POST', 'disconnect'],
      ['POST', 'forged-command'],
    ] as const) {
      const response = await otherBank.request(method, `/api/conformance/devices/${device.id}/${path}`, method === 'POST' ? {} : undefined);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect((await conformance.api.get(`/api/conformance/devices/${device.id}/journal`)).status).toBe(401);
    const bad = await admin.post(`/api/conformance/devices/${device.id}/faults`, { losePayResults: 11 });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('losePayResults');
  });
});
