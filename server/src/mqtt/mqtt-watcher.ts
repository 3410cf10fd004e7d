// What the hub's conformance mode (the conformance domain) sees of the MQTT
// side and the faults it plants there: every CONNECT attempt, uplink and
// downlink of a screen, a CONNECT refused as "server unavailable", a downlink
// lost on the way. Nothing watches in a normal hub: these seams are then
// never called.
import type { UplinkEvent } from '@screenhub/broker';
import type { DownlinkProps } from '@screenhub/protocol';

export interface MqttWatcher {
  /** A CONNECT naming this device arrived (before its secret is checked); `false` refuses it as "server unavailable". */
  connectAttempt(deviceId: string): boolean;
  /** An uplink, before any domain handles it. */
  uplink(event: UplinkEvent): void;
  /** A downlink about to be signed and sent; `false` loses it on the way. */
  downlink(deviceId: string, message: Omit<DownlinkProps, 'signature'>): boolean;
}
