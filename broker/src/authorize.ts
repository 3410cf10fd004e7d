// ACL: a device publishes only to dev/{itself}/up and subscribes only to
// dev/{itself}/down. Refusals keep the connection but grant nothing: a publish
// is acknowledged and discarded (hub-terminated-publish.ts makes sure that no
// publish from a screen is ever stored, queued or routed, allowed or not), a
// subscription gets SUBACK 0x80. What the broker forwards to a screen is, as a
// last check, only a live message on its own down topic, never a retained one.
import type { AedesPublishPacket, Client, PublishPacket, Subscription } from 'aedes';
import { downlinkTopic, uplinkTopic } from '@screenhub/protocol';
import type { Logger } from 'pino';
import type { BrokerMetrics } from './broker-metrics.js';
import type { DeviceSessions } from './device-session.js';
import type { UplinkDispatch } from './uplink-dispatch.js';

export function createAuthorizeHooks(deps: { sessions: DeviceSessions; dispatch: UplinkDispatch; metrics: BrokerMetrics; logger: Logger }) {
  const { sessions, dispatch, metrics, logger } = deps;

  function authorizePublish(client: Client | null, packet: PublishPacket, callback: (error?: Error | null) => void): void {
    // aedes asks with no client only for a will a dead broker process left in
    // persistence. Screens' wills are stripped at CONNECT (will-refusal.ts);
    // anything older is let "through" to publish, which discards it (it carries
    // clientId), and aedes then deletes it. An error here would crash aedes' sweep.
    if (!client) {
      metrics.aclDenials.inc({ action: 'will' });
      return callback(null);
    }
    const session = sessions.get(client);
    if (!session) return callback(new Error('publish before authentication'));
    if (packet.topic !== uplinkTopic(session.identity.deviceId)) {
      metrics.aclDenials.inc({ action: 'publish' });
      dispatch.drop(session, 'acl_denied', Date.now(), `publish to ${packet.topic.slice(0, 128)}`);
    } else {
      dispatch.dispatch(session, packet.payload as Buffer, packet.retain);
    }
    // Accepting lets aedes send PUBACK; the publish itself ends there.
    callback(null);
  }

  function authorizeSubscribe(client: Client, subscription: Subscription, callback: (error: Error | null, subscription?: Subscription | null) => void): void {
    const session = sessions.get(client);
    if (session && subscription.topic === downlinkTopic(session.identity.deviceId)) {
      return callback(null, subscription);
    }
    metrics.aclDenials.inc({ action: 'subscribe' });
    logger.warn({ deviceId: session?.identity.deviceId ?? client.id, topic: subscription.topic.slice(0, 128) }, 'subscribe refused');
    callback(null, null);
  }

  /**
   * The hub never retains a downlink, so a retained packet on its way to a
   * screen got into the store some other way: it is not forwarded (and, from
   * an offline queue, it is cleared). Neither is anything off the screen's own
   * down topic, which its subscriptions already rule out.
   */
  function authorizeForward(client: Client, packet: AedesPublishPacket): AedesPublishPacket | null {
    const session = sessions.get(client);
    if (session && !packet.retain && packet.topic === downlinkTopic(session.identity.deviceId)) return packet;
    metrics.aclDenials.inc({ action: 'forward' });
    logger.error({ deviceId: session?.identity.deviceId ?? client.id, topic: packet.topic.slice(0, 128), retain: packet.retain }, 'message not forwarded to a screen: retained or not its own down topic');
    return null;
  }

  return { authorizePublish, authorizeSubscribe, authorizeForward };
}
