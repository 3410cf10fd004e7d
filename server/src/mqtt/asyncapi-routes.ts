// HTTP of the screens' interface description: the AsyncAPI 3 document built
// from device.proto and this hub's own listeners and limits
// (@screenhub/protocol/asyncapi), served beside the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { screenInterfaceDocument, type ScreenInterfaceSettings } from '@screenhub/protocol/asyncapi';
import { HUB_VERSION } from '../platform/hub-version.js';
import type { MqttConfig, MqttSide } from './index.js';

export async function asyncApiRoutes(fastify: FastifyInstance, options: { config: MqttConfig; side: MqttSide }) {
  const { config, side } = options;
  fastify.get(
    '/docs/asyncapi.json',
    {
      schema: {
        tags: ['docs'],
        summary: "The screens' MQTT interface, AsyncAPI 3 (generated from device.proto)",
        response: { 200: { description: 'An AsyncAPI 3.0.0 document', type: 'object', additionalProperties: true } },
      },
    },
    async (request, reply) => {
      // Named as the client reached this hub, with the ports it listens on.
      const hostname = request.hostname;
      const servers: ScreenInterfaceSettings['servers'] = [
        { name: 'mqtt', host: `${hostname}:${side.addresses.tcp?.port ?? config.mqttPort}`, protocol: 'mqtt', description: 'MQTT over TCP' },
        { name: 'websocket', host: request.host, protocol: request.protocol === 'https' ? 'wss' : 'ws', pathname: '/mqtt', description: 'MQTT over WebSocket on the HTTP port' },
      ];
      if (side.addresses.tls) servers.push({ name: 'mqtts', host: `${hostname}:${side.addresses.tls.port}`, protocol: 'mqtts', description: 'MQTT over TLS' });
      const document = screenInterfaceDocument({
        version: HUB_VERSION,
        servers,
        heartbeatIntervalS: config.heartbeatIntervalSeconds,
        uplinkRatePerS: config.mqttUplinkRatePerSecond,
        uplinkBurst: config.mqttUplinkBurst,
        maxPacketBytes: config.mqttMaxPacketBytes,
        maxKeepaliveS: config.mqttMaxKeepaliveSeconds,
        payMaxSkewMs: config.payRequestMaxSkewMs,
      });
      return reply.type('application/json').send(document);
    },
  );
}
