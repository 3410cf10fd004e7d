// Three broker processes sharing Redis, as three hub processes do: a downlink
// for a screen held by A, sent from B, reaches it once and touches nobody else;
// the same screen connecting to B closes its connection on A (a takeover), and
// downlinks then follow it to B; a process that died without a word is known
// at once and its directory entry removed. Real TCP clients, real redis-server.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRedisServer } from '@screenhub/simulator';
import { BrokerFixture, TestDeviceRegistry } from './support/broker-fixture.js';

let redis: { url: string; stop(): void };
/** Each test gets a database (and channels) of its own on the one Redis server. */
let redisDb = 0;
let hubs: BrokerFixture[];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis?.stop());

beforeEach(async () => {
  const registry = new TestDeviceRegistry();
  const redisUrl = `${redis.url}/${++redisDb}`;
  hubs = [];
  for (let i = 0; i < 3; i++) hubs.push(await new BrokerFixture(registry).start({}, { redisUrl }));
});
afterEach(async () => {
  for (const hub of hubs) await hub.stop();
});

const command = (text: string) => ({ messageId: 7, sentAtMs: Date.now(), command: { commandId: `c-${text}`, type: 3, text } });
const received = (hub: BrokerFixture, type: string) => hub.metric('hub_mqtt_cluster_messages_total', { type, direction: 'received' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

/** Resolves once the directory says where the screen is: B can only route what A has recorded. */
async function heldBy(via: BrokerFixture, deviceId: string): Promise<void> {
  for (const deadline = Date.now() + 5000; !(await holderKnown(via, deviceId)); ) {
    if (Date.now() > deadline) throw new Error(`${deviceId} never appeared in the directory`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const holderKnown = async (via: BrokerFixture, deviceId: string) =>
  (await (via.broker as unknown as { link: { holderToken(id: string): Promise<string | undefined> } }).link.holderToken(deviceId)) !== undefined;

describe('several broker processes on one Redis', () => {
  it('a downlink sent from B to a screen on A arrives once; C hears nothing of it', async () => {
    const [a, b, c] = hubs as [BrokerFixture, BrokerFixture, BrokerFixture];
    const screen = a.screen(a.registry.add('screen-1'));
    const commands: string[] = [];
    screen.on('command', (body) => commands.push(body.commandId!));
    await screen.connect();
    await heldBy(b, 'screen-1');

    await b.broker.sendDownlink('screen-1', command('one'));
    await expectEventually(() => commands.length === 1);
    await settle();
    expect(commands).toEqual(['c-one']);
    expect(await received(a, 'downlink')).toBe(1);
    expect(await received(c, 'downlink')).toBe(0);
    expect(await b.metric('hub_mqtt_cluster_messages_total', { type: 'downlink', direction: 'sent' })).toBe(1);
    // A downlink sent where the screen is connected never leaves the process.
    await a.broker.sendDownlink('screen-1', command('two'));
    await expectEventually(() => commands.length === 2);
    expect(await a.metric('hub_mqtt_cluster_messages_total', { type: 'downlink', direction: 'sent' })).toBe(0);
    for (const hub of hubs) expect(await received(hub, 'downlink')).toBe(hub === a ? 1 : 0);
  });

  it('the same screen connecting to B takes over: its connection on A closes, and downlinks follow it to B', async () => {
    const [a, b, c] = hubs as [BrokerFixture, BrokerFixture, BrokerFixture];
    const device = a.registry.add('screen-2');
    const first = a.screen(device);
    await first.connect();
    await heldBy(c, 'screen-2');
    const offlineOnA = a.nextPresence('screen-2', false);

    const second = b.screen(device);
    const commands: string[] = [];
    second.on('command', (body) => commands.push(body.commandId!));
    await second.connect();
    expect(await offlineOnA).toMatchObject({ online: false, reason: 'takeover' });
    await expectEventually(() => !first.connected);
    expect(await received(a, 'takeover')).toBe(1);
    expect(await received(c, 'takeover')).toBe(0);

    // From C, the downlink goes to B alone, where the screen now is.
    await expectEventually(async () => (await a.metric('hub_mqtt_connected_devices')) === 0);
    await c.broker.sendDownlink('screen-2', command('moved'));
    await expectEventually(() => commands.length === 1);
    await settle();
    expect(commands).toEqual(['c-moved']);
    expect(await received(b, 'downlink')).toBe(1);
    expect(await received(a, 'downlink')).toBe(0);
  });

  it('a screen that left, or whose process died, gets nothing sent anywhere; the dead entry is removed', async () => {
    const [a, b, c] = hubs as [BrokerFixture, BrokerFixture, BrokerFixture];
    const gone = a.screen(a.registry.add('screen-3'));
    await gone.connect();
    await heldBy(b, 'screen-3');
    await gone.end();
    await expectEventually(async () => !(await holderKnown(b, 'screen-3')));
    await b.broker.sendDownlink('screen-3', command('nobody'));
    expect(await b.metric('hub_mqtt_cluster_messages_total', { type: 'downlink', direction: 'sent' })).toBe(0);

    // C stops without releasing (as after SIGKILL: its Redis connections end, its entries stay).
    const orphan = c.screen(c.registry.add('screen-4'), { reconnect: false });
    await orphan.connect();
    await heldBy(a, 'screen-4');
    const link = (c.broker as unknown as { link: { close(): Promise<void> } }).link;
    await link.close();
    await a.broker.sendDownlink('screen-4', command('dead'));
    expect(await a.metric('hub_mqtt_downlinks_unsent_total', { reason: 'holder_gone' })).toBe(1);
    expect(await holderKnown(a, 'screen-4')).toBe(false);
  });
});

async function expectEventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await check()); ) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
