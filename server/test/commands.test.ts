// Remote commands over real MQTT: delivered at once to a connected screen,
// held for an offline one until it connects, expired when it never does; only
// the addressed screen can report on a command; tenants stay apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandStatus, CommandType } from '@screenhub/protocol';
import type { ApiClient } from './support/api-client.js';
import { eventually, TestHub } from './support/test-hub.js';

let t: TestHub;
let admin: ApiClient;

beforeAll(async () => {
  t = await TestHub.start({ HUB_COMMAND_EXPIRY_SWEEP_MS: '100' });
  admin = (await (await t.api.loginRoot()).createTenant('Command Bank')).admin;
});
afterAll(async () => t?.stop());

const commandState = async (id: string) => (await admin.get(`/api/commands/${id}`)).body.state as string;

describe('remote commands', () => {
  it('reaches a connected screen at once and ends with its result', async () => {
    const device = await admin.createDevice();
    const screen = t.screen(device);
    await screen.connect();
    const received = new Promise((resolve) => screen.once('command', resolve));
    const created = await admin.post(`/api/devices/${device.id}/commands`, { type: 'set_volume', volume: 70 });
    expect(created.status).toBe(201);
    expect(await received).toMatchObject({ commandId: created.body.id, type: CommandType.COMMAND_TYPE_SET_VOLUME, volume: 70 });
    await eventually(async () => (await commandState(created.body.id)) === 'succeeded');
    expect((await admin.get(`/api/commands/${created.body.id}`)).body).toMatchObject({ resultMessage: 'done', sentAt: expect.any(String), finishedAt: expect.any(String) });
  });

  it('waits for an offline screen and is delivered when it connects', async () => {
    const device = await admin.createDevice();
    const created = await admin.post(`/api/devices/${device.id}/commands`, { type: 'play_test_announcement', text: '支付宝收款0.01元' });
    expect(created.body.state).toBe('queued');
    const screen = t.screen(device);
    const received = new Promise((resolve) => screen.once('command', resolve));
    await screen.connect();
    expect(await received).toMatchObject({ commandId: created.body.id, text: '支付宝收款0.01元' });
    await eventually(async () => (await commandState(created.body.id)) === 'succeeded');
  });

  it('expires when the screen does not come back in time', async () => {
    const device = await admin.createDevice();
    const created = await admin.post(`/api/devices/${device.id}/commands`, { type: 'reboot', ttlSeconds: 1 });
    await eventually(async () => (await commandState(created.body.id)) === 'expired', 5000);
    // Connecting afterwards delivers nothing.
    const screen = t.screen(device);
    const commands: string[] = [];
    screen.on('command', (c) => commands.push(c.commandId!));
    await screen.connect();
    // A fresh command goes out after anything sent at connect: once it is here, the expired one would have been too.
    const marker = new Promise((resolve) => screen.once('command', resolve));
    const fresh = await admin.post(`/api/devices/${device.id}/commands`, { type: 'reboot' });
    await marker;
    // The fresh one may come twice: created while the Hello's offer of open commands was still being read, it is in
    // that offer too (delivery is at least once; a screen acts on a command id once). The expired one never comes.
    expect([...new Set(commands)]).toEqual([fresh.body.id]);
  });

  it('ignores a result sent by another screen', async () => {
    const target = await admin.createDevice();
    const other = await admin.createDevice();
    const targetScreen = t.screen(target, { commands: 'ignore' });
    const otherScreen = t.screen(other);
    await targetScreen.connect();
    await otherScreen.connect();
    const received = new Promise((resolve) => targetScreen.once('command', resolve));
    const created = await admin.post(`/api/devices/${target.id}/commands`, { type: 'reboot' });
    await received;
    await otherScreen.publish({ commandResult: { commandId: created.body.id, status: CommandStatus.COMMAND_STATUS_SUCCEEDED, message: 'forged' } });
    await targetScreen.publish({ commandResult: { commandId: created.body.id, status: CommandStatus.COMMAND_STATUS_ACKED } });
    await eventually(async () => (await commandState(created.body.id)) === 'acked');
    expect((await admin.get(`/api/commands/${created.body.id}`)).body.resultMessage).toBeNull();
  });

  it('validates arguments and keeps tenants apart', async () => {
    const device = await admin.createDevice();
    expect((await admin.post(`/api/devices/${device.id}/commands`, { type: 'set_volume' })).status).toBe(400);
    expect((await admin.post(`/api/devices/${device.id}/commands`, { type: 'set_volume', volume: 101 })).status).toBe(400);
    expect((await admin.post(`/api/devices/${device.id}/commands`, { type: 'format_disk' })).status).toBe(400);
    const created = await admin.post(`/api/devices/${device.id}/commands`, { type: 'reboot' });
    const other = (await (await t.api.loginRoot()).createTenant('Command Rival')).admin;
    expect((await other.post(`/api/devices/${device.id}/commands`, { type: 'reboot' })).status).toBe(404);
    expect((await other.get(`/api/commands/${created.body.id}`)).status).toBe(404);
    expect((await other.get(`/api/devices/${device.id}/commands`)).body).toEqual([]);
  });
});
