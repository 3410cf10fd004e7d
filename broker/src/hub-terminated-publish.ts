// Device publishes end at the hub. The authorizePublish hook (authorize.ts)
// decides each PUBLISH and hands an uplink to the hub; aedes would then go on
// with `publish`: store the packet if retained, queue it for every offline
// persistent session subscribed to its topic, route it through mqemitter (and
// Redis), call `published`. Wrapping `publish` so that any packet that came
// from a client stops here makes all of that impossible at once, whatever the
// topic, retain flag or QoS: a PUBLISH (aedes passes its client), a will
// (likewise), or a will read back from persistence (it carries `clientId`).
// Only the hub's own publishes, downlinks and $SYS, are routed.
import type { Aedes, Client, PublishPacket } from 'aedes';

type Done = (error?: Error) => void;
type Publish = (packet: PublishPacket, client: Client | null | Done, done?: Done) => void;

export function terminateClientPublishes(aedes: Aedes): void {
  const route = (aedes.publish as unknown as Publish).bind(aedes);
  const publish: Publish = (packet, client, done) => {
    if (typeof client === 'function') [client, done] = [null, client];
    if (client || (packet as { clientId?: unknown }).clientId !== undefined) {
      done?.();
      return;
    }
    route(packet, null, done);
  };
  (aedes as unknown as { publish: Publish }).publish = publish;
}
