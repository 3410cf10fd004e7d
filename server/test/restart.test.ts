// Restart the hub on the same data: tenants, operators, devices, secrets and
// history are all still there, and a screen reconnects with its old secret.
// Runs on the embedded database and, with TEST_DATABASE_URL, on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, TestHub } from './support/test-hub.js';

let t: TestHub;
beforeAll(async () => {
  t = await TestHub.start();
});
afterAll(async () => t?.stop());

describe('restart', () => {
  it('keeps devices, secrets and history', async () => {
    // CI runs the suite twice; make sure each run is on the database it claims.
    expect(t.kind).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
    const root = await t.api.loginRoot();
    const bank = await root.createTenant('Restart Bank');
    const device = await bank.admin.createDevice({ name: 'survives restarts' });
    const screen = t.screen(device, { hello: { model: 'P30', appVersion: '2.0.0' } });
    await screen.connect();
    await screen.sendHeartbeat({ temperatureDc: 333 });
    await eventually(async () => (await bank.admin.get(`/api/devices/${device.id}`)).body.lastHeartbeat?.temperatureDc === 333);

    // A graceful stop flushes the live state; the screen is offline while the hub is down.
    await t.restart();

    const after = await t.api.login('admin@restart-bank.test', 'tenant admin password');
    const shown = await after.get(`/api/devices/${device.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ name: 'survives restarts', model: 'P30', online: false, lastHeartbeat: { temperatureDc: 333 } });

    const history = await after.get(`/api/devices/${device.id}/presence`);
    expect(history.body.map((e: { online: boolean }) => e.online)).toEqual([false, true]);
    const { rows } = await t.hub.db.query<{ n: number }>('select count(*)::int as n from device_heartbeats where device_id = $1', [device.id]);
    expect(rows[0]!.n).toBe(1);

    // The secret issued before the restart still works.
    await expect(t.screen(device).connect()).resolves.toMatchObject({ deviceId: device.id });
    expect((await after.get(`/api/devices/${device.id}`)).body.online).toBe(true);
  });
});
