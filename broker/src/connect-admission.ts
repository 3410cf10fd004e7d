// Bounds the CONNECT handshakes one hub process takes on: how many at once, and
// how many a second. When a whole fleet comes back together (a hub restart, a
// city's power cut), a process that takes every CONNECT only answers each one
// later, until answers arrive after the screens' own CONNACK timeout: every
// handshake is then wasted work and the screens try again, more load for
// nothing. Past either bound a CONNECT is answered at once with "server
// unavailable" (CONNACK 3), before any database or Redis work, and the screen
// backs off with jitter and comes back. The rate (a token bucket holding one
// second's worth, as EMQX's max_conn_rate) keeps a storm at the rate the
// process does best instead of letting it thrash; the bound on handshakes at
// once keeps slow lookups from piling up. MQTT 3.1.1's CONNACK has no field to
// say how long to wait (MQTT 5's reason properties do not exist there): the
// screens' own exponential backoff with full jitter is what spreads them.
import type { Client } from 'aedes';
import { TokenBucket } from './token-bucket.js';

export type Admission = 'admitted' | 'overloaded' | 'connect_rate';

export class ConnectAdmission {
  private readonly inProgress = new Set<Client>();
  private readonly rate?: TokenBucket;

  /** @param maxPerSecond handshakes begun per second; 0: no bound on the rate. */
  constructor(
    private readonly maxInProgress: number,
    maxPerSecond = 0,
  ) {
    if (maxPerSecond > 0) this.rate = new TokenBucket(maxPerSecond, maxPerSecond);
  }

  /** Takes a place for this client's handshake, or says which bound refused it. */
  tryEnter(client: Client): Admission {
    // The bound at once first: a screen refused for it must not spend a token of the rate.
    if (this.inProgress.size >= this.maxInProgress) return 'overloaded';
    if (this.rate && !this.rate.tryTake()) return 'connect_rate';
    this.inProgress.add(client);
    // However the handshake ends (CONNACK sent, refused, socket gone), the place is given back.
    client.conn.once('close', () => this.leave(client));
    return 'admitted';
  }

  leave(client: Client): void {
    this.inProgress.delete(client);
  }

  get size(): number {
    return this.inProgress.size;
  }
}
