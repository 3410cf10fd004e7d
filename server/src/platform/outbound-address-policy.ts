// Which addresses the hub may connect to on a tenant's behalf: public unicast
// only, unless the operator's allow-list names a private target; never the
// hub's own listeners. Used on a URL's literal address when it is set and on
// every resolved address when a call connects.
import { networkInterfaces } from 'node:os';
import ipaddr from 'ipaddr.js';
import { allowListAllows, type AllowedTarget } from './outbound-allow-list.js';

/** A listener of this hub: an address (a wildcard one means every local address) or a public host name, and a port. */
export interface OwnEndpoint {
  host: string;
  port: number;
}

export interface OutboundAddressPolicyOptions {
  allowPrivate: readonly AllowedTarget[];
  /** Read at each check: ports picked by the OS are known only once the hub listens. */
  ownEndpoints: () => OwnEndpoint[];
}

/** ipaddr.js range names, as a refusal says them; any other non-unicast range is "an address that is not public". */
const RANGE_TEXT: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a private address',
};
const NOT_PUBLIC = 'an address that is not public';
const OWN_LISTENER = "the hub's own listener";
const OWN_MACHINE = "an address of the hub's own machine";
/** The only IPv6 block allocated for global unicast; anything else (IPv4-compatible, NAT64, 6to4 …) may lead inside. */
const GLOBAL_UNICAST_V6: [ipaddr.IPv6, number] = [ipaddr.IPv6.parse('2000::'), 3];
const WILDCARDS = new Set(['0.0.0.0', '::']);

function localAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const list of Object.values(networkInterfaces())) for (const entry of list ?? []) addresses.add(ipaddr.process(entry.address.split('%')[0]!).toString());
  return addresses;
}

export class OutboundAddressPolicy {
  constructor(private readonly options: OutboundAddressPolicyOptions) {}

  /** Why the hub will not connect to `address`:`port`, as a noun phrase ("a loopback address"); undefined when it may. */
  refusal(address: string, port: number): string | undefined {
    if (!ipaddr.isValid(address)) return NOT_PUBLIC;
    // ::ffff:127.0.0.1 is 127.0.0.1: unwrap before any comparison.
    const parsed = ipaddr.process(address);
    if (this.isOwnListener(parsed, port)) return OWN_LISTENER;
    if (allowListAllows(this.options.allowPrivate, parsed, port)) return undefined;
    const range = parsed.range();
    if (range !== 'unicast') return RANGE_TEXT[range] ?? NOT_PUBLIC;
    if (parsed.kind() === 'ipv6' && !parsed.match(GLOBAL_UNICAST_V6)) return NOT_PUBLIC;
    if (localAddresses().has(parsed.toString())) return OWN_MACHINE;
    return undefined;
  }

  /** Whether a host name and port are one of the hub's own public listeners (HUB_PUBLIC_HTTP_URL, HUB_PUBLIC_MQTT_URL). */
  isOwnName(hostname: string, port: number): boolean {
    return this.options.ownEndpoints().some((own) => own.port === port && own.host.toLowerCase() === hostname);
  }

  private isOwnListener(address: ipaddr.IPv4 | ipaddr.IPv6, port: number): boolean {
    const own = this.options.ownEndpoints().filter((endpoint) => endpoint.port === port && ipaddr.isValid(endpoint.host));
    if (own.length === 0) return false;
    const text = address.toString();
    // A wildcard listener answers on loopback and on every interface of the machine.
    const reachesWildcard = () => address.range() === 'loopback' || localAddresses().has(text);
    return own.some((endpoint) => (WILDCARDS.has(endpoint.host) ? reachesWildcard() : ipaddr.process(endpoint.host).toString() === text));
  }
}
