// An MQTT client whose TCP connections leave from a chosen source address.
// mqtt.js's own TCP connector ignores `localAddress`, and from one source
// address a fleet runs out of ephemeral ports at about 28,000 connections to
// one hub port; spread over 127.0.0.0/8, it does not.
import { createConnection } from 'node:net';
import { MqttClient, type IClientOptions } from 'mqtt';

export function mqttFromAddress(url: string, localAddress: string, options: IClientOptions): MqttClient {
  const { hostname, port } = new URL(url);
  return new MqttClient(() => createConnection({ host: hostname, port: Number(port || 1883), localAddress }), { ...options, protocol: 'mqtt' });
}
