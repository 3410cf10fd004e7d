// Encoding and decoding of the two envelopes, with the body kind made explicit
// so callers can switch on it and TypeScript narrows the body.
import './int64-as-number.js';
import { hub } from './generated/hub.js';

export const { Uplink, Downlink, Hello, Heartbeat, Welcome, NetworkType, PayRequest, PayResult, PayStatus, CommandType, CommandStatus, OtaState, AdSchedule, AdKind, PlayTrigger } = hub.v1;

export type UplinkProps = hub.v1.Uplink.$Properties;
export type DownlinkProps = hub.v1.Downlink.$Properties;
export type HelloBody = hub.v1.Hello.$Shape;
export type HeartbeatBody = hub.v1.Heartbeat.$Shape;
export type WelcomeBody = hub.v1.Welcome.$Shape;
export type PayRequestBody = hub.v1.PayRequest.$Shape;
export type PayResultBody = hub.v1.PayResult.$Shape;
export type QrPayRequestBody = hub.v1.QrPayRequest.$Shape;
export type QrCodeBody = hub.v1.QrCode.$Shape;
export type CommandBody = hub.v1.Command.$Shape;
export type CommandResultBody = hub.v1.CommandResult.$Shape;
export type ConfigUpdateBody = hub.v1.ConfigUpdate.$Shape;
export type ConfigReportBody = hub.v1.ConfigReport.$Shape;
export type OtaOfferBody = hub.v1.OtaOffer.$Shape;
export type OtaStatusBody = hub.v1.OtaStatus.$Shape;
export type AdScheduleBody = hub.v1.AdSchedule.$Shape;
export type ReconnectBody = hub.v1.Reconnect.$Shape;
export type AdScheduleAckBody = hub.v1.AdScheduleAck.$Shape;
export type PlayProofBatchBody = hub.v1.PlayProofBatch.$Shape;
export type PlayProofBody = hub.v1.PlayProof.$Shape;
export type PlayProofsAckBody = hub.v1.PlayProofsAck.$Shape;

/** Every uplink body kind, as named in the `oneof body`. */
export type UplinkKind = NonNullable<hub.v1.Uplink['body']>;
export type DownlinkKind = NonNullable<hub.v1.Downlink['body']>;

export type DecodedUplink = hub.v1.Uplink & hub.v1.Uplink.$Shape;
export type DecodedDownlink = hub.v1.Downlink & hub.v1.Downlink.$Shape;

/** Thrown for bytes that are not a valid envelope, or an envelope with no body. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

export function encodeUplink(message: UplinkProps): Uint8Array {
  return Uplink.encode(message).finish();
}

export function encodeDownlink(message: DownlinkProps): Uint8Array {
  return Downlink.encode(message).finish();
}

/**
 * Decodes an uplink. An envelope without a known body (garbage that happens to
 * parse, or a body kind newer than this hub) is a ProtocolError too: the hub
 * cannot act on it.
 */
export function decodeUplink(bytes: Uint8Array): DecodedUplink & { body: UplinkKind } {
  const message = decodeOrThrow(() => Uplink.decode(bytes));
  if (!message.body) throw new ProtocolError('uplink has no known body');
  return message as DecodedUplink & { body: UplinkKind };
}

export function decodeDownlink(bytes: Uint8Array): DecodedDownlink & { body: DownlinkKind } {
  const message = decodeOrThrow(() => Downlink.decode(bytes));
  if (!message.body) throw new ProtocolError('downlink has no known body');
  return message as DecodedDownlink & { body: DownlinkKind };
}

function decodeOrThrow<T>(decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    throw new ProtocolError(`undecodable envelope: ${(err as Error).message}`);
  }
}

/** The body kind of a downlink being built (the oneof member that is set). */
export function downlinkKindOf(message: DownlinkProps): DownlinkKind | undefined {
  return new Downlink(message).body;
}
