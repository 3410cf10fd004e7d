// The screens' MQTT interface as the hub serves it (/docs/asyncapi.json):
// valid AsyncAPI 3 for the AsyncAPI project's own parser, every body of the
// envelopes in device.proto described with its fields, what the hub answers
// to what, and servers a real screen connects to as documented.
import { Parser, type AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { wireType } from '@screenhub/protocol/wire-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let served: Record<string, any>;
let document: AsyncAPIDocumentInterface;

beforeAll(async () => {
  t = await TestHub.start({ HUB_MQTT_UPLINK_RATE: '15', HUB_HEARTBEAT_INTERVAL_S: '45' });
  const response = await t.api.get('/docs/asyncapi.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  served = response.body;
  const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(served));
  // Severity 0 is an error; warnings and hints are style advice.
  expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
  document = parsed!;
});
afterAll(async () => t?.stop());

const bodiesOf = (envelope: string) => wireType(envelope).oneofs.body!.fieldsArray.map((f) => f.name);
const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('the AsyncAPI document of the screens', () => {
  it('is AsyncAPI 3 with both topics of a screen and every body of Uplink and Downlink as a message', () => {
    expect(document.version()).toBe('3.0.0');
    const address = (id: string) => document.channels().get(id)!.address();
    expect([address('uplink'), address('downlink')]).toEqual(['dev/{deviceId}/up', 'dev/{deviceId}/down']);
    for (const [channel, envelope] of [['uplink', 'Uplink'], ['downlink', 'Downlink']] as const) {
      const documented = document.channels().get(channel)!.messages().all().map((m) => m.id());
      expect(documented.sort()).toEqual(bodiesOf(envelope).map(snake).sort());
    }
  });

  it('gives each message the fields of device.proto with their numbers and comments', () => {
    const payRequest = served.components.schemas.PayRequest;
    expect(payRequest.properties.order_no).toMatchObject({ type: 'string', 'x-protobuf-field': 1, description: expect.stringContaining('unique per device') });
    expect(payRequest.properties.amount_fen).toMatchObject({ type: 'integer', minimum: 0, 'x-protobuf-field': 2 });
    expect(payRequest.properties.signature).toMatchObject({ type: 'string', contentEncoding: 'base64', 'x-protobuf-field': 6 });
    expect(served.components.schemas.PayResult.properties.discount_fen['x-protobuf-field']).toBe(11);
    expect(served.components.schemas.PayStatus.oneOf).toContainEqual(expect.objectContaining({ const: 5, title: 'PAY_STATUS_RETRY_LATER', description: expect.stringContaining('QoS 0') }));
    const message = document.components().messages().get('pay_request')!;
    expect(message.contentType()).toBe('application/x-protobuf');
    expect(served.components.messages.pay_request.payload.required).toEqual(['pay_request']);
  });

  it('says what the hub answers to what, at which QoS', () => {
    const replies = (operation: string) => document.operations().get(operation)!.reply()!.messages().all().map((m) => m.id());
    expect(replies('receiveHello')).toEqual(['welcome']);
    expect(replies('receivePayRequest')).toEqual(['pay_result']);
    expect(replies('receiveQrPayRequest')).toEqual(['qr_code', 'pay_result']);
    expect(replies('receivePlayProofs')).toEqual(['play_proofs_ack']);
    expect(document.operations().get('receiveHeartbeat')!.reply()).toBeUndefined();
    expect(document.operations().get('sendCommand')!.action()).toBe('send');
    expect(served.operations.receivePayRequest.bindings.mqtt).toMatchObject({ qos: 1, retain: false });
  });

  it("states this hub's limits and authentication", () => {
    const description = document.info().description()!;
    expect(description).toContain('At most 15 uplinks a second');
    expect(description).toContain('CONNACK 4');
    expect(served.servers.mqtt.bindings.mqtt.keepAlive).toBe(90);
    expect(document.components().securitySchemes().get('deviceSecret')!.type()).toBe('userPassword');
  });

  it('names servers a screen connects to as written', async () => {
    const device = await (await t.api.loginRoot()).createDevice();
    const tcp = served.servers.mqtt;
    expect(tcp.protocol).toBe('mqtt');
    const screen = t.screen(device, { url: `mqtt://${tcp.host}` });
    await expect(screen.connect()).resolves.toMatchObject({ deviceId: device.id });
    const ws = served.servers.websocket;
    const overWebSocket = t.screen(device, { url: `${ws.protocol}://${ws.host}${ws.pathname}` });
    await expect(overWebSocket.connect()).resolves.toMatchObject({ deviceId: device.id });
  });
});
