// Commands domain: operators send a screen a command (reboot, set volume, play
// a test announcement, upload logs, take a screenshot), or one command to a
// whole group; it reaches each screen now or when it next connects, and ends
// with the screen's result or its expiry. Progress is on the live event stream.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { listenUrl } from '../platform/listen-url.js';
import { CommandDispatcher } from './command-dispatcher.js';
import { commandRoutes } from './command-routes.js';
import { UPLOAD_TOKEN_PURPOSE } from './upload-routes.js';
import { describeCommandEvents } from './live-events.js';

declare module 'fastify' {
  interface FastifyInstance {
    commands: CommandDispatcher;
  }
}

async function commandsDomain(fastify: FastifyInstance, options: { expirySweepMs: number; uploadMaxBytes: number; publicHttpUrl: string | undefined }) {
  describeCommandEvents(fastify);
  // Where screens upload: the configured public URL, else the address this hub listens on.
  const uploadLink = (commandId: string) => {
    const address = fastify.server.address() as AddressInfo;
    const base = options.publicHttpUrl ?? listenUrl('http', address.address, address.port);
    return { url: `${base.replace(/\/$/, '')}/api/device-uploads/${commandId}`, token: fastify.secretBox.mac(UPLOAD_TOKEN_PURPOSE, commandId) };
  };
  const dispatcher = new CommandDispatcher({ db: fastify.db, broker: fastify.mqtt.broker, events: fastify.hubEvents, logger: fastify.log.child({ component: 'commands' }), expirySweepMs: options.expirySweepMs, uploadLink });
  fastify.decorate('commands', dispatcher);
  // Hello comes after the screen subscribed to its downlinks: the moment to deliver what waited.
  fastify.mqtt.uplinks.on('hello', (event) => dispatcher.onConnect(event.identity.deviceId));
  fastify.mqtt.uplinks.on('commandResult', (event) => dispatcher.onResult(event));
  fastify.addHook('onReady', async () => dispatcher.start());
  fastify.addHook('onClose', async () => dispatcher.stop());
  await fastify.register(commandRoutes, { dispatcher, uploadMaxBytes: options.uploadMaxBytes });
}

export default fp(commandsDomain, { name: 'commands', dependencies: ['mqtt', 'database', 'auth', 'devices'] });
