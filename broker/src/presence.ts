// Turns aedes' connection facts into online/offline events with a reason.
// aedes reports a takeover as the old client's disconnect followed by the new
// client's registration; the authenticate hook marks the old one first so its
// offline event says "takeover", not "disconnect".
import type { Aedes, Client } from 'aedes';
import type { Logger } from 'pino';
import type { BrokerMetrics } from './broker-metrics.js';
import type { DeviceSessions } from './device-session.js';
import type { PresenceSink } from './types.js';

export function trackPresence(deps: { aedes: Aedes; sessions: DeviceSessions; sink: PresenceSink; metrics: BrokerMetrics; logger: Logger; transportOf: (client: Client) => string }): void {
  const { aedes, sessions, sink, metrics, logger } = deps;

  aedes.on('client', (client: Client) => {
    const session = sessions.get(client);
    if (!session) return;
    metrics.connections.inc({ transport: deps.transportOf(client) });
    const remoteAddress = (client.conn as { remoteAddress?: string }).remoteAddress;
    emit(() => sink.handlePresence({ online: true, identity: session.identity, at: Date.now(), remoteAddress }));
  });

  aedes.on('clientDisconnect', (client: Client) => {
    const session = sessions.get(client);
    if (!session) return;
    const reason = session.closeReason ?? 'disconnect';
    metrics.disconnects.inc({ reason });
    emit(() => sink.handlePresence({ online: false, identity: session.identity, at: Date.now(), reason, detail: session.closeDetail }));
  });

  aedes.on('keepaliveTimeout', (client: Client) => sessions.markClosing(client, 'keepalive_timeout'));

  aedes.on('clientError', (client: Client, err: Error) => {
    sessions.markClosing(client, 'error', err.message);
    logger.debug({ deviceId: client.id, err: err.message }, 'mqtt client error');
  });

  function emit(send: () => void): void {
    try {
      send();
    } catch (err) {
      logger.error({ err }, 'presence handler failed');
    }
  }
}
