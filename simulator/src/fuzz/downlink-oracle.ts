// What a screen may ever receive: a PUBLISH on its own down topic, signed by
// the hub with its own key. The fuzzer's hostile connections check every
// PUBLISH the broker hands them against this, so a message routed from one
// screen to another, a retained or queued forgery, or anything unsigned shows
// up as a failure the moment it arrives.
import { downlinkTopic } from '@screenhub/protocol';
import type { Packet } from 'mqtt-packet';
import { DownlinkVerifier } from '../downlink-verifier.js';

export class DownlinkOracle {
  /** What the screen received that it should not have, in words. */
  readonly violations: string[] = [];
  /** PUBLISHes received that held: the hub's own downlinks. */
  genuine = 0;
  private readonly verifier: DownlinkVerifier;

  constructor(
    private readonly deviceId: string,
    paymentKey: string,
  ) {
    this.verifier = new DownlinkVerifier(deviceId, paymentKey);
  }

  /** Checks one packet the broker sent; only PUBLISHes are judged. */
  check(packet: Packet): void {
    if (packet.cmd !== 'publish') return;
    const topic = String(packet.topic);
    if (topic !== downlinkTopic(this.deviceId)) {
      this.violations.push(`screen ${this.deviceId} received a PUBLISH on ${JSON.stringify(topic.slice(0, 120))}, not its down topic`);
      return;
    }
    const signed = this.verifier.open(Buffer.from(packet.payload as Buffer));
    if (!signed.ok) this.violations.push(`screen ${this.deviceId} received a downlink ${signed.reason === 'unsigned' ? 'the hub did not sign' : 'not signed with its key'} (retain=${packet.retain}, ${packet.payload.length} bytes)`);
    else this.genuine++;
  }
}
