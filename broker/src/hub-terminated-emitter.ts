// Device uplinks end at the hub. aedes routes every accepted PUBLISH through its
// mqemitter; wrapping `emit` so that packets published by a client (they carry
// `clientId`) stop here means an uplink can never fan out to another MQTT
// subscriber, and in a cluster it never crosses Redis. The hub's own
// publishes (downlinks, $SYS) carry no clientId and are routed as usual.
import type mqemitter from 'mqemitter';

type Emit = mqemitter.MQEmitter['emit'];

export function terminateClientPublishes<T extends mqemitter.MQEmitter>(mq: T): T {
  const route: Emit = mq.emit.bind(mq);
  mq.emit = (packet, callback) => {
    if ((packet as { clientId?: unknown }).clientId !== undefined) {
      callback?.();
      return;
    }
    route(packet, callback);
  };
  return mq;
}
