// Bounds the CONNECT handshakes one hub process works on at once. When a whole
// fleet comes back together (a hub restart, a city's power cut), a process
// that takes every CONNECT only answers each one later, until answers arrive
// after the screens' own CONNACK timeout: every handshake is then wasted work
// and the screens try again, more load for nothing. Past the bound a CONNECT
// is answered at once with "server unavailable" (CONNACK 3), before any
// database or Redis work, and the screen backs off with jitter and comes back.
import type { Client } from 'aedes';

export class ConnectAdmission {
  private readonly inProgress = new Set<Client>();

  constructor(private readonly maxInProgress: number) {}

  /** Takes a place for this client's handshake; false when the process already has as many as it may. */
  tryEnter(client: Client): boolean {
    if (this.inProgress.size >= this.maxInProgress) return false;
    this.inProgress.add(client);
    // However the handshake ends (CONNACK sent, refused, socket gone), the place is given back.
    client.conn.once('close', () => this.leave(client));
    return true;
  }

  leave(client: Client): void {
    this.inProgress.delete(client);
  }

  get size(): number {
    return this.inProgress.size;
  }
}
