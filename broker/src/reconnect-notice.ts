// The Reconnect notice a stopping process sends every screen it holds: come
// back after a delay plus a random part of a spread (protocol's Reconnect).
// Handed to each connection (aedes' client.publish, QoS 0), not routed through
// the topic tree: 16,700 of them through aedes.publish took 4–7 s of a stop
// with three processes stopping together. Signed like every downlink.
import type { Client } from 'aedes';
import type { Logger } from 'pino';
import { downlinkTopic, encodeDownlink, signDownlink, type ReconnectBody } from '@screenhub/protocol';
import type { BrokerMetrics } from './broker-metrics.js';
import type { DownlinkKeys } from './types.js';

/** How long a stop waits for its notices to be written: a screen whose socket is full (it reads nothing) would hold it until its drain. */
const NOTICE_WRITE_MS = 1000;

export async function sendReconnectNotices(
  clients: Record<string, Client>,
  reconnect: ReconnectBody,
  deps: { downlinkKeys: DownlinkKeys; metrics: BrokerMetrics; logger: Logger },
): Promise<void> {
  const sentAtMs = Date.now();
  const told = Object.entries(clients).map(async ([deviceId, client], i) => {
    try {
      const key = await deps.downlinkKeys.downlinkKey(deviceId);
      if (!key) return;
      const payload = signDownlink(deviceId, encodeDownlink({ messageId: i + 1, sentAtMs, reconnect }), key);
      // Written when its callback comes (aedes writes in a later turn).
      await new Promise<void>((resolve) =>
        client.publish({ cmd: 'publish', topic: downlinkTopic(deviceId), payload: Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength), qos: 0, retain: false, dup: false }, () => resolve()),
      );
      deps.metrics.messagesOut.inc({ kind: 'reconnect' });
    } catch (err) {
      deps.logger.warn({ deviceId, err: (err as Error).message }, 'reconnect notice not sent');
    }
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(told), new Promise((resolve) => (timer = setTimeout(resolve, NOTICE_WRITE_MS)))]);
  clearTimeout(timer);
}
