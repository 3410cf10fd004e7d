// How the hub reaches acquirers: HTTPS verified against Node's root CAs plus
// the extra ones configured (HUB_ACQUIRER_CA_FILE; verification is never
// turned off), never following a redirect (an acquirer does not redirect an
// API call; a redirect is someone else's idea of where our signed request
// should go), and, for WeChat Pay's /secapi calls, with the merchant's API
// client certificate. One undici dispatcher per client certificate.
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { Agent, DecoratorHandler, type Dispatcher } from 'undici';

export interface ClientCertificate {
  /** PEM certificate (chain). */
  cert: string;
  /** PEM private key. */
  key: string;
}

/** The acquirer answered with a redirect; the request is not sent again anywhere. */
export class RedirectRefused extends Error {
  override readonly name = 'RedirectRefused';
  readonly code = 'ACQUIRER_REDIRECT_REFUSED';
  constructor(readonly statusCode: number) {
    super(`the acquirer answered HTTP ${statusCode} (a redirect); redirects are not followed`);
  }
}

type Handler = Dispatcher.DispatchHandler;
type Headers = Parameters<NonNullable<Handler['onResponseStart']>>[2];
/**
 * undici's own interceptors extend DecoratorHandler, which adapts whatever handler the caller passed (urllib's and
 * fetch's still speak the older callback API); its type declares only the constructor, hence the cast.
 */
interface Decorated extends Handler {
  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Headers, statusMessage?: string): void;
  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void;
  onResponseEnd(controller: Dispatcher.DispatchController, trailers: Headers): void;
  onResponseError(controller: Dispatcher.DispatchController, error: Error): void;
}
const Decorator = DecoratorHandler as unknown as new (handler: Handler) => Decorated;

/** Turns a 3xx answer into an error, whoever the client is (fetch, or urllib inside alipay-sdk, which would follow it). */
class RefuseRedirects extends Decorator {
  private redirect = 0;

  override onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Headers, statusMessage?: string): void {
    if (statusCode >= 300 && statusCode < 400) {
      this.redirect = statusCode;
      return;
    }
    return super.onResponseStart(controller, statusCode, headers, statusMessage);
  }

  override onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (!this.redirect) return super.onResponseData(controller, chunk);
  }

  override onResponseEnd(controller: Dispatcher.DispatchController, trailers: Headers): void {
    if (this.redirect) return super.onResponseError(controller, new RedirectRefused(this.redirect));
    return super.onResponseEnd(controller, trailers);
  }
}

const refuseRedirects: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => dispatch(options, new RefuseRedirects(handler));

/**
 * The extra CAs of HUB_ACQUIRER_CA_FILE, checked: Node ignores a `ca` it cannot parse without a word, which would
 * only show later as acquirers that "do not verify".
 */
export async function readAcquirerCaFile(path: string): Promise<string> {
  const text = await readFile(path, 'utf8').catch((err: Error) => {
    throw new Error(`HUB_ACQUIRER_CA_FILE: cannot read ${path}: ${err.message}`);
  });
  const certificates = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (certificates.length === 0) throw new Error(`HUB_ACQUIRER_CA_FILE: ${path} holds no PEM certificate`);
  for (const pem of certificates) {
    try {
      new X509Certificate(pem);
    } catch (err) {
      throw new Error(`HUB_ACQUIRER_CA_FILE: ${path} holds a certificate that does not parse: ${(err as Error).message}`);
    }
  }
  return certificates.join('\n');
}

export class AcquirerTransport {
  /** Undefined: Node's root CAs alone (undici's default). */
  private readonly ca: string[] | undefined;
  private shared: Dispatcher | undefined;
  private readonly agents: Agent[] = [];

  private readonly connectTimeoutMs: number | undefined;

  /**
   * `extraCa`: PEM certificates trusted for acquirer calls besides Node's root CAs (a test or private acquirer CA).
   * `connectTimeoutMs`: for TCP and TLS handshake together (undici's default, 10 s, when not given).
   */
  constructor(options: { extraCa?: string; connectTimeoutMs?: number } = {}) {
    // Setting `ca` replaces the default trust, so the roots are listed with the extra CA, not dropped for it.
    this.ca = options.extraCa ? [...rootCertificates, options.extraCa] : undefined;
    this.connectTimeoutMs = options.connectTimeoutMs;
  }

  /** The dispatcher for calls without a client certificate (shared), or one of its own presenting `client`. */
  dispatcher(client?: ClientCertificate): Dispatcher {
    if (!client) return (this.shared ??= this.agent());
    return this.agent(client);
  }

  async close(): Promise<void> {
    await Promise.all(this.agents.splice(0).map((agent) => agent.close()));
    this.shared = undefined;
  }

  private agent(client?: ClientCertificate): Dispatcher {
    // One TLS context per agent, made here once: given `ca` (Node's ~140 roots and ours) as connect options instead,
    // every new connection parsed them all again, a few milliseconds of CPU per connection.
    const secureContext: SecureContext | undefined =
      this.ca || client ? createSecureContext({ ...(this.ca ? { ca: this.ca } : {}), ...(client ? { cert: client.cert, key: client.key } : {}) }) : undefined;
    const agent = new Agent({ connect: { ...(secureContext ? { secureContext } : {}), ...(this.connectTimeoutMs ? { timeout: this.connectTimeoutMs } : {}) } });
    this.agents.push(agent);
    return agent.compose(refuseRedirects);
  }
}
