// The operators' live event stream over WebSocket: each tenant hears its own
// screens and payments, never another tenant's; a bad token is turned away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import WebSocket from 'ws';
import { openEventStream } from './support/event-stream-client.js';
import { TestHub } from './support/test-hub.js';

let t: TestHub;
let bankA: ApiClient;
let bankB: ApiClient;

beforeAll(async () => {
  t = await TestHub.start();
  const root = await t.api.loginRoot();
  bankA = (await root.createTenant('Stream Bank A')).admin;
  bankB = (await root.createTenant('Stream Bank B')).admin;
});
afterAll(async () => t?.stop());

describe('live event stream', () => {
  it('tells each tenant about its own screens only', async () => {
    const streamA = await openEventStream(t.hub.httpUrl, bankA.token!);
    const streamB = await openEventStream(t.hub.httpUrl, bankB.token!);
    const deviceA = await bankA.createDevice();
    const deviceB = await bankB.createDevice();

    const onlineA = streamA.next('device.online');
    await t.screen(deviceA).connect();
    expect((await onlineA).data).toEqual({ deviceId: deviceA.id });

    const onlineB = streamB.next('device.online');
    await t.screen(deviceB).connect();
    expect((await onlineB).data).toEqual({ deviceId: deviceB.id });

    // By the time B heard of its own screen, A's events were long delivered: B never saw them, nor A B's.
    expect(streamB.events.filter((e) => e.data.deviceId === deviceA.id)).toEqual([]);
    expect(streamA.events.filter((e) => e.data.deviceId === deviceB.id)).toEqual([]);
    expect(new Set(streamA.events.map((e) => e.tenantId)).size).toBe(1);
    streamA.close();
    streamB.close();
  });

  it('closes the socket for a missing or forged token', async () => {
    for (const token of ['', 'not.a.jwt']) {
      const socket = new WebSocket(`${t.hub.httpUrl.replace('http', 'ws')}/api/events?access_token=${token}`);
      const code = await new Promise<number>((resolve) => socket.once('close', (closeCode: number) => resolve(closeCode)));
      expect(code).toBe(4401);
    }
  });

  it('answers a plain GET with a 426 problem saying it is a WebSocket', async () => {
    const plain = await t.api.get('/api/events');
    expect(plain.status).toBe(426);
    expect(plain.headers.get('content-type')).toContain('application/problem+json');
    expect(plain.body).toMatchObject({ code: 'HUB_UPGRADE_REQUIRED', detail: expect.stringContaining('WebSocket') });
  });
});
