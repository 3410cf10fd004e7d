// A provisioned screen's own MQTT connection, held open by the fuzzer and
// opened again whenever a hostile packet made the broker close it. Every
// PUBLISH the broker hands it is judged by a DownlinkOracle; each case ends
// with a PINGREQ whose PINGRESP says the broker has handled what came before
// (it handles a connection's packets in order).
import { downlinkTopic } from '@screenhub/protocol';
import type { Packet } from 'mqtt-packet';
import { DownlinkOracle } from './downlink-oracle.js';
import { splitAtLastFrame } from './mqtt-frames.js';
import { encodePacket, RawMqttConnection } from './raw-mqtt-connection.js';
import { OracleFailure } from './fuzz-runner.js';

export interface ScreenCredentials {
  id: string;
  secret: string;
  paymentKey: string;
}

/**
 * How a case ended on the connection: handled (the PINGRESP after it came), closed by the broker, unfinished (its
 * last frame was cut short, so the connection was dropped after the whole ones were handled), or silent (the broker
 * neither answered nor closed in time).
 */
export type CaseEnd = 'handled' | 'closed' | 'unfinished' | 'silent';

const PINGREQ = encodePacket({ cmd: 'pingreq' });
/** Long enough for a loaded hub to answer a PINGREQ; a frame left unfinished is given up after it. */
const ANSWER_TIMEOUT_MS = 2000;

export class ScreenConnection {
  readonly oracle: DownlinkOracle;
  private connection: RawMqttConnection | undefined;
  private nextMessageId = 1;
  /** Connections the broker closed and this one opened again. */
  reconnects = 0;

  constructor(
    private readonly mqttUrl: string,
    readonly screen: ScreenCredentials,
    private readonly options: { silenceMs: number; localAddress?: string } = { silenceMs: ANSWER_TIMEOUT_MS },
  ) {
    this.oracle = new DownlinkOracle(screen.id, screen.paymentKey);
  }

  /** Connected (again, if the broker closed it) and subscribed to its own down topic. */
  async ready(): Promise<RawMqttConnection> {
    if (this.connection && !this.connection.closed) return this.connection;
    if (this.connection) this.reconnects++;
    const connection = await RawMqttConnection.open(this.mqttUrl, this.options.localAddress);
    connection.onPacket((packet) => this.onPacket(connection, packet));
    connection.write(encodePacket({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clientId: this.screen.id, username: this.screen.id, password: Buffer.from(this.screen.secret), clean: true, keepalive: 600 }));
    const connack = await connection.next((p) => p.cmd === 'connack', ANSWER_TIMEOUT_MS * 5);
    if (typeof connack === 'string' || connack.cmd !== 'connack' || connack.returnCode !== 0) {
      connection.destroy();
      throw new Error(`screen ${this.screen.id} could not connect: ${typeof connack === 'string' ? connack : `CONNACK ${(connack as { returnCode?: number }).returnCode}`}`);
    }
    const messageId = this.messageId();
    connection.write(encodePacket({ cmd: 'subscribe', messageId, subscriptions: [{ topic: downlinkTopic(this.screen.id), qos: 1 }] }));
    await connection.next((p) => p.cmd === 'suback' && p.messageId === messageId, ANSWER_TIMEOUT_MS * 5);
    this.connection = connection;
    return connection;
  }

  /**
   * Sends `bytes` as they are: the whole frames first, then a PINGREQ whose PINGRESP says the broker handled them
   * (or it closes); then an unfinished last frame, if any, after which the connection is dropped (the broker would
   * only wait for the rest). Resolves with how the case ended and what the broker sent meanwhile.
   */
  async sendRaw(bytes: Uint8Array): Promise<{ end: CaseEnd; answers: Packet[] }> {
    const connection = await this.ready();
    const seen = this.oracle.violations.length;
    const from = connection.received.length;
    const [whole, unfinished] = splitAtLastFrame(bytes);
    connection.write(whole);
    connection.write(PINGREQ);
    const answer = await connection.next((p) => p.cmd === 'pingresp', this.options.silenceMs, from);
    this.throwViolations(connection, seen);
    // The connection lives for the whole run: what this case's answers were is all that is kept.
    const answers = connection.received.splice(0).slice(from);
    if (answer === 'closed') return { end: 'closed', answers };
    if (answer === 'timeout' || unfinished.length > 0) {
      connection.write(unfinished);
      connection.destroy();
      return { end: answer === 'timeout' ? 'silent' : 'unfinished', answers };
    }
    return { end: 'handled', answers };
  }

  /** Publishes `payload` with QoS 1 to `topic` and waits for its PUBACK: 'handled', or 'closed' / 'silent'. */
  async publish(topic: string, payload: Uint8Array): Promise<CaseEnd> {
    const connection = await this.ready();
    const seen = this.oracle.violations.length;
    const messageId = this.messageId();
    const from = connection.received.length;
    connection.write(encodePacket({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, messageId, retain: false, dup: false }));
    const answer = await connection.next((p) => p.cmd === 'puback' && p.messageId === messageId, ANSWER_TIMEOUT_MS, from);
    this.throwViolations(connection, seen);
    connection.received.splice(0);
    if (answer === 'timeout') {
      connection.destroy();
      return 'silent';
    }
    return answer === 'closed' ? 'closed' : 'handled';
  }

  close(): void {
    this.connection?.destroy();
  }

  private onPacket(connection: RawMqttConnection, packet: Packet): void {
    this.oracle.check(packet);
    // Acknowledge the hub's QoS 1 downlinks as a screen would, so none wait in flight.
    if (packet.cmd === 'publish' && packet.qos === 1 && packet.messageId !== undefined) connection.write(encodePacket({ cmd: 'puback', messageId: packet.messageId }));
  }

  /** Fails the case for what arrived while it ran (violations past the first `seen`). */
  private throwViolations(connection: RawMqttConnection, seen: number): void {
    const violation = this.oracle.violations[seen];
    if (violation) throw new OracleFailure(violation);
    if (connection.malformedAnswer) throw new OracleFailure(`the broker sent bytes that are not MQTT: ${connection.malformedAnswer}`);
  }

  private messageId(): number {
    const id = this.nextMessageId;
    this.nextMessageId = (this.nextMessageId % 65_535) + 1;
    return id;
  }
}
