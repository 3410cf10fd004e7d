// A bare MQTT 3.1.1 connection over TCP for the fuzzer: writes whatever bytes
// it is given, and parses everything the broker sends back, so a test sees
// each answer (or that the broker closed, or stayed silent). The broker's
// answers must always parse: one that does not is itself a finding.
import net from 'node:net';
import mqttPacket, { type Packet } from 'mqtt-packet';

export type Answer = Packet | 'closed' | 'timeout';

export class RawMqttConnection {
  /** Everything the broker sent, parsed, in order. */
  readonly received: Packet[] = [];
  /** Set when the broker's bytes did not parse as MQTT. */
  malformedAnswer: string | undefined;
  private closedFlag = false;
  private readonly waiters = new Set<() => void>();
  private readonly listeners: Array<(packet: Packet) => void> = [];

  private constructor(private readonly socket: net.Socket) {
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    parser.on('packet', (packet: Packet) => {
      this.received.push(packet);
      for (const listener of this.listeners) listener(packet);
      this.wake();
    });
    parser.on('error', (err: Error) => {
      this.malformedAnswer ??= err.message;
      socket.destroy();
    });
    socket.on('data', (chunk) => parser.parse(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.closedFlag = true;
      this.wake();
    });
  }

  /** Opens a TCP connection to an mqtt:// URL. */
  static open(url: string, localAddress?: string): Promise<RawMqttConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: hostname, port: Number(port), noDelay: true, ...(localAddress ? { localAddress } : {}) });
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new RawMqttConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Called with every packet the broker sends from now on. */
  onPacket(listener: (packet: Packet) => void): void {
    this.listeners.push(listener);
  }

  write(bytes: Uint8Array): void {
    if (!this.closedFlag && !this.socket.destroyed) this.socket.write(bytes);
  }

  /** The first packet received from `from` on (an index into `received`) that `matches`; 'closed' or 'timeout' if none comes. */
  async next(matches: (packet: Packet) => boolean, timeoutMs: number, from = 0): Promise<Answer> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find(matches);
      if (found) return found;
      if (this.closedFlag) return 'closed';
      const left = deadline - performance.now();
      if (left <= 0) return 'timeout';
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
  }

  /** Resolves once the broker has closed the connection, or after `timeoutMs`; true if it closed. */
  async waitClosed(timeoutMs: number): Promise<boolean> {
    return (await this.next(() => false, timeoutMs)) === 'closed';
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }
}

/** mqtt-packet's encoder for 3.1.1 (or the version the packet asks for); throws for a packet it cannot write. */
export function encodePacket(packet: Packet, protocolVersion: 3 | 4 | 5 = 4): Buffer {
  return mqttPacket.generate(packet, { protocolVersion });
}
