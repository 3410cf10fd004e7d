// The two MQTT generators: raw bytes on fresh sockets before any CONNECT was
// accepted, and hostile packets on provisioned screens' live connections.
// Each case is judged as it ends: the broker's answers parse, nothing but a
// CONNACK comes first, no one but the screen itself gets in with its
// credentials, a subscription outside its own down topic is refused, and every
// PUBLISH it receives is its own, signed by the hub.
import type { Packet } from 'mqtt-packet';
import { downlinkTopic } from '@screenhub/protocol';
import { DownlinkOracle } from './downlink-oracle.js';
import { OracleFailure, type FuzzGenerator } from './fuzz-runner.js';
import { afterAuthCase, beforeAuthCase, type MqttCase } from './mqtt-packet-arbitraries.js';
import { splitAtLastFrame } from './mqtt-frames.js';
import { encodePacket, RawMqttConnection } from './raw-mqtt-connection.js';
import { ScreenConnection, type ScreenCredentials } from './screen-connection.js';

export interface MqttGeneratorOptions {
  mqttUrl: string;
  /** The hostile screens, one per lane; their own secrets and payment keys. */
  screens: ScreenCredentials[];
  /** Whose identity they would like to take. */
  victimId: string;
  /** How long a case waits for the broker to answer or close before it counts as silent, ms (a case that ends inside a frame does not wait). */
  silenceMs?: number;
  /** Source addresses to spread sockets over (127.0.0.0/8), so a long run does not exhaust one address's ports. */
  localAddresses?: string[];
}

const PINGREQ = encodePacket({ cmd: 'pingreq' });

const laneAddress = (options: MqttGeneratorOptions, lane: number, n = 0) => options.localAddresses?.[(lane + n) % options.localAddresses.length];

/** Fresh sockets, one case each: what a stranger can do before it is let in. */
export function mqttBeforeAuthGenerator(options: MqttGeneratorOptions, lanes = 16): FuzzGenerator<MqttCase> {
  const self = options.screens[0]!;
  const silenceMs = options.silenceMs ?? 2000;
  let opened = 0;
  return {
    name: 'mqtt-before-auth',
    lanes,
    arbitrary: beforeAuthCase({ self: { id: self.id, secret: self.secret }, victimId: options.victimId }),
    async send(input, lane) {
      const connection = await RawMqttConnection.open(options.mqttUrl, laneAddress(options, lane, opened++));
      const oracle = new DownlinkOracle(self.id, self.paymentKey);
      connection.onPacket((packet) => oracle.check(packet));
      try {
        const [whole, unfinished] = splitAtLastFrame(input.bytes);
        let end: 'closed' | 'unfinished' | 'silent' = 'unfinished';
        if (whole.length > 0) {
          connection.write(whole);
          // The broker answers a CONNECT or closes; once it let the client in, a PINGREQ shows the rest was handled.
          const connack = await connection.next((p) => p.cmd === 'connack', silenceMs);
          if (typeof connack !== 'string' && connack.cmd === 'connack' && connack.returnCode === 0) {
            connection.write(PINGREQ);
            const pong = await connection.next((p) => p.cmd === 'pingresp', silenceMs);
            end = pong === 'closed' ? 'closed' : pong === 'timeout' ? 'silent' : 'unfinished';
          } else if (connack === 'timeout') end = 'silent';
          else end = (await connection.waitClosed(silenceMs)) ? 'closed' : 'silent';
        }
        connection.write(unfinished);
        if (connection.malformedAnswer) throw new OracleFailure(`the broker answered with bytes that are not MQTT: ${connection.malformedAnswer}`);
        const [first] = connection.received;
        if (first && first.cmd !== 'connack') throw new OracleFailure(`the broker's first answer was ${first.cmd}, not CONNACK`);
        const accepted = connection.received.some((p) => p.cmd === 'connack' && p.returnCode === 0);
        if (accepted && !input.ownCredentials) throw new OracleFailure('the broker accepted a CONNECT that did not carry the screen\'s own id and secret');
        if (oracle.violations[0]) throw new OracleFailure(oracle.violations[0]);
        const label = input.packet ? `${input.packet.cmd}${input.mutations ? ' mutated' : ''}` : 'bytes';
        if (accepted) return `${label}: accepted`;
        if (first?.cmd === 'connack') return `${label}: refused ${first.returnCode}`;
        return `${label}: ${end}`;
      } finally {
        connection.destroy();
      }
    },
  };
}

/** Provisioned screens' own connections (reopened when the broker closes one): what a screen can do once it is in. */
export function mqttAfterAuthGenerator(options: MqttGeneratorOptions): FuzzGenerator<MqttCase> & { connections: ScreenConnection[] } {
  const connections = options.screens.map((screen, lane) => new ScreenConnection(options.mqttUrl, screen, { silenceMs: options.silenceMs ?? 2000, localAddress: laneAddress(options, lane) }));
  return {
    name: 'mqtt-after-auth',
    lanes: connections.length,
    connections,
    // One arbitrary for every lane, written as the first hostile screen: on lane 0 "its own topics" are its own, on
    // the other lanes they are another screen's, which is one more kind of stranger to aim at.
    arbitrary: afterAuthCase({ self: { id: options.screens[0]!.id, secret: options.screens[0]!.secret }, victimId: options.victimId }),
    async send(input, lane) {
      const connection = connections[lane]!;
      const { end, answers } = await connection.sendRaw(input.bytes);
      if (!input.mutations && input.packet?.cmd === 'subscribe') checkSuback(input.packet, answers, connection.screen.id);
      return `${input.packet ? `${input.packet.cmd}${input.mutations ? ' mutated' : ''}` : 'bytes'}: ${end}`;
    },
  };
}

/** A SUBACK grants nothing but the screen's own down topic. */
function checkSuback(packet: Extract<Packet, { cmd: 'subscribe' }>, answers: Packet[], deviceId: string): void {
  const suback = answers.find((p): p is Extract<Packet, { cmd: 'suback' }> => p.cmd === 'suback' && p.messageId === packet.messageId);
  if (!suback) return;
  // aedes answers a SUBSCRIBE that names a filter twice with one code per distinct filter (MQTT 3.1.1 wants one per
  // filter, in order): the codes are then read against the distinct filters, in the order they first appear.
  const filters = packet.subscriptions.map((s) => s.topic);
  const answered = suback.granted.length === filters.length ? filters : [...new Set(filters)];
  answered.forEach((filter, i) => {
    const granted = suback.granted[i];
    const code = typeof granted === 'number' ? granted : (granted as { qos?: number } | undefined)?.qos;
    if (filter !== downlinkTopic(deviceId) && code !== undefined && code !== 128) {
      throw new OracleFailure(`screen ${deviceId} was granted QoS ${code} on ${JSON.stringify(filter)}`);
    }
  });
}
