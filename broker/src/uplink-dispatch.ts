// Turns a device's PUBLISH on its own up topic into a typed UplinkEvent for the
// hub, or drops it (counted, logged at most once a minute per device).
import { decodeUplink, ProtocolError } from '@screenhub/protocol';
import type { Logger } from 'pino';
import type { BrokerMetrics, DropReason } from './broker-metrics.js';
import type { DeviceSession } from './device-session.js';
import type { UplinkSink } from './types.js';

const DROP_LOG_INTERVAL_MS = 60_000;

export class UplinkDispatch {
  constructor(
    private readonly sink: UplinkSink,
    private readonly metrics: BrokerMetrics,
    private readonly logger: Logger,
  ) {}

  dispatch(session: DeviceSession, payload: Buffer, retain: boolean): void {
    const now = Date.now();
    if (retain) return this.drop(session, 'retained', now);
    if (!session.uplinkBucket.tryTake(now)) return this.drop(session, 'rate_limited', now);

    let message;
    try {
      message = decodeUplink(payload);
    } catch (err) {
      if (!(err instanceof ProtocolError)) throw err;
      return this.drop(session, 'undecodable', now, err.message);
    }
    this.metrics.messagesIn.inc({ kind: message.body });
    const event = { identity: session.identity, receivedAt: now, kind: message.body, message };
    try {
      const pending = this.sink.handleUplink(event);
      if (pending) pending.catch((err: unknown) => this.sinkFailed(session, err));
    } catch (err) {
      this.sinkFailed(session, err);
    }
  }

  drop(session: DeviceSession, reason: DropReason, now = Date.now(), detail?: string): void {
    this.metrics.uplinksDropped.inc({ reason });
    if (now - session.lastDropLoggedAt < DROP_LOG_INTERVAL_MS) return;
    session.lastDropLoggedAt = now;
    this.logger.warn({ deviceId: session.identity.deviceId, reason, detail }, 'uplink dropped (further drops from this device are counted, not logged, for a minute)');
  }

  private sinkFailed(session: DeviceSession, err: unknown): void {
    this.metrics.uplinksDropped.inc({ reason: 'sink_error' });
    this.logger.error({ deviceId: session.identity.deviceId, err }, 'uplink handler failed');
  }
}
