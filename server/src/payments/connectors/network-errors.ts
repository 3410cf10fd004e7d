// Telling "never sent" from "sent, answer lost": only a refused connection
// proves the request did not reach the acquirer. Node wraps the socket error in
// causes (fetch, urllib) and sometimes in an AggregateError (one per address).
export function wasRefused(err: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [err];
  while (stack.length > 0) {
    const e = stack.pop() as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    if (e.code === 'ECONNREFUSED') return true;
    stack.push(e.cause, ...(Array.isArray(e.errors) ? e.errors : []));
  }
  return false;
}
