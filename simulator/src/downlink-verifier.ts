// What the reference screen does with a message on its down topic before it
// acts on it: check the hub's signature with the downlink key it derives from
// its payment key (protocol's downlink-signature.ts), and decode only the
// bytes the hub signed. Anything unsigned or wrongly signed is refused and
// counted: whatever reaches the topic, only the hub can make a screen act.
import { checkDownlinkSignature, deriveDownlinkKey } from '@screenhub/protocol';

export type DownlinkRefusal = 'unsigned' | 'bad_signature';

export class DownlinkVerifier {
  /** Downlinks refused so far, by reason. */
  readonly refused: Record<DownlinkRefusal, number> = { unsigned: 0, bad_signature: 0 };
  private readonly key: Buffer;

  constructor(
    private readonly deviceId: string,
    /** The payment key from provisioning, base64url. */
    paymentKey: string,
  ) {
    if (!paymentKey) throw new Error(`screen ${deviceId}: no paymentKey; a screen needs it to check the hub's signature on its downlinks`);
    this.key = deriveDownlinkKey(Buffer.from(paymentKey, 'base64url'));
  }

  /** The signed body to decode, or why the payload is refused (and counted). */
  open(payload: Uint8Array): { ok: true; body: Uint8Array } | { ok: false; reason: DownlinkRefusal } {
    const check = checkDownlinkSignature(this.deviceId, payload, this.key);
    if (!check.ok) this.refused[check.reason]++;
    return check;
  }
}
