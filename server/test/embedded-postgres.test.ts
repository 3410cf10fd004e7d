// The default install: `npm start` with no DATABASE_URL runs its own PostgreSQL
// server under HUB_DATA_DIR. The hub here is the compiled build `npm start`
// runs (`npm test` builds it first), so its path is tested as it ships: a
// screen connects and is welcomed, the API answers. It keeps data across a graceful restart and a
// SIGKILL (the server outlives the killed hub and is adopted by the next one),
// listens on loopback only, and is stopped by the hub that owns it. Its graceful stop tells the screens when
// to come back and marks them offline at once.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_ADMIN, ScreenClient, startHubProcess, type HubProcess } from '@screenhub/simulator';
import { ApiClient } from './support/api-client.js';
import { eventually } from './support/test-hub.js';

let hub: HubProcess | undefined;
afterAll(async () => hub?.stop());

/** The embedded server's pid and port from its lock file, if one is running. */
async function serverOf(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  const lockFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const lines = (await readFile(lockFile, 'utf8')).split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL server (the default without DATABASE_URL)', () => {
  it('starts, survives a killed hub, and stops with the hub that owns it', async () => {
    hub = await startHubProcess({ env: { DATABASE_URL: '', HUB_EMBEDDED_DATABASE: '' }, compiled: true });
    const server = await serverOf(hub.dataDir);
    expect(server).toBeDefined();
    // Loopback only, behind a password kept with the data.
    const { rows } = await import('pg').then(async ({ default: pg }) => {
      const client = new pg.Client({ host: '127.0.0.1', port: server!.port, user: 'screenhub', password: 'wrong', database: 'postgres' });
      await expect(client.connect()).rejects.toThrow(/password authentication failed/);
      const password = (await readFile(join(hub!.dataDir, 'postgres-password'), 'utf8')).trim();
      const owner = new pg.Client({ host: '127.0.0.1', port: server!.port, user: 'screenhub', password, database: 'postgres' });
      await owner.connect();
      try {
        return await owner.query<{ listen: string; version: string }>("select current_setting('listen_addresses') as listen, current_setting('server_version') as version");
      } finally {
        await owner.end();
      }
    });
    expect(rows[0]).toMatchObject({ listen: '127.0.0.1' });

    const api = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const created = await api.post('/api/devices', { name: 'kept by the embedded server' });
    expect(created.status).toBe(201);
    const screen = new ScreenClient({ url: hub.mqttUrl, deviceId: created.body.id, secret: created.body.secret, paymentKey: created.body.paymentKey, heartbeat: false, reconnect: false });
    expect((await screen.connect()).deviceId).toBe(created.body.id);
    screen.kill();

    // SIGKILL: the hub is gone, its server is not; the next hub adopts it.
    await hub.kill();
    expect(alive(server!.pid)).toBe(true);
    hub = await startHubProcess({ env: { DATABASE_URL: '', HUB_EMBEDDED_DATABASE: '' }, dataDir: hub.dataDir, compiled: true });
    expect((await serverOf(hub.dataDir))?.pid).toBe(server!.pid);
    const again = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    expect((await again.get(`/api/devices/${created.body.id}`)).body).toMatchObject({ name: 'kept by the embedded server' });

    // A graceful stop (SIGTERM) tells the screens still connected when to come back (the defaults: after 3 s plus a
    // random part of 30 s), leaves their connections to the process's exit, and marks them offline in one statement.
    const held = new ScreenClient({ url: hub.mqttUrl, deviceId: created.body.id, secret: created.body.secret, paymentKey: created.body.paymentKey, heartbeat: false, reconnect: false });
    const notices: unknown[] = [];
    held.on('reconnectNotice', (notice) => notices.push(notice));
    await held.connect();
    await eventually(async () => (await again.get(`/api/devices/${created.body.id}`)).body.online === true, 10_000, 50);
    // A graceful stop ends the server too.
    await hub.stop({ keepData: true });
    expect(notices).toEqual([{ delayMs: 3000, spreadMs: 30_000 }]);
    held.kill();
    await eventually(async () => !alive(server!.pid), 30_000, 100);
    expect(await serverOf(hub.dataDir)).toBeUndefined();

    // And a fresh start on the same data finds everything.
    hub = await startHubProcess({ env: { DATABASE_URL: '', HUB_EMBEDDED_DATABASE: '' }, dataDir: hub.dataDir, compiled: true });
    const third = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    expect((await third.get(`/api/devices/${created.body.id}`)).body).toMatchObject({ online: false });
    const presence = (await third.get(`/api/devices/${created.body.id}/presence`)).body as Array<{ online: boolean; reason: string | null }>;
    expect(presence[0]).toMatchObject({ online: false, reason: 'broker_shutdown' });
  }, 120_000);
});
