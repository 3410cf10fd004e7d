// Checks a PayRequest before anything is stored: well-formed, signed with the
// device's payment key, and recent (a captured request replayed later is refused;
// within the window a replay is caught by the (device, order number) key).
import { verifyPayRequestSignature } from '@screenhub/protocol';

/** The signed fields of a PayRequest or a QrPayRequest (whose auth code is empty). */
export interface SignedRequestBody {
  orderNo?: string | null;
  amountFen?: number | null;
  currency?: string | null;
  authCode?: string | null;
  signedAtMs?: number | null;
  signature?: Uint8Array | null;
  subject?: string | null;
}

export type PayRequestRefusal = 'malformed' | 'bad_signature' | 'stale' | 'no_payment_key';

export interface CheckedPayRequest {
  orderNo: string;
  amountFen: number;
  currency: string;
  authCode: string;
  subject: string;
  signedAtMs: number;
}

const MAX_AMOUNT_FEN = 100_000_000; // one million yuan; a counter screen never takes more
/** An order number as acquirers take it (and as the (device, order number) key holds it). */
export const ORDER_NO = /^[A-Za-z0-9_-]{1,64}$/;

export function checkPayRequest(
  deviceId: string,
  body: SignedRequestBody,
  paymentKey: Buffer | undefined,
  now: number,
  maxSkewMs: number,
  mode: 'barcode' | 'qr' = 'barcode',
): { ok: true; request: CheckedPayRequest } | { ok: false; reason: PayRequestRefusal } {
  const request: CheckedPayRequest = {
    orderNo: body.orderNo ?? '',
    amountFen: body.amountFen ?? 0,
    currency: body.currency ?? '',
    authCode: body.authCode ?? '',
    subject: body.subject || '门店消费',
    signedAtMs: body.signedAtMs ?? 0,
  };
  if (
    !ORDER_NO.test(request.orderNo) ||
    !Number.isSafeInteger(request.amountFen) ||
    request.amountFen <= 0 ||
    request.amountFen > MAX_AMOUNT_FEN ||
    request.currency !== 'CNY' ||
    (mode === 'barcode' ? !/^[0-9]{10,32}$/.test(request.authCode) : request.authCode !== '') ||
    request.subject.length > 128
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (!paymentKey) return { ok: false, reason: 'no_payment_key' };
  if (!verifyPayRequestSignature(deviceId, request, body.signature ?? new Uint8Array(), paymentKey)) return { ok: false, reason: 'bad_signature' };
  if (Math.abs(now - request.signedAtMs) > maxSkewMs) return { ok: false, reason: 'stale' };
  return { ok: true, request };
}

/** "281234******5678": enough to recognise a code, never enough to use it. */
export function maskAuthCode(authCode: string): string {
  return `${authCode.slice(0, 6)}${'*'.repeat(Math.max(0, authCode.length - 10))}${authCode.slice(-4)}`;
}
