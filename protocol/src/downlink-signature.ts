// The hub signs every downlink, so that a screen acts only on what the hub
// sent, whatever a broker bug or another client managed to put on its down
// topic. Key: HKDF-SHA256 of the screen's payment key (both sides have held it
// since provisioning), labelled "screenhub downlink v1". MAC: HMAC-SHA256 over
// the device id, a zero byte and the encoded Downlink. It travels as the
// envelope's `signature` field (4), appended as the payload's last 34 bytes,
// so a screen checks the bytes it received and decodes only those: nothing is
// re-encoded on either side, and a screen that predates signing reads the
// field as one it does not know.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export const DOWNLINK_KEY_LABEL = 'screenhub downlink v1';
const MAC_BYTES = 32;
/** Field 4, wire type 2 (length-delimited), then the length: the two bytes before the MAC. */
const TRAILER_KEY = (4 << 3) | 2;
const TRAILER_BYTES = 2 + MAC_BYTES;
const SEPARATOR = new Uint8Array([0]);

/** The key that signs a screen's downlinks, derived from its payment key. */
export function deriveDownlinkKey(paymentKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', paymentKey, new Uint8Array(0), DOWNLINK_KEY_LABEL, MAC_BYTES));
}

function downlinkMac(deviceId: string, body: Uint8Array, key: Uint8Array): Buffer {
  // Device ids are [A-Za-z0-9_-]: the zero byte cannot occur in one, so id and body cannot run together.
  return createHmac('sha256', key).update(deviceId).update(SEPARATOR).update(body).digest();
}

/** The payload to publish: the encoded downlink (`body`, without a signature) with its signature appended. */
export function signDownlink(deviceId: string, body: Uint8Array, key: Uint8Array): Buffer {
  const payload = Buffer.allocUnsafe(body.length + TRAILER_BYTES);
  payload.set(body, 0);
  payload[body.length] = TRAILER_KEY;
  payload[body.length + 1] = MAC_BYTES;
  downlinkMac(deviceId, body, key).copy(payload, body.length + 2);
  return payload;
}

export type DownlinkSignatureCheck = { ok: true; body: Uint8Array } | { ok: false; reason: 'unsigned' | 'bad_signature' };

/** Checks a received payload. When it holds, `body` is exactly what the hub signed: decode that, not the payload. */
export function checkDownlinkSignature(deviceId: string, payload: Uint8Array, key: Uint8Array): DownlinkSignatureCheck {
  const at = payload.length - TRAILER_BYTES;
  if (at < 0 || payload[at] !== TRAILER_KEY || payload[at + 1] !== MAC_BYTES) return { ok: false, reason: 'unsigned' };
  const body = payload.subarray(0, at);
  const expected = downlinkMac(deviceId, body, key);
  return timingSafeEqual(expected, payload.subarray(at + 2)) ? { ok: true, body } : { ok: false, reason: 'bad_signature' };
}
