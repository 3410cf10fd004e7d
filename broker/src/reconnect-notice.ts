// The Reconnect notice a stopping process sends every screen it holds: come
// back after a delay plus a random part of a spread (protocol's Reconnect).
// Signed like every downlink, and written straight to each connection in one
// pass, not through aedes: its QoS 0 path takes two setImmediate hops per
// message, and with 10,000 screens per process and three processes stopping on
// two cores most notices were still queued when the stop moved on (measured:
// 10,083–10,246 of ~10,300 not written after 2 s). Nothing else reads from these
// connections any more (DeviceBroker.leave stopped reading), and each notice is
// one whole packet in one write, so nothing can interleave with it.
import type { Client } from 'aedes';
import mqttPacket from 'mqtt-packet';
import type { Logger } from 'pino';
import { downlinkTopic, encodeDownlink, signDownlink, type ReconnectBody } from '@screenhub/protocol';
import type { BrokerMetrics } from './broker-metrics.js';
import type { DownlinkKeys } from './types.js';

/** How long a stop waits for notices a full socket holds back: a screen that reads nothing would hold it until its drain. */
const NOTICE_DRAIN_MS = 1000;

export interface NoticesSent {
  /** Time to find every screen's key, ms. */
  keysMs: number;
  /** Time to sign and hand every notice to its socket, ms. */
  writtenMs: number;
  /** Notices not sent: no key (a device gone meanwhile) or a connection already closing. */
  unsent: number;
  /** Notices still held in a socket's buffer when the stop went on (the screen was not reading). */
  undrained: number;
}

export async function sendReconnectNotices(
  clients: Record<string, Client>,
  reconnect: ReconnectBody,
  deps: { downlinkKeys: DownlinkKeys; metrics: BrokerMetrics; logger: Logger },
): Promise<NoticesSent> {
  const start = performance.now();
  const held = Object.entries(clients);
  // The keys first, all together: cached ones at once (past their lifetime too), the others in batched lookups.
  const keys = await Promise.all(
    held.map(([deviceId]) =>
      deps.downlinkKeys.downlinkKey(deviceId, { allowStale: true }).catch((err: Error) => void deps.logger.warn({ deviceId, err: err.message }, 'reconnect notice not sent')),
    ),
  );
  const keysMs = Math.round(performance.now() - start);
  const t0 = performance.now();
  const sentAtMs = Date.now();
  let unsent = 0;
  const backedUp: Client[] = [];
  held.forEach(([deviceId, client], i) => {
    const key = keys[i];
    if (!key || !client.conn.writable) return void unsent++;
    const payload = signDownlink(deviceId, encodeDownlink({ messageId: i + 1, sentAtMs, reconnect }), key);
    const packet = mqttPacket.generate({ cmd: 'publish', topic: downlinkTopic(deviceId), payload, qos: 0, retain: false, dup: false });
    if (!client.conn.write(packet)) backedUp.push(client);
  });
  deps.metrics.messagesOut.inc({ kind: 'reconnect' }, held.length - unsent);
  const writtenMs = Math.round(performance.now() - t0);
  let timer: NodeJS.Timeout | undefined;
  const drained = Promise.all(backedUp.map((client) => new Promise((resolve) => client.conn.once('drain', resolve))));
  await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, NOTICE_DRAIN_MS)))]);
  clearTimeout(timer);
  return { keysMs, writtenMs, unsent, undrained: backedUp.filter((client) => client.conn.writableLength > 0).length };
}
