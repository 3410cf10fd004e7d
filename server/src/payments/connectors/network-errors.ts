// Telling "never sent" from "sent, answer lost": only a refused connection, or
// an acquirer whose TLS certificate we do not trust (the handshake fails before
// a byte of the request is written), proves the request did not reach the
// acquirer. Node wraps the socket error in causes (fetch, urllib) and sometimes
// in an AggregateError (one per address).
const CERTIFICATE_ERRORS = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
]);

function findCode(err: unknown, wanted: (code: string) => boolean): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [err];
  while (stack.length > 0) {
    const e = stack.pop() as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    if (typeof e.code === 'string' && wanted(e.code)) return true;
    stack.push(e.cause, ...(Array.isArray(e.errors) ? e.errors : []));
  }
  return false;
}

export function wasRefused(err: unknown): boolean {
  return findCode(err, (code) => code === 'ECONNREFUSED');
}

/** The acquirer's server certificate did not verify (unknown CA, wrong name, expired): nothing was sent. */
export function wasUntrusted(err: unknown): boolean {
  return findCode(err, (code) => CERTIFICATE_ERRORS.has(code));
}
