// What every local acquirer gateway shares: an HTTP server on loopback, its
// behaviour knobs, the outage switch, and timers that die with it.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultGatewayBehaviour, type GatewayBehaviour } from './gateway-behaviour.js';

export abstract class LocalGateway {
  readonly behaviour: GatewayBehaviour;
  /** While true the gateway accepts connections and answers nothing: an acquirer outage. */
  outage = false;
  /** Base URL once listening (subclasses may append their endpoint path). */
  url = '';
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly timers = new Set<NodeJS.Timeout>();

  protected constructor(behaviour: Partial<GatewayBehaviour>) {
    this.behaviour = { ...defaultGatewayBehaviour, ...behaviour };
  }

  protected abstract handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;

  /** The URL clients are configured with, from the listening origin. */
  protected abstract endpoint(origin: string): string;

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server.listen(port, host);
    await once(this.server, 'listening');
    this.url = this.endpoint(`http://${host}:${(this.server.address() as AddressInfo).port}`);
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
