// The URL a client on this machine reaches a listener at: a wildcard bind
// (0.0.0.0, ::) is reached over loopback, an IPv6 address goes in brackets.
export function listenUrl(scheme: string, address: string, port: number): string {
  const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  return `${scheme}://${host}:${port}`;
}
