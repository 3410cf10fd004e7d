// A bare TCP MQTT peer that sends exactly the packets a test gives it: for
// behaviour a well-behaved client library will not produce (silence past the
// keepalive, oversized frames).
import net from 'node:net';
import { once } from 'node:events';
import mqttPacket from 'mqtt-packet';

export class RawMqttPeer {
  private constructor(readonly socket: net.Socket, private readonly parser: ReturnType<typeof mqttPacket.parser>) {}

  static async connect(port: number, credentials: { deviceId: string; secret: string; clientId?: string }, keepalive = 30): Promise<{ peer: RawMqttPeer; returnCode: number }> {
    const socket = net.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    const peer = new RawMqttPeer(socket, parser);
    socket.on('data', (chunk) => parser.parse(chunk));
    const connack = new Promise<mqttPacket.IConnackPacket>((resolve) => parser.once('packet', resolve));
    peer.send({
      cmd: 'connect',
      protocolId: 'MQTT',
      protocolVersion: 4,
      clean: true,
      clientId: credentials.clientId ?? credentials.deviceId,
      username: credentials.deviceId,
      password: Buffer.from(credentials.secret),
      keepalive,
    });
    const packet = await connack;
    return { peer, returnCode: packet.returnCode ?? -1 };
  }

  send(packet: mqttPacket.Packet): void {
    this.socket.write(mqttPacket.generate(packet));
  }

  /** Resolves when the broker closes the connection. */
  closed(): Promise<unknown> {
    return this.socket.closed ? Promise.resolve() : once(this.socket, 'close');
  }

  destroy(): void {
    this.socket.destroy();
  }
}
