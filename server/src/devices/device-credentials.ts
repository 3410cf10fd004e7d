// Device ids and secrets. A secret is 256 random bits shown once; the hub keeps
// only its SHA-256. A fast hash is right here: the secret has full entropy
// (nothing to brute-force), and a reconnect storm of 20,000 screens must verify
// in milliseconds, which a slow password hash would turn into minutes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newDeviceId(): string {
  return 'd' + randomBytes(12).toString('base64url');
}

export function newDeviceSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDeviceSecret(secret: string | Buffer): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function secretMatches(secret: Buffer, hash: Uint8Array): boolean {
  const candidate = hashDeviceSecret(secret);
  return hash.length === candidate.length && timingSafeEqual(candidate, hash);
}

/** The key a screen signs PayRequests with (HMAC-SHA256); 256 random bits, shown once. */
export function newPaymentKey(): Buffer {
  return randomBytes(32);
}
