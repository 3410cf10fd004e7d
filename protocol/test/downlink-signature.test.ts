// Signed downlinks: what the hub appends, what a screen accepts, and that a
// screen which predates signing still reads a signed downlink.
import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDownlinkSignature, decodeDownlink, deriveDownlinkKey, encodeDownlink, PayStatus, signDownlink } from '../src/index.js';

const paymentKey = Buffer.alloc(32, 7);
const key = deriveDownlinkKey(paymentKey);
const body = encodeDownlink({ messageId: 42, sentAtMs: 1_780_000_000_000, payResult: { orderNo: 'ORD1', status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1250 } });

describe('signed downlinks', () => {
  it('appends HMAC-SHA256(HKDF(payment key), device id ‖ 0 ‖ body) as field 4, the last 34 bytes', () => {
    const payload = signDownlink('screen-1', body, key);
    const expectedKey = Buffer.from(hkdfSync('sha256', paymentKey, Buffer.alloc(0), 'screenhub downlink v1', 32));
    const expectedMac = createHmac('sha256', expectedKey).update(Buffer.concat([Buffer.from('screen-1'), Buffer.from([0]), body])).digest();
    expect(key).toEqual(expectedKey);
    expect(payload.subarray(0, body.length)).toEqual(Buffer.from(body));
    expect([...payload.subarray(body.length, body.length + 2)]).toEqual([0x22, 0x20]);
    expect(payload.subarray(body.length + 2)).toEqual(expectedMac);
    // Any protobuf reader sees a Downlink with its signature field.
    expect(Buffer.from(decodeDownlink(payload).signature)).toEqual(expectedMac);
  });

  it('gives a screen back exactly the signed bytes', () => {
    const check = checkDownlinkSignature('screen-1', signDownlink('screen-1', body, key), key);
    expect(check).toEqual({ ok: true, body: Buffer.from(body) });
    if (check.ok) expect(decodeDownlink(check.body).payResult).toMatchObject({ orderNo: 'ORD1', amountFen: 1250 });
  });

  it.each([
    ['unsigned', () => Buffer.from(body), 'unsigned'],
    ['signed with another key', () => signDownlink('screen-1', body, deriveDownlinkKey(Buffer.alloc(32, 8))), 'bad_signature'],
    ['signed for another screen', () => signDownlink('screen-2', body, key), 'bad_signature'],
    ['with one body byte changed', () => {
      const payload = signDownlink('screen-1', body, key);
      payload[10]! ^= 1;
      return payload;
    }, 'bad_signature'],
    ['with a field added after signing', () => Buffer.concat([signDownlink('screen-1', body, key), Buffer.from([0x18, 0x05])]), 'unsigned'],
    ['empty', () => Buffer.alloc(0), 'unsigned'],
  ])('refuses a downlink %s', (_label, payload, reason) => {
    expect(checkDownlinkSignature('screen-1', payload(), key)).toEqual({ ok: false, reason });
  });
});
