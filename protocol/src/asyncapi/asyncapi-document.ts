// The screens' MQTT interface as an AsyncAPI 3 document, built from
// device.proto (every message, field and enum with its comment:
// proto-json-schema.ts) and from what the .proto cannot say (the QoS and the
// answers of each body: screen-interface.ts; the hub's limits: the caller's
// settings). The hub serves it at /docs/asyncapi.json; CI parses it with
// @asyncapi/parser. Written from the hub's side: it receives uplinks, sends downlinks.
import { DOWNLINK_BODIES, UPLINK_BODIES, type BodyFacts } from './screen-interface.js';
import { documentedProto, protoSchemas, type JsonSchema } from './proto-json-schema.js';
import type protobuf from 'protobufjs';

/** Where the hub listens and the limits it holds screens to (from the hub's configuration). */
export interface ScreenInterfaceSettings {
  version: string;
  servers: Array<{ name: string; host: string; protocol: 'mqtt' | 'mqtts' | 'ws' | 'wss'; pathname?: string; description: string }>;
  heartbeatIntervalS: number;
  uplinkRatePerS: number;
  uplinkBurst: number;
  maxPacketBytes: number;
  maxKeepaliveS: number;
  payMaxSkewMs: number;
}

const BINDING_VERSION = '0.2.0';
const pascal = (snake: string) => snake.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const channelMessage = (channel: string, body: string) => ({ $ref: `#/channels/${channel}/messages/${body}` });

/** The envelope with one body set: what one message of this kind is on the wire. */
function envelopePayload(envelope: protobuf.Type, body: string): JsonSchema {
  const plain = envelope.fieldsArray.filter((f) => !f.partOf);
  const properties = Object.fromEntries(plain.map((f) => [f.name, { $ref: `#/components/schemas/${envelope.name}/properties/${f.name}` }]));
  properties[body] = { $ref: `#/components/schemas/${envelope.name}/properties/${body}` };
  return { type: 'object', properties, required: [body], 'x-protobuf-message': `hub.v1.${envelope.name}` };
}

function bodiesOf(envelope: protobuf.Type): string[] {
  const oneof = envelope.oneofsArray.find((o) => o.name === 'body');
  if (!oneof) throw new Error(`${envelope.name} has no oneof body`);
  return oneof.fieldsArray.map((f) => f.name);
}

/** Every body of `envelope` with its facts; a body without facts is a mistake this throws on. */
function factsOf(envelope: protobuf.Type, table: Record<string, BodyFacts>): Array<[string, BodyFacts]> {
  return bodiesOf(envelope).map((body) => {
    const facts = table[body];
    if (!facts) throw new Error(`${envelope.name}.${body} is not described in screen-interface.ts`);
    return [body, facts];
  });
}

function message(envelope: protobuf.Type, body: string, facts: BodyFacts): JsonSchema {
  const field = envelope.fields[body]!;
  return {
    name: pascal(body),
    title: field.resolvedType?.name ?? pascal(body),
    summary: facts.summary,
    ...(facts.description ? { description: facts.description } : {}),
    contentType: 'application/x-protobuf',
    payload: envelopePayload(envelope, body),
    bindings: { mqtt: { bindingVersion: BINDING_VERSION } },
  };
}

function description(s: ScreenInterfaceSettings): string {
  return [
    'The MQTT 3.1.1 interface between a payment screen and the hub. Each screen owns two topics: it publishes protobuf `Uplink` envelopes to `dev/{deviceId}/up` and subscribes to `dev/{deviceId}/down` for `Downlink` envelopes. The schemas below are generated from `protocol/proto/hub/v1/device.proto`; the bytes are protobuf (binary), field numbers in `x-protobuf-field`.',
    '',
    '**Connecting.** MQTT username = client id = the device id; password = the device secret. Refusals: CONNACK 4 (wrong secret or unknown id), 2 (client id ≠ username), 5 (blocked), 3 (the hub is busy or its database unavailable: retry with backoff and jitter). A keepalive of 0 or above ' +
      `${s.maxKeepaliveS} s is refused. Send Hello first after every CONNECT; a clean session is fine, the hub offers again on Hello what the screen must receive.`,
    '',
    `**What a screen may do.** Publish only to its own \`up\` topic and subscribe only to its own \`down\` topic (another subscription gets SUBACK 0x80; another publish is acknowledged and dropped). No retained messages, no wills (a will is stripped). At most ${s.uplinkRatePerS} uplinks a second sustained with bursts of ${s.uplinkBurst} (more are dropped and counted); a frame above ${s.maxPacketBytes} bytes closes the connection; undecodable payloads and out-of-range fields are dropped and counted, the connection stays up.`,
    '',
    '**Signed downlinks.** Every Downlink ends with `signature` (field 4): HMAC-SHA256 with the screen\'s downlink key (HKDF-SHA256 of its payment key, empty salt, info `screenhub downlink v1`) over the device id, a zero byte and the payload bytes before the last 34. A screen acts only on a downlink whose signature it verified; see protocol/README.md, "Signed downlinks".',
    '',
    `**Payments.** PayRequest and QrPayRequest are signed with the payment key; the signed time must be within ${s.payMaxSkewMs / 1000} s of the hub clock (Welcome.server_time_ms). One PayResult per order number, however often the request is sent.`,
  ].join('\n');
}

export function screenInterfaceDocument(settings: ScreenInterfaceSettings): JsonSchema {
  const pkg = documentedProto();
  const uplink = pkg.lookupType('Uplink');
  const downlink = pkg.lookupType('Downlink');
  const ups = factsOf(uplink, UPLINK_BODIES);
  const downs = factsOf(downlink, DOWNLINK_BODIES);
  const deviceId = { description: 'The screen\'s device id: 1–64 characters of [A-Za-z0-9_-], also its MQTT client id and username.' };

  const operations: Record<string, JsonSchema> = {};
  for (const [body, facts] of ups) {
    operations[`receive${pascal(body)}`] = {
      action: 'receive',
      channel: { $ref: '#/channels/uplink' },
      summary: facts.summary,
      messages: [channelMessage('uplink', body)],
      bindings: { mqtt: { qos: facts.qos, retain: false, bindingVersion: BINDING_VERSION } },
      ...(facts.replies ? { reply: { channel: { $ref: '#/channels/downlink' }, messages: facts.replies.map((r) => channelMessage('downlink', r)) } } : {}),
    };
  }
  for (const [body, facts] of downs) {
    operations[`send${pascal(body)}`] = {
      action: 'send',
      channel: { $ref: '#/channels/downlink' },
      summary: facts.summary,
      messages: [channelMessage('downlink', body)],
      bindings: { mqtt: { qos: facts.qos, retain: false, bindingVersion: BINDING_VERSION } },
    };
  }

  return {
    asyncapi: '3.0.0',
    info: { title: 'ScreenHub screens (MQTT)', version: settings.version, description: description(settings) },
    defaultContentType: 'application/x-protobuf',
    servers: Object.fromEntries(
      settings.servers.map((s) => [
        s.name,
        {
          host: s.host,
          protocol: s.protocol,
          protocolVersion: '3.1.1',
          ...(s.pathname ? { pathname: s.pathname } : {}),
          description: s.description,
          security: [{ $ref: '#/components/securitySchemes/deviceSecret' }],
          bindings: { mqtt: { cleanSession: true, keepAlive: settings.heartbeatIntervalS * 2, maximumPacketSize: settings.maxPacketBytes, bindingVersion: BINDING_VERSION } },
        },
      ]),
    ),
    channels: {
      uplink: {
        address: 'dev/{deviceId}/up',
        title: 'Uplink',
        description: 'Screen → hub. Only the screen itself may publish here; the hub consumes every message and routes none.',
        parameters: { deviceId },
        messages: Object.fromEntries(ups.map(([body]) => [body, { $ref: `#/components/messages/${body}` }])),
      },
      downlink: {
        address: 'dev/{deviceId}/down',
        title: 'Downlink',
        description: 'Hub → screen, every message signed. Only the screen itself may subscribe here.',
        parameters: { deviceId },
        messages: Object.fromEntries(downs.map(([body]) => [body, { $ref: `#/components/messages/${body}` }])),
      },
    },
    operations,
    components: {
      schemas: protoSchemas(pkg),
      messages: Object.fromEntries([...ups.map(([b, f]) => [b, message(uplink, b, f)]), ...downs.map(([b, f]) => [b, message(downlink, b, f)])]),
      securitySchemes: {
        deviceSecret: {
          type: 'userPassword',
          description: 'MQTT username = client id = device id; password = the device secret (256 random bits, given once when the device is created, provisioned or re-keyed).',
        },
      },
    },
  };
}
