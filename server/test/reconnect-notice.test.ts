// A graceful stop tells each screen when to come back (the signed Reconnect
// downlink): the reference screen then waits the hub's delay plus a random
// part of its spread, instead of retrying the closed port through the restart.
// Runs on the embedded database and, with TEST_DATABASE_URL, on PostgreSQL.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReconnectBody } from '@screenhub/protocol';
import { eventually, TestHub } from './support/test-hub.js';

let t: TestHub | undefined;
let listener: net.Server | undefined;
afterEach(async () => {
  listener?.close();
  await t?.stop();
  t = undefined;
});

/** Listens where the stopped hub did and says when the first connection came. */
async function firstConnectionOn(port: number): Promise<() => number | undefined> {
  let at: number | undefined;
  listener = net.createServer((socket) => {
    at ??= Date.now();
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener!.listen(port, '127.0.0.1', resolve));
  return () => at;
}

/** A screen of a new tenant, connected, whose own backoff would try again within 50 ms; records the notices it gets. */
async function connectedScreen(hub: TestHub, tenant: string) {
  const bank = await (await hub.api.loginRoot()).createTenant(tenant);
  const device = await bank.admin.createDevice({ name: `screen of ${tenant}` });
  const screen = hub.screen(device, { reconnect: { initialDelayMs: 50, maxDelayMs: 50 } });
  const notices: ReconnectBody[] = [];
  screen.on('reconnectNotice', (notice) => notices.push(notice));
  await screen.connect();
  return { screen, notices, deviceId: device.id, port: Number(new URL(hub.hub.mqttUrl).port) };
}

describe('the reconnect notice of a graceful stop', () => {
  it('brings the screen back within the window the hub gave, not before', async () => {
    t = await TestHub.start({ HUB_MQTT_STOP_RECONNECT_DELAY_S: '1', HUB_MQTT_STOP_RECONNECT_SPREAD_S: '1' });
    const { screen, notices, port } = await connectedScreen(t, 'Notice Bank');
    const stoppedAt = Date.now();
    await t.hub.close();
    expect(notices).toEqual([{ delayMs: 1000, spreadMs: 1000 }]);
    const firstConnection = await firstConnectionOn(port);
    await eventually(async () => firstConnection() !== undefined, 5000);
    const waited = firstConnection()! - stoppedAt;
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(waited).toBeLessThan(2000 + 500);
    screen.kill();
  });

  it('is not sent when the spread is 0: the screen retries on its own backoff', async () => {
    t = await TestHub.start({ HUB_MQTT_STOP_RECONNECT_SPREAD_S: '0' });
    const { screen, notices, port } = await connectedScreen(t, 'No Notice Bank');
    const stoppedAt = Date.now();
    await t.hub.close();
    const firstConnection = await firstConnectionOn(port);
    await eventually(async () => firstConnection() !== undefined, 5000);
    expect(notices).toEqual([]);
    expect(firstConnection()! - stoppedAt).toBeLessThan(1000);
    screen.kill();
  });

  it('a process stopping for good writes the notices, leaves the connections to its exit and marks its screens offline', async () => {
    t = await TestHub.start({ HUB_MQTT_STOP_RECONNECT_DELAY_S: '1', HUB_MQTT_STOP_RECONNECT_SPREAD_S: '1' });
    const { screen, notices, deviceId } = await connectedScreen(t, 'Leaving Bank');
    await eventually(async () => (await liveOf(t!, deviceId))?.online === true);
    // As server.ts does on SIGTERM: the plugins' last writes run alongside the notices (hub.ts).
    await t.hub.close({ exiting: true });
    // Written to the socket before close() resolved; read by the screen a moment later.
    await eventually(async () => notices.length > 0, 2000);
    expect(notices).toEqual([{ delayMs: 1000, spreadMs: 1000 }]);
    // Left, not ended: the process's exit closes the connection (here the test's screen is still connected).
    expect(screen.connected).toBe(true);
    screen.kill();
    // The same data, started again: the screen was marked offline by the stop itself (a start would say why otherwise).
    await t.restart();
    expect(await liveOf(t, deviceId)).toEqual({ online: false, last_disconnect_reason: 'broker_shutdown' });
  });
});

async function liveOf(hub: TestHub, deviceId: string) {
  const { rows } = await hub.hub.db.query<{ online: boolean; last_disconnect_reason: string | null }>('select online, last_disconnect_reason from device_live where device_id = $1', [deviceId]);
  return rows[0];
}
