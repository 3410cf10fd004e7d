// Upload commands (logs, screenshot) over real MQTT and HTTP: the screen gets
// an upload URL and token with the command, uploads the file, and the operator
// downloads it. Bulk commands reach every screen of a group, the offline ones
// when they connect, with progress by state. Tenants stay apart.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandType, type CommandBody } from '@screenhub/protocol';
import type { ApiClient } from '../support/api-client.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;

beforeAll(async () => {
  t = await TestHub.start({ HUB_COMMAND_EXPIRY_SWEEP_MS: '100' });
  const root = await t.api.loginRoot();
  bank = (await root.createTenant('Upload Bank')).admin;
  otherBank = (await root.createTenant('Upload Other Bank')).admin;
});
afterAll(async () => t?.stop());

const command = async (id: string) => (await bank.get(`/api/commands/${id}`)).body;
const upload = (url: string, token: string, body: string | Buffer, contentType: string) =>
  fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });

describe('upload commands', () => {
  it('gets a screenshot from the screen to the operator', async () => {
    const device = await bank.createDevice({ id: 'upload-shot' });
    const screen = t.screen(device);
    await screen.connect();
    const received = new Promise<CommandBody>((resolve) => screen.once('command', resolve));
    const created = await bank.post(`/api/devices/${device.id}/commands`, { type: 'take_screenshot' });
    expect(created.status).toBe(201);
    const sent = await received;
    expect(sent).toMatchObject({ type: CommandType.COMMAND_TYPE_TAKE_SCREENSHOT, uploadUrl: `${t.hub.httpUrl}/api/device-uploads/${created.body.id}`, uploadToken: expect.any(String) });

    const done = await eventually(async () => {
      const c = await command(created.body.id);
      return c.state === 'succeeded' && c;
    });
    expect(done.upload).toMatchObject({ contentType: 'image/png', sizeBytes: expect.any(Number) });
    const file = await fetch(`${t.hub.httpUrl}/api/commands/${created.body.id}/upload`, { headers: { authorization: `Bearer ${bank.token}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(done.upload.sha256);

    // The other tenant can neither see the command nor download its file.
    expect((await otherBank.get(`/api/commands/${created.body.id}/upload`)).status).toBe(404);
  });

  it('refuses a bad token, the wrong type, an empty file, a second upload and a non-upload command', async () => {
    const device = await bank.createDevice({ id: 'upload-logs' });
    const screen = t.screen(device, { commands: 'ignore' });
    await screen.connect();
    const received = new Promise<CommandBody>((resolve) => screen.once('command', resolve));
    const created = await bank.post(`/api/devices/${device.id}/commands`, { type: 'upload_logs' });
    const { uploadUrl, uploadToken } = await received;

    expect((await upload(uploadUrl!, 'forged-token', 'log', 'text/plain')).status).toBe(401);
    const wrongType = await upload(uploadUrl!, uploadToken!, 'log', 'image/png');
    expect(wrongType.status).toBe(400);
    expect(wrongType.headers.get('content-type')).toContain('application/problem+json');
    expect((await upload(uploadUrl!, uploadToken!, '', 'text/plain')).status).toBe(400);
    expect((await upload(uploadUrl!, uploadToken!, '2026-11-25 boot ok\n', 'text/plain; charset=utf-8')).status).toBe(201);
    expect((await upload(uploadUrl!, uploadToken!, 'again', 'text/plain')).status).toBe(409);
    expect((await command(created.body.id)).upload).toMatchObject({ contentType: 'text/plain', sizeBytes: 19 });

    // A token is bound to its command: it does not open another command's upload.
    const reboot = await bank.post(`/api/devices/${device.id}/commands`, { type: 'reboot' });
    expect((await upload(`${t.hub.httpUrl}/api/device-uploads/${reboot.body.id}`, uploadToken!, 'x', 'text/plain')).status).toBe(401);
  });

  it('refuses an upload once the command expired', async () => {
    const device = await bank.createDevice({ id: 'upload-late' });
    const screen = t.screen(device, { commands: 'ignore' });
    await screen.connect();
    const received = new Promise<CommandBody>((resolve) => screen.once('command', resolve));
    const created = await bank.post(`/api/devices/${device.id}/commands`, { type: 'upload_logs', ttlSeconds: 1 });
    const { uploadUrl, uploadToken } = await received;
    await eventually(async () => (await command(created.body.id)).state === 'expired', 5000);
    expect((await upload(uploadUrl!, uploadToken!, 'late', 'text/plain')).status).toBe(409);
  });
});

describe('bulk commands', () => {
  it('reaches every screen of a group, the offline ones on connect, with progress', async () => {
    const devices = await Promise.all([0, 1, 2, 3].map((i) => bank.createDevice({ id: `bulk-${i}` })));
    const group = (await bank.post('/api/groups', { name: 'Bulk targets', kind: 'dynamic', query: 'id ~ "bulk-"' })).body;
    const online = devices.slice(0, 2).map((d) => t.screen(d));
    await Promise.all(online.map((s) => s.connect()));

    const bulk = await bank.post(`/api/groups/${group.id}/commands`, { type: 'set_volume', volume: 30, ttlSeconds: 60 });
    expect(bulk.status).toBe(201);
    expect(bulk.body).toMatchObject({ groupId: group.id, type: 'set_volume', deviceCount: 4 });
    const progress = async () => (await bank.get(`/api/bulk-commands/${bulk.body.id}`)).body.progress;
    await eventually(async () => (await progress()).succeeded === 2);
    expect(await progress()).toMatchObject({ queued: 2, succeeded: 2, done: 2 });

    const late = t.screen(devices[2]!);
    await late.connect();
    await eventually(async () => (await progress()).succeeded === 3);

    const commands = (await bank.get(`/api/devices/${devices[3]!.id}/commands`)).body;
    expect(commands[0]).toMatchObject({ bulkId: bulk.body.id, state: 'queued' });
    expect((await bank.get('/api/bulk-commands')).body[0].id).toBe(bulk.body.id);
  });

  it('validates and keeps tenants apart', async () => {
    const group = (await bank.post('/api/groups', { name: 'Bulk private', kind: 'static' })).body;
    expect((await bank.post(`/api/groups/${group.id}/commands`, { type: 'set_volume' })).status).toBe(400);
    expect((await otherBank.post(`/api/groups/${group.id}/commands`, { type: 'reboot' })).status).toBe(404);
    const empty = await bank.post(`/api/groups/${group.id}/commands`, { type: 'reboot' });
    expect(empty.body).toMatchObject({ deviceCount: 0, progress: { done: 0 } });
    expect((await otherBank.get(`/api/bulk-commands/${empty.body.id}`)).status).toBe(404);
    expect((await otherBank.get('/api/bulk-commands')).body).toEqual([]);
  });
});
