// What every local acquirer gateway shares: an HTTPS server on loopback (the
// test CA's certificate, as real acquirers serve only TLS), its behaviour
// knobs, the outage switch, and timers that die with it.
import { once } from 'node:events';
import type http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { defaultGatewayBehaviour, type GatewayBehaviour } from './gateway-behaviour.js';
import { testTls } from './test-tls.js';

/** TLS of a local gateway beyond its server certificate. */
export interface GatewayTlsOptions {
  /** Ask every client for a certificate issued by this CA (PEM); the gateway decides per path what to do without one. */
  clientCa?: string;
}

const KEEP_ALIVE_MS = 75_000;

export abstract class LocalGateway {
  readonly behaviour: GatewayBehaviour;
  /** While true the gateway accepts connections and answers nothing: an acquirer outage. */
  outage = false;
  /** Base URL once listening (subclasses may append their endpoint path). */
  url = '';
  private readonly server: https.Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  protected constructor(behaviour: Partial<GatewayBehaviour>, tls: GatewayTlsOptions = {}) {
    this.behaviour = { ...defaultGatewayBehaviour, ...behaviour };
    const { server } = testTls();
    // A client certificate is asked for but not required at the handshake: like WeChat Pay, the gateway refuses
    // per path (its /secapi calls), with an answer the client can read.
    const clientAuth = tls.clientCa ? { requestCert: true, rejectUnauthorized: false, ca: tls.clientCa } : {};
    this.server = https.createServer({ cert: server.cert, key: server.key, ...clientAuth }, (req, res) => void this.handle(req, res));
    // Idle connections kept as an acquirer's front end keeps them (nginx's default, 75 s), not Node's 5 s, and said so
    // in each answer's Keep-Alive header, which undici honours: with 5 s, the connections a burst opened were closed
    // moments later and opened again at the next burst, a TLS handshake each (13 a second at 600 payments/s).
    this.server.keepAliveTimeout = KEEP_ALIVE_MS;
  }

  protected abstract handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;

  /** The URL clients are configured with, from the listening origin. */
  protected abstract endpoint(origin: string): string;

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server.listen(port, host);
    await once(this.server, 'listening');
    this.url = this.endpoint(`https://${host}:${(this.server.address() as AddressInfo).port}`);
    return this.url;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close').catch(() => undefined);
  }

  /** Runs `work` after `ms`, unless the gateway closes first. */
  protected later(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, ms);
    this.timers.add(timer);
  }
}
