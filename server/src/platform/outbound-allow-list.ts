// HUB_OUTBOUND_ALLOW_PRIVATE: the private targets an operator lets tenants'
// webhooks reach (a receiver on the hub's own network, or on loopback in
// development). Each entry is an address or CIDR range, optionally with a port:
// `10.0.0.0/8`, `127.0.0.1:8443`, `fd00::/8`, `[::1]:9000`.
import ipaddr from 'ipaddr.js';

export interface AllowedTarget {
  range: [ipaddr.IPv4 | ipaddr.IPv6, number];
  /** Only this port; any port when unset. */
  port?: number;
}

const BRACKETED = /^\[([^\]]+)\](?::(\d+))?$/;
const IPV4_WITH_PORT = /^([\d./]+)(?::(\d+))?$/;

/** An IP address or CIDR range in plain notation; throws naming the text. */
export function parseAddressOrRange(text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  const [address = '', bits] = text.split('/');
  // Only the plain notations: 127.1 or 0x7f.0.0.1 in an operator's list is more likely a typo than a wish.
  const plain = ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address);
  if (!plain) throw new Error(`"${text}" is not an IP address or CIDR range`);
  if (bits === undefined) {
    const parsed = ipaddr.parse(address);
    return [parsed, parsed.kind() === 'ipv4' ? 32 : 128];
  }
  try {
    return ipaddr.parseCIDR(text);
  } catch {
    throw new Error(`"${text}" is not a valid CIDR range`);
  }
}

function parseEntry(entry: string): AllowedTarget {
  const match = BRACKETED.exec(entry) ?? IPV4_WITH_PORT.exec(entry);
  const [target, portText] = match ? [match[1]!, match[2]] : [entry, undefined];
  const range = parseAddressOrRange(target);
  if (portText === undefined) return { range };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`"${entry}" has no valid port (1–65535)`);
  return { range, port };
}

/** Parses the comma-separated list; throws with the entry at fault. */
export function parseAllowList(text: string): AllowedTarget[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map(parseEntry);
}

/** Whether an entry names this address (IPv4-mapped IPv6 already unwrapped) and port. */
export function allowListAllows(list: readonly AllowedTarget[], address: ipaddr.IPv4 | ipaddr.IPv6, port: number): boolean {
  return list.some(({ range, port: only }) => (only === undefined || only === port) && range[0].kind() === address.kind() && address.match(range));
}
