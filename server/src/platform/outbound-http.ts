// HTTP calls to tenants' URLs (webhooks). The URL is checked again before each
// call (it may predate the rules, or the settings may have changed), and the
// connection is made only to an address the policy accepts: the host name is
// resolved here, every address it resolves to is checked, and the socket goes
// to the checked address itself, so a name that answers differently on a
// second lookup (DNS rebinding) gains nothing. Redirects are never followed:
// undici's request() follows none (only its redirect interceptor would).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector, request } from 'undici';
import { bareHost, checkOutboundUrl, type OutboundUrlRules } from './outbound-url.js';

/** Resolves a host name to its addresses; the system resolver unless a test passes its own. */
export type HostResolver = (hostname: string) => Promise<string[]>;

export const systemResolver: HostResolver = async (hostname) => (await lookup(hostname, { all: true })).map((entry) => entry.address);

/** The hub would not make this call; the message says why without naming a resolved address. */
export class OutboundRefusedError extends Error {
  override readonly name = 'OutboundRefusedError';
  readonly code = 'HUB_OUTBOUND_REFUSED';

  constructor(
    message: string,
    /** For the hub's log only: what the name resolved to. */
    readonly addresses: string[] = [],
  ) {
    super(message);
  }
}

export interface OutboundRequest {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface OutboundHttpOptions {
  rules: OutboundUrlRules;
  resolve?: HostResolver;
}

export class OutboundHttp {
  private readonly agent: Agent;
  private readonly resolve: HostResolver;

  constructor(private readonly options: OutboundHttpOptions) {
    this.resolve = options.resolve ?? systemResolver;
    const connect = buildConnector({});
    this.agent = new Agent({
      connect: (target, callback) => {
        this.checkedAddress(target.hostname, Number(target.port) || (target.protocol === 'https:' ? 443 : 80)).then(
          // TLS still verifies the certificate against the name (servername), not the address.
          (address) => connect({ ...target, hostname: address, servername: target.servername ?? (isIP(bareHost(target.hostname)) ? undefined : bareHost(target.hostname)) }, callback),
          (err: Error) => callback(err, null),
        );
      },
    });
  }

  /** POSTs and answers the status; throws OutboundRefusedError when the URL or its addresses are refused. */
  async post(url: string, call: OutboundRequest): Promise<{ status: number }> {
    const checked = checkOutboundUrl(url, this.options.rules);
    if (!checked.ok) throw new OutboundRefusedError(`the URL ${checked.refusal}`);
    const response = await request(checked.url, { dispatcher: this.agent, method: 'POST', headers: call.headers, body: call.body, signal: AbortSignal.timeout(call.timeoutMs) });
    // The answer's body means nothing to the hub; read it away so the connection can be reused.
    await response.body.dump();
    return { status: response.statusCode };
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  /** The address to connect to: the literal one, or the first the name resolves to, once every one of them is accepted. */
  private async checkedAddress(hostname: string, port: number): Promise<string> {
    const host = bareHost(hostname);
    const literal = isIP(host) !== 0;
    const addresses = literal ? [host] : await this.resolve(host);
    if (addresses.length === 0) throw new Error(`${host} has no address`);
    for (const address of addresses) {
      const refusal = this.options.rules.policy.refusal(address, port);
      if (refusal) throw new OutboundRefusedError(literal ? `${host} is ${refusal}` : `${host} resolves to ${refusal}`, addresses);
    }
    return addresses[0]!;
  }
}
