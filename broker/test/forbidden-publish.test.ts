// What a hostile screen cannot make the broker keep for later: a publish to a
// forbidden topic, a retained message and a will are never stored, queued or
// delivered to anyone. Over real TCP, with mqtt.js as the hostile client (the
// simulator's ScreenClient cannot set a will or a retain flag) and as the
// victim, so that the test sees every byte the broker sends it.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { CommandType, decodeDownlink, downlinkTopic, encodeDownlink, encodeUplink, PayStatus, uplinkTopic } from '@screenhub/protocol';
import { startRedisServer } from '@screenhub/simulator';
import { BrokerFixture } from './support/broker-fixture.js';

let hub: BrokerFixture;
const peers: MqttClient[] = [];
let redis: { url: string; stop(): void } | undefined;
/** Each test on Redis gets a database of its own (of the server's 16). */
let redisDb = 0;

afterAll(() => redis?.stop());
afterEach(async () => {
  for (const peer of peers.splice(0)) peer.end(true);
  await hub.stop();
});

/** What a hostile screen would forge: "received 9,999.00 yuan", a payment that never happened. */
const forgedPayResult = Buffer.from(
  encodeDownlink({ messageId: 666, sentAtMs: Date.now(), payResult: { orderNo: 'FORGED', status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 999_900, speech: '支付宝收款9999.00元' } }),
);
const forgedCommand = Buffer.from(encodeDownlink({ messageId: 667, sentAtMs: Date.now(), command: { commandId: 'forged', type: CommandType.COMMAND_TYPE_REBOOT } }));

/** Connects; `onMessage` listens from the start, so nothing delivered right after CONNACK is missed. */
function connectPeer(device: { deviceId: string; secret: string }, options: Partial<IClientOptions> = {}, onMessage?: (topic: string, payload: Buffer) => void): Promise<MqttClient> {
  const client = mqtt.connect(hub.url, { clientId: device.deviceId, username: device.deviceId, password: device.secret, protocolVersion: 4, reconnectPeriod: 0, clean: true, ...options });
  peers.push(client);
  if (onMessage) client.on('message', onMessage);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', reject);
  });
}

/** A victim screen that records, in order, the message id of everything the broker delivers to it. */
async function victim(device: { deviceId: string; secret: string }, options: Partial<IClientOptions> = {}): Promise<{ client: MqttClient; received: number[] }> {
  const received: number[] = [];
  const client = await connectPeer(device, options, (_topic, payload) => received.push(Number(decodeDownlink(payload).messageId)));
  return { client, received };
}

/**
 * Sends the victim one genuine downlink from the hub (message id 1000) and waits for it. The broker delivers a retained message at
 * SUBSCRIBE and an offline queue at CONNECT, both before this: if anything forged was kept, it arrived first.
 */
// QoS 1 is at least once: a persistent session may get the genuine one twice (queued while its CONNECT
// completes, and live), so tests compare the set of message ids the screen received.
const distinct = (received: number[]) => [...new Set(received)];

async function genuineDownlinkArrives(deviceId: string, peer: { client: MqttClient; received: number[] }): Promise<void> {
  const arrived = new Promise<void>((resolve) => peer.client.once('message', () => resolve()));
  await hub.broker.sendDownlink(deviceId, { messageId: 1000, sentAtMs: Date.now(), welcome: { deviceId } });
  await arrived;
  while (!peer.received.includes(1000)) await new Promise((resolve) => setImmediate(resolve));
}

async function collect(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/** The parts of aedes' persistence (in memory here) a test reads: aedes' typings do not declare it. */
interface BrokerStore {
  createRetainedStream(pattern: string): AsyncIterable<unknown>;
  outgoingStream(client: { id: string }): AsyncIterable<unknown>;
  getWill(client: { id: string; brokerId: string }): Promise<unknown>;
  storeRetained(packet: object): Promise<void>;
}
const store = () => (hub.broker.aedes as unknown as { persistence: BrokerStore }).persistence;

/** Every retained message the broker holds, on any topic. */
const retained = () => collect(store().createRetainedStream('#'));
/** QoS 1 messages waiting for an offline screen with a persistent session. */
const queuedFor = (deviceId: string) => collect(store().outgoingStream({ id: deviceId }));

/** A persistent session for `device` subscribed to its down topic, then offline: what a powered-off screen leaves. */
async function leaveOfflineSession(device: { deviceId: string; secret: string }): Promise<void> {
  const client = await connectPeer(device, { clean: false });
  await client.subscribeAsync(downlinkTopic(device.deviceId), { qos: 1 });
  const offline = hub.nextPresence(device.deviceId, false);
  await client.endAsync();
  await offline;
}

// In memory (one hub process) and in Redis (several): what is never stored is the same.
describe.each(['memory', 'redis'] as const)('persistence in %s', (persistence) => {
  beforeEach(async () => {
    if (persistence === 'redis') redis ??= await startRedisServer();
    hub = await new BrokerFixture().start({}, persistence === 'redis' ? { redisUrl: `${redis!.url}/${++redisDb}` } : {});
  });

  describe('a forbidden publish is acknowledged and discarded, never kept', () => {
    it('a retained publish to another screen\'s down topic is not stored, nor delivered when that screen subscribes', async () => {
      const attacker = await connectPeer(hub.registry.add('screen-a'));
      const v = hub.registry.add('screen-v');
      await attacker.publishAsync(downlinkTopic('screen-v'), forgedPayResult, { qos: 1, retain: true });
      // A retained publish to its own up topic is no better: dropped, and not kept either.
      await attacker.publishAsync(uplinkTopic('screen-a'), Buffer.from([8, 1]), { qos: 1, retain: true });
      expect(await hub.metric('hub_mqtt_acl_denials_total', { action: 'publish' })).toBe(1);
      expect(await hub.metric('hub_mqtt_uplinks_dropped_total', { reason: 'retained' })).toBe(1);
      expect(attacker.connected).toBe(true);

      expect(await retained()).toEqual([]);
      const screen = await victim(v);
      await screen.client.subscribeAsync(downlinkTopic('screen-v'), { qos: 1 });
      await genuineDownlinkArrives('screen-v', screen);
      expect(distinct(screen.received)).toEqual([1000]);
    });

    it('a QoS 1 publish to the down topic of a screen that is offline with a persistent session is not queued for it', async () => {
      const w = hub.registry.add('screen-w');
      await leaveOfflineSession(w);
      const attacker = await connectPeer(hub.registry.add('screen-a'));
      await attacker.publishAsync(downlinkTopic('screen-w'), forgedCommand, { qos: 1 });
      await attacker.publishAsync(downlinkTopic('screen-w'), forgedPayResult, { qos: 1 });
      expect(await hub.metric('hub_mqtt_acl_denials_total', { action: 'publish' })).toBe(2);
      expect(await queuedFor('screen-w')).toEqual([]);

      // W comes back to its session: the broker delivers its queue at CONNECT, and there is nothing forged in it.
      const screen = await victim(w, { clean: false });
      expect(screen.client.connected).toBe(true);
      await genuineDownlinkArrives('screen-w', screen);
      expect(distinct(screen.received)).toEqual([1000]);
    });
  });

  describe('wills', () => {
    it('a will aimed at another screen\'s down topic is never stored, queued, retained or delivered', async () => {
      const v = hub.registry.add('screen-v');
      await leaveOfflineSession(v);
      const a = hub.registry.add('screen-a');
      const attacker = await connectPeer(a, { will: { topic: downlinkTopic('screen-v'), payload: forgedPayResult, qos: 1, retain: true } });
      // The screen is let in (its will stripped), and the broker holds no will for it.
      expect(attacker.connected).toBe(true);
      const willHeld = await store().getWill({ id: 'screen-a', brokerId: hub.broker.aedes.id });

      // Losing the connection without DISCONNECT is what fires a will.
      const offline = hub.nextPresence('screen-a', false);
      attacker.stream.destroy();
      await offline;

      expect(await retained()).toEqual([]);
      expect(await queuedFor('screen-v')).toEqual([]);
      const screen = await victim(v, { clean: false });
      await genuineDownlinkArrives('screen-v', screen);
      expect(distinct(screen.received)).toEqual([1000]);
      expect(willHeld).toBeFalsy();
      expect(await hub.metric('hub_mqtt_acl_denials_total', { action: 'will' })).toBe(1);
    });

    it('a will on the screen\'s own up topic is stripped too: it never reaches the hub as an uplink', async () => {
      const a = hub.registry.add('screen-a');
      const kinds: string[] = [];
      hub.events.on('uplink', (event) => event.identity.deviceId === 'screen-a' && kinds.push(event.kind));
      const heartbeat = Buffer.from(encodeUplink({ messageId: 1, heartbeat: { uptimeS: 1 } }));
      const client = await connectPeer(a, { will: { topic: uplinkTopic('screen-a'), payload: heartbeat, qos: 1, retain: false } });
      const offline = hub.nextPresence('screen-a', false);
      client.stream.destroy();
      await offline;
      // A second screen's heartbeat goes through the same dispatch after the will would have.
      const b = hub.screen(hub.registry.add('screen-b'));
      await b.connect();
      const next = hub.nextUplink('screen-b', (event) => event.kind === 'heartbeat');
      await b.sendHeartbeat();
      await next;
      expect(kinds).toEqual([]);
      expect(await hub.metric('hub_mqtt_acl_denials_total', { action: 'will' })).toBe(1);
    });
  });

  describe('what reaches a screen', () => {
    it('a retained message that got into the store anyway (a broker bug) is not forwarded to the screen', async () => {
      const v = hub.registry.add('screen-v');
      await store().storeRetained({ cmd: 'publish', topic: downlinkTopic('screen-v'), payload: forgedPayResult, qos: 1, retain: true, dup: false, brokerId: 'x', brokerCounter: 1 });
      // On Redis the stored message can take a moment to be found by topic: the test is about one that is there.
      for (const deadline = Date.now() + 5000; (await retained()).length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await retained()).toHaveLength(1);
      const screen = await victim(v);
      await screen.client.subscribeAsync(downlinkTopic('screen-v'), { qos: 1 });
      await genuineDownlinkArrives('screen-v', screen);
      // On Redis the retained message is read back after the live one may have arrived: wait until it was refused.
      const forwardDenials = () => hub.metric('hub_mqtt_acl_denials_total', { action: 'forward' });
      for (const deadline = Date.now() + 5000; (await forwardDenials()) === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await forwardDenials()).toBe(1);
      expect(distinct(screen.received)).toEqual([1000]);
    });
  });
});
