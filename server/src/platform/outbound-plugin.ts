// Shares the rules for calls the hub makes to tenants' URLs as `app.outbound`:
// routes accept a URL with acceptUrl (a 400 naming the parameter otherwise),
// and senders call through `http`, which checks again where it connects. The
// hub's own listeners come from the running servers, since port 0 is chosen
// by the OS.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { invalidParameter } from './errors.js';
import { OutboundAddressPolicy, type OwnEndpoint } from './outbound-address-policy.js';
import { OutboundHttp, type HostResolver } from './outbound-http.js';
import { bareHost, checkOutboundUrl, type OutboundUrlRules } from './outbound-url.js';

/** The settings this plugin reads (config.ts); its options' type lets it read no others. */
export type OutboundConfig = Pick<HubConfig, 'host' | 'httpPort' | 'outboundAllowPrivate' | 'publicHttpUrl' | 'publicMqttUrl' | 'webhookAllowHttp'>;

export interface OutboundCalls {
  /** The URL as the hub will call it (normalised); throws a 400 naming `parameter` when it may not be called. */
  acceptUrl(parameter: string, text: string): string;
  http: OutboundHttp;
}

declare module 'fastify' {
  interface FastifyInstance {
    outbound: OutboundCalls;
  }
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'mqtt:': 1883, 'mqtts:': 8883 };

function publicEndpoint(text: string | undefined): OwnEndpoint[] {
  if (!text || !URL.canParse(text)) return [];
  const url = new URL(text);
  return [{ host: bareHost(url.hostname), port: Number(url.port) || (DEFAULT_PORTS[url.protocol] ?? 0) }];
}

export default fp(
  async function outboundPlugin(app: FastifyInstance, options: { config: OutboundConfig; resolve?: HostResolver }) {
    const { config } = options;
    const ownEndpoints = (): OwnEndpoint[] => {
      const httpAddress = app.server.address();
      const listening = httpAddress && typeof httpAddress === 'object' ? [{ host: httpAddress.address, port: httpAddress.port }] : [{ host: config.host, port: config.httpPort }];
      const { tcp, tls } = app.mqtt.addresses;
      return [...listening, ...[tcp, tls].flatMap((a) => (a ? [{ host: a.host, port: a.port }] : [])), ...publicEndpoint(config.publicHttpUrl), ...publicEndpoint(config.publicMqttUrl)];
    };
    const rules: OutboundUrlRules = { allowHttp: config.webhookAllowHttp, policy: new OutboundAddressPolicy({ allowPrivate: config.outboundAllowPrivate, ownEndpoints }) };
    const http = new OutboundHttp({ rules, resolve: options.resolve });
    app.decorate('outbound', {
      acceptUrl(parameter: string, text: string): string {
        const checked = checkOutboundUrl(text, rules);
        if (!checked.ok) throw invalidParameter(parameter, checked.refusal);
        return checked.url.href;
      },
      http,
    });
    app.addHook('onClose', async () => http.close());
  },
  { name: 'outbound', dependencies: ['mqtt'] },
);
