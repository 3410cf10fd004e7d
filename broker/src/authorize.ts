// ACL: a device publishes only to dev/{itself}/up and subscribes only to
// dev/{itself}/down. Refusals keep the connection but grant nothing: a publish
// is consumed and discarded, a subscription gets SUBACK 0x80.
import type { Client, PublishPacket, Subscription } from 'aedes';
import { downlinkTopic, uplinkTopic } from '@screenhub/protocol';
import type { Logger } from 'pino';
import type { BrokerMetrics } from './broker-metrics.js';
import type { DeviceSessions } from './device-session.js';
import type { UplinkDispatch } from './uplink-dispatch.js';

export function createAuthorizeHooks(deps: { sessions: DeviceSessions; dispatch: UplinkDispatch; metrics: BrokerMetrics; logger: Logger }) {
  const { sessions, dispatch, metrics, logger } = deps;

  function authorizePublish(client: Client | null, packet: PublishPacket, callback: (error?: Error | null) => void): void {
    const session = sessions.get(client);
    // client is null only for the broker's own will/$SYS publishes.
    if (!client) return callback(null);
    if (!session) return callback(new Error('publish before authentication'));
    if (packet.topic !== uplinkTopic(session.identity.deviceId)) {
      metrics.aclDenials.inc({ action: 'publish' });
      dispatch.drop(session, 'acl_denied', Date.now(), `publish to ${packet.topic.slice(0, 128)}`);
    } else {
      dispatch.dispatch(session, packet.payload as Buffer, packet.retain);
    }
    // Accepting lets aedes send PUBACK; device publishes are never routed on
    // (see hub-terminated-emitter.ts), so nothing reaches another client.
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

  return { authorizePublish, authorizeSubscribe };
}
