// The signature on every webhook: `X-ScreenHub-Signature: t=<unix ms>,v1=<hex>`
// where v1 = HMAC-SHA256(secret, `${t}.${body}`), as Stripe-style receivers
// expect. Receivers recompute it and refuse old timestamps.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signWebhook(secret: Buffer, timestampMs: number, body: string): string {
  return `t=${timestampMs},v1=${createHmac('sha256', secret).update(`${timestampMs}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): checks the header against the body and a tolerance. */
export function verifyWebhook(secret: Buffer, header: string, body: string, nowMs: number, toleranceMs = 300_000): boolean {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isFinite(timestamp) || Math.abs(nowMs - timestamp) > toleranceMs || !parts.v1) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
