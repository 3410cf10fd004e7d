// The devices domain's uplinks: Hello (answered with Welcome, the hub's clock
// and the heartbeat interval) and Heartbeat; both only touch the live state.
import type { DeviceBroker, UplinkEvent } from '@screenhub/broker';
import type { UplinkRouter } from '../mqtt/index.js';
import type { DeviceLiveState } from './live-state.js';

export function registerDeviceUplinks(deps: { uplinks: UplinkRouter; liveState: DeviceLiveState; broker: DeviceBroker; heartbeatIntervalSeconds: number }): void {
  const { uplinks, liveState, broker } = deps;
  let nextMessageId = 1;

  uplinks.on('hello', async (event: UplinkEvent) => {
    liveState.onHello(event.identity, event.message.hello!, event.receivedAt);
    const now = Date.now();
    await broker.sendDownlink(event.identity.deviceId, {
      messageId: nextMessageId++,
      sentAtMs: now,
      replyTo: event.message.messageId,
      welcome: { serverTimeMs: now, heartbeatIntervalS: deps.heartbeatIntervalSeconds, deviceId: event.identity.deviceId },
    });
  });

  uplinks.on('heartbeat', (event: UplinkEvent) => {
    liveState.onHeartbeat(event.identity, event.message.heartbeat!, event.receivedAt);
  });
}
