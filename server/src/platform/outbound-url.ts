// What a tenant's outbound URL (a webhook) may be, decided from the URL alone:
// https (plain http only when the operator allows it), no user name or
// password, and no literal internal address in any notation. WHATWG URL
// parsing (the same the call uses) turns 2130706433, 0x7f000001, 0177.0.0.1
// and 127.1 into 127.0.0.1 first. A host name is checked again, on the
// addresses it resolves to, when the call connects (outbound-http.ts).
import { isIP } from 'node:net';
import type { OutboundAddressPolicy } from './outbound-address-policy.js';

export interface OutboundUrlRules {
  /** Plain http too (development); https only otherwise. */
  allowHttp: boolean;
  policy: OutboundAddressPolicy;
}

export type CheckedUrl = { ok: true; url: URL } | { ok: false; refusal: string };

/** The rules in the API docs' words, for the routes that take such a URL. */
export const OUTBOUND_URL_RULES =
  'The URL must be https (plain http only where the hub operator allows it, for development) and carry no user name or password. It must not point at a ' +
  'loopback, private, link-local, multicast or other non-public address, nor at the hub itself, unless the operator allow-lists that private target. ' +
  'A host name is checked again, on every address it resolves to, each time the hub connects. Redirects are not followed.';

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** A URL's host without IPv6 brackets or the trailing dot of a fully qualified name. */
export function bareHost(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
}

/** The URL as it will be called, or why it will not be (a phrase that follows "url: "). */
export function checkOutboundUrl(text: string, rules: OutboundUrlRules): CheckedUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, refusal: 'is not an absolute URL' };
  }
  if (url.protocol !== 'https:' && !(rules.allowHttp && url.protocol === 'http:')) {
    return { ok: false, refusal: rules.allowHttp ? 'must be an http or https URL' : 'must be an https URL (plain http only where the hub operator allows it, for development)' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, refusal: 'must not carry a user name or password (receivers authenticate the hub by the X-ScreenHub-Signature)' };
  }
  const host = bareHost(url.hostname);
  const port = Number(url.port) || DEFAULT_PORTS[url.protocol]!;
  if (isIP(host)) {
    const refusal = rules.policy.refusal(host, port);
    return refusal ? { ok: false, refusal: `${host} is ${refusal}` } : { ok: true, url };
  }
  // RFC 6761: localhost and every name under it are loopback, whatever a resolver says.
  if (host === 'localhost' || host.endsWith('.localhost')) return { ok: false, refusal: `${host} is a loopback name` };
  if (rules.policy.isOwnName(host, port)) return { ok: false, refusal: `${host}:${port} is the hub's own listener` };
  return { ok: true, url };
}
