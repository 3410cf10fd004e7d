// Closes a connection as soon as a frame header announces more than
// `maxPacketBytes`, before the body is buffered: aedes has no such option and
// would otherwise hold a 256 MB PUBLISH in memory. MQTT 3.1.1 has no way to
// refuse one packet, so the connection goes.
//
// This hooks mqtt-packet's `_parseLength` step, a private method: the broker
// tests send an oversized frame and fail if an upgrade changes it.
import type { Client } from 'aedes';

interface PacketParser {
  packet: { length: number };
  error: Error | null;
  _parseLength(): boolean;
  _emitError(error: Error): void;
}

export class FrameTooLargeError extends Error {
  override readonly name = 'FrameTooLargeError';
}

export function limitFrameSize(client: Client, maxPacketBytes: number): void {
  const parser = (client as unknown as { _parser?: PacketParser })._parser;
  if (!parser || typeof parser._parseLength !== 'function') {
    throw new Error('mqtt-packet parser layout changed: cannot enforce the frame size limit');
  }
  const parseLength = parser._parseLength;
  parser._parseLength = function parseLengthWithLimit(this: PacketParser): boolean {
    const complete = parseLength.call(this);
    if (complete && this.packet.length > maxPacketBytes) {
      this._emitError(new FrameTooLargeError(`frame of ${this.packet.length} bytes exceeds ${maxPacketBytes}`));
      return false;
    }
    return complete;
  };
}
