// The broker over real TCP: authentication at CONNECT, the per-device ACL,
// garbage, oversized frames, floods, and presence.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uplinkTopic, downlinkTopic } from '@screenhub/protocol';
import { ConnectRefusedError } from '@screenhub/simulator';
import { BrokerFixture } from './support/broker-fixture.js';
import { RawMqttPeer } from './support/raw-mqtt.js';

let hub: BrokerFixture;

beforeEach(async () => {
  hub = await new BrokerFixture().start({ maxPacketBytes: 4096, uplinkRatePerSecond: 10, uplinkBurst: 20 });
});
afterEach(async () => {
  await hub.stop();
});

describe('authentication at CONNECT', () => {
  it('accepts the right secret and answers Hello with Welcome', async () => {
    const device = hub.registry.add('screen-1');
    const welcome = await hub.screen(device).connect();
    expect(welcome.deviceId).toBe('screen-1');
    expect(hub.broker.isConnected('screen-1')).toBe(true);
  });

  it.each([
    ['a wrong secret', (d: { deviceId: string; secret: string; paymentKey: string }) => ({ ...d, secret: 'not-the-secret' }), 4, 'bad_secret'],
    ['an unknown id', (d: { paymentKey: string }) => ({ deviceId: 'nobody', secret: 'whatever', paymentKey: d.paymentKey }), 4, 'unknown_device'],
  ])('refuses %s', async (_label, credentials, code, reason) => {
    const device = hub.registry.add('screen-1');
    const refused = hub.screen(credentials(device)).connect();
    await expect(refused).rejects.toBeInstanceOf(ConnectRefusedError);
    await expect(refused).rejects.toMatchObject({ returnCode: code });
    expect(await hub.metric('hub_mqtt_auth_failures_total', { reason })).toBe(1);
  });

  it('refuses a client id that differs from the username', async () => {
    const device = hub.registry.add('screen-1');
    hub.registry.add('screen-2');
    // screen-1's credentials, but claiming screen-2 as client id.
    const { peer, returnCode } = await RawMqttPeer.connect(hub.port, { ...device, clientId: 'screen-2' });
    peer.destroy();
    expect(returnCode).toBe(2);
    expect(hub.broker.isConnected('screen-2')).toBe(false);
  });

  it('refuses a blocked device with return code 5', async () => {
    const device = hub.registry.add('screen-1');
    hub.registry.devices.get('screen-1')!.blocked = true;
    await expect(hub.screen(device).connect()).rejects.toMatchObject({ returnCode: 5 });
  });

  it('disconnects a device on demand and reports it as kicked', async () => {
    const device = hub.registry.add('screen-1');
    await hub.screen(device).connect();
    const offline = hub.nextPresence('screen-1', false);
    expect(await hub.broker.disconnect('screen-1')).toBe(true);
    expect(await offline).toMatchObject({ reason: 'kicked' });
  });
});

describe('ACL: each device only its own topics', () => {
  it('drops a publish to another device\'s topic and keeps the connection', async () => {
    const attacker = hub.screen(hub.registry.add('screen-a'));
    const victim = hub.screen(hub.registry.add('screen-v'));
    await attacker.connect();
    await victim.connect();
    const victimHeard: string[] = [];
    hub.events.on('uplink', (e) => e.identity.deviceId === 'screen-v' && victimHeard.push(e.kind));

    await attacker.publishRaw(uplinkTopic('screen-v'), Buffer.from('spoofed'));
    await attacker.publishRaw(downlinkTopic('screen-v'), Buffer.from('spoofed'));
    await attacker.publishRaw('some/other/topic', Buffer.from('x'));
    expect(await hub.metric('hub_mqtt_acl_denials_total', { action: 'publish' })).toBe(3);
    expect(victimHeard).toEqual([]);

    // Still connected, and its own uplinks still count as its own.
    const own = hub.nextUplink('screen-a', (e) => e.kind === 'heartbeat');
    await attacker.sendHeartbeat();
    expect((await own).identity.deviceId).toBe('screen-a');
  });

  it('refuses subscriptions outside the own down topic, and those topics deliver nothing', async () => {
    const attacker = hub.screen(hub.registry.add('screen-a'));
    await attacker.connect();
    expect(await attacker.subscribeRaw('#')).toBe(128);
    expect(await attacker.subscribeRaw('dev/+/down')).toBe(128);
    expect(await attacker.subscribeRaw(downlinkTopic('screen-v'))).toBe(128);
    expect(await attacker.subscribeRaw(uplinkTopic('screen-a'))).toBe(128);
    expect(await hub.metric('hub_mqtt_acl_denials_total', { action: 'subscribe' })).toBe(4);

    const received: string[] = [];
    attacker.on('downlink', (m) => received.push(m.welcome?.deviceId ?? '?'));
    const firstDownlink = new Promise<void>((resolve) => attacker.once('downlink', () => resolve()));
    await hub.broker.sendDownlink('screen-v', { messageId: 9, welcome: { deviceId: 'screen-v' } });
    await hub.broker.sendDownlink('screen-a', { messageId: 10, welcome: { deviceId: 'screen-a' } });
    await firstDownlink;
    // The first downlink it receives is its own: the one to screen-v never came.
    expect(received).toEqual(['screen-a']);
  });
});

describe('bad input does not harm other screens', () => {
  it('counts and drops garbage payloads; the sender and others stay connected', async () => {
    const noisy = hub.screen(hub.registry.add('screen-noisy'));
    const quiet = hub.screen(hub.registry.add('screen-quiet'));
    await noisy.connect();
    await quiet.connect();
    for (const junk of [Buffer.from([0xff, 0xff, 0xff]), Buffer.from('{"json":"no"}'), Buffer.alloc(0)]) {
      await noisy.publishRaw(uplinkTopic('screen-noisy'), junk);
    }
    expect(await hub.metric('hub_mqtt_uplinks_dropped_total', { reason: 'undecodable' })).toBe(3);
    expect(noisy.connected).toBe(true);
    const heartbeat = hub.nextUplink('screen-quiet');
    await quiet.sendHeartbeat({ temperatureDc: 401 });
    expect((await heartbeat).message.heartbeat?.temperatureDc).toBe(401);
  });

  it('closes a connection that announces an oversized frame, before buffering it', async () => {
    const big = hub.screen(hub.registry.add('screen-big'));
    const quiet = hub.screen(hub.registry.add('screen-quiet'));
    await big.connect();
    await quiet.connect();
    const offline = hub.nextPresence('screen-big', false);
    big.publishRaw(uplinkTopic('screen-big'), Buffer.alloc(64 * 1024, 1)).catch(() => undefined);
    expect(await offline).toMatchObject({ reason: 'error' });
    const heartbeat = hub.nextUplink('screen-quiet');
    await quiet.sendHeartbeat();
    await heartbeat;
    expect(hub.broker.isConnected('screen-quiet')).toBe(true);
  });

  it('drops a flood above the rate limit without disconnecting anyone', async () => {
    const flooder = hub.screen(hub.registry.add('screen-flood'));
    const quiet = hub.screen(hub.registry.add('screen-quiet'));
    await flooder.connect();
    await quiet.connect();
    let delivered = 0;
    hub.events.on('uplink', (e) => e.identity.deviceId === 'screen-flood' && e.kind === 'heartbeat' && delivered++);
    await Promise.all(Array.from({ length: 300 }, () => flooder.sendHeartbeat()));
    // Burst of 20 plus whatever refilled while the flood was in flight.
    expect(delivered).toBeGreaterThanOrEqual(19);
    expect(delivered).toBeLessThan(150);
    expect(await hub.metric('hub_mqtt_uplinks_dropped_total', { reason: 'rate_limited' })).toBe(300 - delivered);
    expect(flooder.connected).toBe(true);
    const heartbeat = hub.nextUplink('screen-quiet');
    await quiet.sendHeartbeat();
    await heartbeat;
  });

  it('drops retained uplinks', async () => {
    const screen = hub.screen(hub.registry.add('screen-r'));
    await screen.connect();
    const mqttClient = (screen as unknown as { mqtt: import('mqtt').MqttClient }).mqtt;
    await mqttClient.publishAsync(uplinkTopic('screen-r'), Buffer.from([8, 1]), { qos: 1, retain: true });
    expect(await hub.metric('hub_mqtt_uplinks_dropped_total', { reason: 'retained' })).toBe(1);
  });
});

describe('presence', () => {
  it('reports online at connect and offline after a clean disconnect', async () => {
    const screen = hub.screen(hub.registry.add('screen-1'));
    const online = hub.nextPresence('screen-1', true);
    await screen.connect();
    expect(await online).toMatchObject({ identity: { deviceId: 'screen-1', tenantId: 'tenant-a' } });
    const offline = hub.nextPresence('screen-1', false);
    await screen.end();
    expect(await offline).toMatchObject({ reason: 'disconnect' });
  });

  it('reports offline when the socket is killed', async () => {
    const screen = hub.screen(hub.registry.add('screen-1'));
    await screen.connect();
    const offline = hub.nextPresence('screen-1', false);
    screen.kill();
    expect((await offline).online).toBe(false);
  });

  it('reports keepalive_timeout when a screen goes silent', async () => {
    const device = hub.registry.add('screen-1');
    const online = hub.nextPresence('screen-1', true);
    const { peer, returnCode } = await RawMqttPeer.connect(hub.port, device, 1);
    expect(returnCode).toBe(0);
    await online;
    const started = Date.now();
    const offline = await hub.nextPresence('screen-1', false);
    expect(offline).toMatchObject({ reason: 'keepalive_timeout' });
    // MQTT allows 1.5 keepalive periods.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    peer.destroy();
  });

  it('reports a takeover when the same id connects twice', async () => {
    const device = hub.registry.add('screen-1');
    await hub.screen(device).connect();
    const offline = hub.nextPresence('screen-1', false);
    const online = hub.nextPresence('screen-1', true);
    await hub.screen(device).connect();
    expect(await offline).toMatchObject({ reason: 'takeover' });
    await online;
    expect(hub.broker.connectedCount).toBe(1);
  });
});
