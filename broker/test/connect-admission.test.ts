// A process bounds the CONNECT handshakes it works on at once, and those it
// begins each second: past either bound a screen is told "server unavailable"
// (CONNACK 3) before any lookup, and it comes back with backoff once the hub
// has room.
import { once } from 'node:events';
import net from 'node:net';
import mqttPacket from 'mqtt-packet';
import { afterEach, expect, it } from 'vitest';
import { BrokerFixture } from './support/broker-fixture.js';
import { RawMqttPeer } from './support/raw-mqtt.js';

let hub: BrokerFixture;
afterEach(async () => hub.stop());

/** Holds every device lookup until the returned function is called. */
function holdLookups(fixture: BrokerFixture): () => void {
  let release!: () => void;
  fixture.registry.gate = new Promise<void>((resolve) => (release = resolve));
  return () => {
    fixture.registry.gate = undefined;
    release();
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

it('answers CONNACK 3 at once past maxConnecting, without a lookup, and gives the place back when a handshake ends', async () => {
  hub = await new BrokerFixture().start({ maxConnecting: 1 });
  const first = hub.registry.add('screen-1');
  const second = hub.registry.add('screen-2');
  const release = holdLookups(hub);

  const firstIn = RawMqttPeer.connect(hub.port, first);
  await until(() => hub.registry.verifications === 1);
  const refused = await RawMqttPeer.connect(hub.port, second);
  expect(refused.returnCode).toBe(3);
  await refused.peer.closed();
  expect(hub.registry.verifications).toBe(1);
  expect(await hub.metric('hub_mqtt_auth_failures_total', { reason: 'overloaded' })).toBe(1);

  release();
  const accepted = await firstIn;
  expect(accepted.returnCode).toBe(0);
  // The first handshake is over (CONNACK sent): its place is free again.
  const secondIn = await RawMqttPeer.connect(hub.port, second);
  expect(secondIn.returnCode).toBe(0);
  accepted.peer.destroy();
  secondIn.peer.destroy();
});

it('gives the place back when a screen hangs up during its handshake', async () => {
  hub = await new BrokerFixture().start({ maxConnecting: 1 });
  const first = hub.registry.add('screen-1');
  const second = hub.registry.add('screen-2');
  const release = holdLookups(hub);
  const socket = net.connect(hub.port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: first.deviceId, username: first.deviceId, password: Buffer.from(first.secret), keepalive: 30 }));
  await until(() => hub.registry.verifications === 1);
  expect(await hub.metric('hub_mqtt_connecting')).toBe(1);
  // The screen gives up (its CONNACK timeout) while the lookup is still running: the place comes back at once.
  socket.destroy();
  while ((await hub.metric('hub_mqtt_connecting')) !== 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const next = RawMqttPeer.connect(hub.port, second);
  await until(() => hub.registry.verifications === 2);
  release();
  expect((await next).returnCode).toBe(0);
  (await next).peer.destroy();
});

it('a screen told "server unavailable" retries with backoff and gets in once the hub has room', async () => {
  hub = await new BrokerFixture().start({ maxConnecting: 1 });
  const busy = hub.registry.add('screen-1');
  const patient = hub.registry.add('screen-2');
  const release = holdLookups(hub);
  const busyIn = RawMqttPeer.connect(hub.port, busy);
  await until(() => hub.registry.verifications === 1);

  const screen = hub.screen(patient, { reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
  const errors: Error[] = [];
  screen.on('error', (err) => errors.push(err));
  const welcome = screen.connect();
  await until(() => errors.length >= 2);
  expect(errors.every((err) => /server unavailable/.test(err.message))).toBe(true);

  release();
  expect((await welcome).deviceId).toBe('screen-2');
  (await busyIn).peer.destroy();
});

it('past maxConnectRate, answers CONNACK 3 without a lookup until the next token, and counts it apart', async () => {
  hub = await new BrokerFixture().start({ maxConnectRate: 1 });
  const screens = [1, 2, 3, 4].map((i) => hub.registry.add(`screen-${i}`));
  // One a second: of three at once, one gets in (a second if the three took over a second to arrive).
  const began = performance.now();
  const storm = await Promise.all(screens.slice(0, 3).map((screen) => RawMqttPeer.connect(hub.port, screen)));
  const tokens = 1 + Math.floor((performance.now() - began) / 1000);
  const admitted = storm.filter((r) => r.returnCode === 0).length;
  const refused = storm.filter((r) => r.returnCode === 3).length;
  expect(admitted + refused).toBe(3);
  expect(admitted).toBeGreaterThanOrEqual(1);
  expect(admitted).toBeLessThanOrEqual(tokens);
  // Refused before any lookup, and counted as the rate's.
  expect(hub.registry.verifications).toBe(admitted);
  expect(await hub.metric('hub_mqtt_auth_failures_total', { reason: 'connect_rate' })).toBe(refused);
  // A second later there is a token again.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const later = await RawMqttPeer.connect(hub.port, screens[3]!);
  expect(later.returnCode).toBe(0);
  for (const r of [...storm, later]) r.peer.destroy();
});
