// Per-connection state the broker keeps beside aedes' own Client object.
import type { Client } from 'aedes';
import { TokenBucket } from './token-bucket.js';
import type { BrokerLimits, DeviceIdentity, OfflineReason } from './types.js';

export interface DeviceSession {
  identity: DeviceIdentity;
  uplinkBucket: TokenBucket;
  /** Why the connection is ending, when something other than the socket decided it. */
  closeReason?: OfflineReason;
  closeDetail?: string;
  /** With Redis: this connection's entry in the cluster directory ("<process id>/<serial>", cluster-link.ts). */
  holderToken?: string;
  /** Last time a dropped uplink was logged, to keep a misbehaving screen from flooding the log. */
  lastDropLoggedAt: number;
}

/** Sessions keyed by aedes' Client object: they vanish with the connection. */
export class DeviceSessions {
  private readonly byClient = new WeakMap<Client, DeviceSession>();

  constructor(private readonly limits: BrokerLimits) {}

  open(client: Client, identity: DeviceIdentity): DeviceSession {
    const session: DeviceSession = {
      identity,
      uplinkBucket: new TokenBucket(this.limits.uplinkRatePerSecond, this.limits.uplinkBurst),
      lastDropLoggedAt: 0,
    };
    this.byClient.set(client, session);
    return session;
  }

  get(client: Client | null | undefined): DeviceSession | undefined {
    return client ? this.byClient.get(client) : undefined;
  }

  /** Records why a client is about to be closed, so the offline event can say so. */
  markClosing(client: Client, reason: OfflineReason, detail?: string): void {
    const session = this.byClient.get(client);
    if (session && !session.closeReason) {
      session.closeReason = reason;
      session.closeDetail = detail;
    }
  }
}
