// The HMAC that authenticates a PayRequest: computed by the screen with its
// payment key, checked by the hub. The canonical string fixes field order and
// formatting so both sides hash the same bytes.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SignedPayFields {
  orderNo: string;
  amountFen: number;
  currency: string;
  authCode: string;
  signedAtMs: number;
}

export function payRequestSigningString(deviceId: string, fields: SignedPayFields): string {
  return ['pay.v1', deviceId, fields.orderNo, String(fields.amountFen), fields.currency, fields.authCode, String(fields.signedAtMs)].join('\n');
}

export function signPayRequest(deviceId: string, fields: SignedPayFields, paymentKey: Uint8Array): Buffer {
  return createHmac('sha256', paymentKey).update(payRequestSigningString(deviceId, fields)).digest();
}

export function verifyPayRequestSignature(deviceId: string, fields: SignedPayFields, signature: Uint8Array, paymentKey: Uint8Array): boolean {
  const expected = signPayRequest(deviceId, fields, paymentKey);
  return signature.length === expected.length && timingSafeEqual(expected, signature);
}
