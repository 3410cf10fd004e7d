// Zero-touch provisioning: a factory batch imported as CSV (bad files refused
// whole, row by row), a fresh screen claiming its identity and connecting with
// it over MQTT, a refused second claim, and an operator re-opening the serial.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectRefusedError, ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from './support/api-client.js';
import { TestHub } from './support/test-hub.js';

let t: TestHub;
let admin: ApiClient;
const batchUrl = '/api/provisioning/batches?name=Shenzhen%20run%2042&model=P30&hardwareRevision=B';

beforeAll(async () => {
  t = await TestHub.start();
  admin = (await (await t.api.loginRoot()).createTenant('Provisioning Bank')).admin;
});
afterAll(async () => t?.stop());

const csv = (...lines: string[]) => ['serial,claim_code', ...lines].join('\n');
const claim = (serial: string, claimCode: string) => t.api.post('/api/provision', { serial, claimCode });

describe('factory import', () => {
  it('refuses a file with bad rows whole, listing each with its line', async () => {
    await admin.createDevice({ id: 'SN-TAKEN' });
    const response = await admin.request(
      'POST',
      batchUrl,
      csv('SN-0001,CLAIM0001AA', 'SN 0002,CLAIM0002AA', 'SN-0003,short', 'SN-0001,CLAIM0004AA', 'SN-0005,CLAIM,EXTRA', 'SN-TAKEN,CLAIM0006AA'),
      'text/csv',
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(response.body.errors[2]).toMatchObject({ line: 5, serial: 'SN-0001', reason: 'serial repeats line 2' });
    // Nothing of it was imported: the good first row cannot be claimed.
    expect((await claim('SN-0001', 'CLAIM0001AA')).status).toBe(401);
  });

  it('refuses a file without the header', async () => {
    const response = await admin.request('POST', batchUrl, 'SN-1,CLAIM0001AA', 'text/csv');
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ line: 1, reason: 'the first line must be the header "serial,claim_code"' }]);
  });

  it('imports a good file', async () => {
    const response = await admin.request('POST', batchUrl, csv('SN-1001,CLAIM1001AA', 'SN-1002,CLAIM1002AA', ''), 'text/csv');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'Shenzhen run 42', model: 'P30', hardwareRevision: 'B', deviceCount: 2 });
    expect((await admin.get('/api/provisioning/batches')).body[0].id).toBe(response.body.id);
  });
});

describe('zero-touch claim', () => {
  it('gives a fresh screen its identity once, and the screen connects with it', async () => {
    const claimed = await claim('SN-1001', 'CLAIM1001AA');
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ deviceId: 'SN-1001', mqttUrl: `mqtt://127.0.0.1:${t.hub.app.mqtt.addresses.tcp!.port}`, heartbeatIntervalS: 30 });
    const screen = new ScreenClient({ url: claimed.body.mqttUrl, deviceId: claimed.body.deviceId, secret: claimed.body.secret, paymentKey: claimed.body.paymentKey, reconnect: false, heartbeat: false });
    t.screens.push(screen);
    await expect(screen.connect()).resolves.toMatchObject({ deviceId: 'SN-1001' });
    expect((await admin.get('/api/devices/SN-1001')).body).toMatchObject({ online: true, tenantId: expect.any(String) });

    const again = await claim('SN-1001', 'CLAIM1001AA');
    expect(again.status).toBe(409);
  });

  it('re-opened by an operator, the screen claims again: new credentials, the old ones refused', async () => {
    const first = (await claim('SN-1002', 'CLAIM1002AA')).body;
    expect((await admin.post('/api/provisioning/devices/SN-1002/reopen')).status).toBe(204);
    const second = (await claim('SN-1002', 'CLAIM1002AA')).body;
    expect(second.secret).not.toBe(first.secret);
    expect(second.paymentKey).not.toBe(first.paymentKey);
    await expect(t.screen({ id: 'SN-1002', secret: first.secret, paymentKey: first.paymentKey }).connect()).rejects.toBeInstanceOf(ConnectRefusedError);
    await expect(t.screen({ id: 'SN-1002', secret: second.secret, paymentKey: second.paymentKey }).connect()).resolves.toBeTruthy();
  });

  it('answers a wrong code and an unknown serial alike, and stops guessing per serial', async () => {
    await admin.request('POST', batchUrl.replace('42', '43'), csv('SN-2001,CLAIM2001AA'), 'text/csv');
    const wrong = await claim('SN-2001', 'WRONGCODE1');
    const unknown = await claim('SN-NOPE', 'WRONGCODE1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    for (let i = 0; i < 4; i++) await claim('SN-2001', `WRONGCODE${i}`);
    // Five failures: even the right code waits now.
    expect((await claim('SN-2001', 'CLAIM2001AA')).status).toBe(429);
  });

  it('keeps other tenants from re-opening this tenant\'s screens', async () => {
    const other = (await (await t.api.loginRoot()).createTenant('Provisioning Rival')).admin;
    expect((await other.post('/api/provisioning/devices/SN-1001/reopen')).status).toBe(404);
    expect((await other.get('/api/provisioning/batches')).body).toEqual([]);
  });
});
