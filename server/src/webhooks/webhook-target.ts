// Where a tenant's or a merchant's notifications go: the body that sets the URL
// and the answer that carries the new signing secret, shown this once and kept
// sealed with the hub's key. Merchant webhooks and the alert webhook share it.
import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { OUTBOUND_URL_RULES } from '../platform/outbound-url.js';
import type { SecretBox } from '../platform/secret-box.js';

/** HMAC-SHA256 key length: as long as the hash. */
const SECRET_BYTES = 32;

export const WebhookTargetSchemas = {
  description: OUTBOUND_URL_RULES,
  body: Type.Object({ url: Type.String({ format: 'uri', maxLength: 2000 }) }, { additionalProperties: false }),
  response: { 200: Type.Object({ url: Type.String(), secret: Type.String({ description: 'hex; HMAC-SHA256 key for X-ScreenHub-Signature' }) }) },
};

/** A new signing secret: `shown` for the answer, `sealed` for the database. */
export function newWebhookSecret(secretBox: SecretBox): { shown: string; sealed: Buffer } {
  const secret = randomBytes(SECRET_BYTES);
  return { shown: secret.toString('hex'), sealed: secretBox.seal(secret) };
}
