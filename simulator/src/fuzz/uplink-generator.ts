// Uplinks from provisioned screens over their own MQTT connections (QoS 1,
// each case waits for its PUBACK): the schema-built cases of
// uplink-arbitraries.ts, some re-signed so a hostile but well-formed payment
// reaches the payment path. The hub's answers to these screens are judged by
// their connections' DownlinkOracle like any other.
import { decodeUplink, signPayRequest, uplinkTopic } from '@screenhub/protocol';
import { wireType } from '@screenhub/protocol/wire-schema';
import type { FuzzGenerator } from './fuzz-runner.js';
import { encodeWire } from './protobuf-wire.js';
import { ScreenConnection, type CaseEnd, type ScreenCredentials } from './screen-connection.js';
import { uplinkCase, uplinkEdgeTable, type UplinkCase } from './uplink-arbitraries.js';

export interface UplinkGeneratorOptions {
  mqttUrl: string;
  /** The hostile screens, one per lane. */
  screens: ScreenCredentials[];
  localAddresses?: string[];
}

export function uplinkGenerator(options: UplinkGeneratorOptions): FuzzGenerator<UplinkCase> & { connections: ScreenConnection[]; sendEdgeTable(): Promise<Record<string, number>> } {
  const connections = options.screens.map((screen, lane) => new ScreenConnection(options.mqttUrl, screen, { silenceMs: 2000, localAddress: options.localAddresses?.[lane % options.localAddresses.length] }));
  const publish = (connection: ScreenConnection, payload: Uint8Array): Promise<CaseEnd> => connection.publish(uplinkTopic(connection.screen.id), payload);
  return {
    name: 'uplink-fields',
    lanes: connections.length,
    connections,
    arbitrary: uplinkCase(),
    async send(input, lane) {
      const connection = connections[lane]!;
      const payload = input.sign ? signPayments(input.payload, connection.screen) : input.payload;
      return publish(connection, payload);
    },
    /** Every field at every edge (uplink-arbitraries.ts' table), the same every run, spread over the lanes. */
    async sendEdgeTable() {
      const table = uplinkEdgeTable();
      const outcomes: Record<string, number> = {};
      await Promise.all(
        connections.map(async (connection, lane) => {
          for (let i = lane; i < table.length; i += connections.length) {
            const end = await publish(connection, table[i]!.payload);
            outcomes[end] = (outcomes[end] ?? 0) + 1;
          }
        }),
      );
      return outcomes;
    },
  };
}

/**
 * Signs a PayRequest or QrPayRequest body as the hub will read it (its decoded fields, signed now): a second
 * occurrence of the body field carrying `signed_at_ms` and `signature` is appended, which protobuf merges into the
 * first. Anything else is sent as it is.
 */
export function signPayments(payload: Uint8Array, screen: ScreenCredentials): Uint8Array {
  let message;
  try {
    message = decodeUplink(payload);
  } catch {
    return payload;
  }
  const kind = message.body === 'payRequest' || message.body === 'qrPayRequest' ? message.body : undefined;
  if (!kind) return payload;
  const body = message[kind]!;
  const signedAtMs = Date.now();
  const fields = {
    orderNo: body.orderNo ?? '',
    amountFen: body.amountFen ?? 0,
    currency: body.currency ?? '',
    authCode: kind === 'payRequest' ? ((body as { authCode?: string | null }).authCode ?? '') : '',
    signedAtMs,
  };
  const signature = signPayRequest(screen.id, fields, Buffer.from(screen.paymentKey, 'base64url'));
  const type = wireType(kind === 'payRequest' ? 'PayRequest' : 'QrPayRequest');
  const patch = encodeWire([
    { id: type.fields.signedAtMs!.id, value: { wire: 0, varint: BigInt(signedAtMs) } },
    { id: type.fields.signature!.id, value: { wire: 2, bytes: signature } },
  ]);
  const bodyField = wireType('Uplink').fields[kind]!.id;
  return Buffer.concat([payload, encodeWire([{ id: bodyField, value: { wire: 2, bytes: patch } }])]);
}
