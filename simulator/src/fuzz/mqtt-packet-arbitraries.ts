// MQTT packets as a broken or hostile client sends them: valid packets made
// by mqtt-packet (the codec aedes itself parses with), then, half the time,
// mutated byte by byte. Before authentication: CONNECTs with every credential
// a stranger might try (including another screen's id), and whatever else a
// socket can carry first. After: everything a connected screen can send,
// aimed at its own topics, another screen's, wildcards and $SYS.
import fc from 'fast-check';
import { downlinkTopic, encodeDownlink, encodeUplink, PayStatus, uplinkTopic } from '@screenhub/protocol';
import type { Packet } from 'mqtt-packet';
import { applyMutations, byteMutations, type ByteMutation } from './byte-mutations.js';
import { describeBytes, describedAs } from './case-description.js';
import { hostileString } from './hostile-values.js';
import { oneTimeIn } from './now-and-then.js';
import { encodePacket } from './raw-mqtt-connection.js';

/** Who the hostile client is (a provisioned screen, its own secret) and whom it would like to be. */
export interface MqttIdentities {
  self: { id: string; secret: string };
  victimId: string;
}

export interface MqttCase {
  /** What the packet was meant to be, for the report; null for bytes that never were a packet. */
  packet: Packet | null;
  protocolVersion: 3 | 4 | 5;
  mutations: ByteMutation[] | null;
  bytes: Uint8Array;
  /** The CONNECT carried this screen's own id and secret: the broker may let it in. */
  ownCredentials: boolean;
}

const qos = fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>;
const messageId = fc.oneof(fc.integer({ min: 1, max: 65_535 }), fc.constantFrom(0, 1, 65_535));

/** Topics worth trying: its own, the victim's, wildcards, $SYS, empty levels, NUL, and any hostile text. */
function topic(ids: MqttIdentities): fc.Arbitrary<string> {
  const own = ids.self.id;
  const v = ids.victimId;
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        uplinkTopic(own),
        downlinkTopic(own),
        downlinkTopic(v),
        uplinkTopic(v),
        'dev/+/down',
        'dev/+/up',
        'dev/#',
        '#',
        '+',
        '+/+/+',
        `dev/${own}/#`,
        `dev/${own}/+`,
        `dev/${v}/#`,
        '$SYS/screenhub/kick',
        '$SYS/#',
        '$share/g/dev/+/down',
        '/',
        'dev//down',
        `dev/${own}/up/extra`,
        `dev/${own}/down/`,
        `dev/${own}\u0000/up`,
        `dev/${v}/down\u0000`,
        'a/'.repeat(40),
      ),
    },
    { weight: 1, arbitrary: hostileString(300).filter((t) => t.length > 0) },
  );
}

/** What a publish carries: junk, a real uplink, or a downlink forged for the victim (a payment that never happened). */
function payload(ids: MqttIdentities): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc.constant(Buffer.from(encodeUplink({ messageId: 1, sentAtMs: Date.now(), heartbeat: { uptimeS: 1 } }))),
    fc.constant(Buffer.from(encodeDownlink({ messageId: 666, sentAtMs: Date.now(), payResult: { orderNo: `FORGED-${ids.victimId}`, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 999_900, speech: '支付宝收款9999.00元' } }))),
  );
}

function connectPacket(ids: MqttIdentities): fc.Arbitrary<{ packet: Packet; own: boolean; protocolVersion: 3 | 4 | 5 }> {
  const credentials = fc.oneof(
    fc.constant({ clientId: ids.self.id, username: ids.self.id as string | undefined, password: Buffer.from(ids.self.secret) as Buffer | undefined, own: true }),
    // The victim's id with a wrong secret, or none: a takeover attempt.
    fc.record({ clientId: fc.constant(ids.victimId), username: fc.constant(ids.victimId as string | undefined), password: fc.option(fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)), { nil: undefined }), own: fc.constant(false) }),
    // Its own secret, under another name.
    fc.record({ clientId: fc.constantFrom(ids.victimId, '', 'x'.repeat(65), '+', '#'), username: fc.constant(ids.self.id as string | undefined), password: fc.constant(Buffer.from(ids.self.secret) as Buffer | undefined), own: fc.constant(false) }),
    fc.record({ clientId: hostileString(100), username: fc.option(hostileString(100), { nil: undefined }), password: fc.option(fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)), { nil: undefined }), own: fc.constant(false) }),
  );
  const will = oneTimeIn(4, fc.record({ topic: topic(ids), payload: payload(ids), qos, retain: fc.boolean() }), undefined);
  return fc
    .record({
      credentials,
      protocolVersion: fc.constantFrom(4, 4, 4, 3, 5) as fc.Arbitrary<3 | 4 | 5>,
      clean: fc.boolean(),
      // Mostly one the broker takes, so that the credentials are what gets judged; now and then its edges.
      keepalive: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(1, 30, 60, 1200) }, { weight: 1, arbitrary: fc.constantFrom(0, 1201, 65_535) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 65_535 }) }),
      will,
      sessionExpiry: oneTimeIn(2, fc.constantFrom(0, 1, 0xffffffff), undefined),
    })
    .map(({ credentials: { own, username, password, clientId }, protocolVersion, clean, keepalive, will, sessionExpiry }) => ({
      own,
      protocolVersion,
      packet: {
        cmd: 'connect',
        protocolId: protocolVersion === 3 ? 'MQIsdp' : 'MQTT',
        protocolVersion,
        clientId,
        clean,
        keepalive,
        ...(username !== undefined ? { username } : {}),
        ...(password !== undefined ? { password } : {}),
        ...(will ? { will } : {}),
        ...(protocolVersion === 5 && sessionExpiry !== undefined ? { properties: { sessionExpiryInterval: sessionExpiry } } : {}),
      } as Packet,
    }));
}

/** Any packet a connected client can send (and some only a server should). */
function sessionPacket(ids: MqttIdentities): fc.Arbitrary<Packet> {
  const t = topic(ids);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ cmd: fc.constant('publish' as const), topic: t, payload: payload(ids), qos, retain: fc.boolean(), dup: fc.boolean(), messageId }) },
    { weight: 4, arbitrary: fc.record({ cmd: fc.constant('subscribe' as const), messageId, subscriptions: fc.array(fc.record({ topic: t, qos }), { minLength: 1, maxLength: 4 }) }) },
    { weight: 2, arbitrary: fc.record({ cmd: fc.constant('unsubscribe' as const), messageId, unsubscriptions: fc.array(t, { minLength: 1, maxLength: 4 }) }) },
    { weight: 2, arbitrary: fc.record({ cmd: fc.constantFrom('puback' as const, 'pubrec' as const, 'pubrel' as const, 'pubcomp' as const), messageId }) },
    { weight: 1, arbitrary: fc.constantFrom({ cmd: 'pingreq' as const }, { cmd: 'disconnect' as const }, { cmd: 'pingresp' as const }) },
    { weight: 1, arbitrary: fc.record({ cmd: fc.constant('connack' as const), returnCode: fc.integer({ min: 0, max: 255 }), sessionPresent: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ cmd: fc.constant('suback' as const), messageId, granted: fc.array(fc.constantFrom(0, 1, 2, 128), { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: connectPacket(ids).map((c) => c.packet) },
  ) as fc.Arbitrary<Packet>;
}

/** Valid half the time, mutated the other half. */
const maybeMutations = fc.option(byteMutations(), { nil: null, freq: 2 });

function framed(packet: Packet, protocolVersion: 3 | 4 | 5, mutations: ByteMutation[] | null): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = encodePacket(packet, protocolVersion);
  } catch {
    // mqtt-packet refuses a few shapes (a topic it cannot write): send what a naive client would, its JSON.
    bytes = Buffer.from(JSON.stringify(packet));
  }
  return mutations ? applyMutations(bytes, mutations) : bytes;
}

const described = (c: MqttCase): MqttCase =>
  describedAs(c, ({ packet, mutations, bytes }) => `{ ${packet ? `${packet.cmd}${mutations ? ` mutated ${JSON.stringify(mutations.map((m) => m.op))}` : ''}` : 'bytes'}: ${describeBytes(bytes)} }`);

/** What a socket carries first, before any CONNECT was accepted. */
export function beforeAuthCase(ids: MqttIdentities): fc.Arbitrary<MqttCase> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 512 }).map((bytes): MqttCase => ({ packet: null, protocolVersion: 4, mutations: null, bytes, ownCredentials: false })) },
    {
      weight: 5,
      arbitrary: fc.tuple(connectPacket(ids), maybeMutations).map(([c, mutations]): MqttCase => ({ packet: c.packet, protocolVersion: c.protocolVersion, mutations, bytes: framed(c.packet, c.protocolVersion, mutations), ownCredentials: c.own })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(sessionPacket(ids), maybeMutations).map(([packet, mutations]): MqttCase => ({ packet, protocolVersion: 4, mutations, bytes: framed(packet, 4, mutations), ownCredentials: packet.cmd === 'connect' && packet.username === ids.self.id })),
    },
  ).map(described);
}

/** What a connected screen sends next. */
export function afterAuthCase(ids: MqttIdentities): fc.Arbitrary<MqttCase> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((bytes): MqttCase => ({ packet: null, protocolVersion: 4, mutations: null, bytes, ownCredentials: false })) },
    {
      weight: 8,
      arbitrary: fc.tuple(sessionPacket(ids), maybeMutations).map(([packet, mutations]): MqttCase => ({ packet, protocolVersion: 4, mutations, bytes: framed(packet, 4, mutations), ownCredentials: false })),
    },
  ).map(described);
}
