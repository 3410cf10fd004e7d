// aedes `preConnect` hook: a screen's CONNECT loses its will before aedes reads
// it, so no will is ever stored (in memory or Redis) or published. The
// protocol needs none: the hub learns that a screen went away from the broker
// itself (presence.ts), and a will is a message the screen would have the
// broker publish later, when no ACL check can see who sends it. The screen is
// let in; the stripped will is counted as an ACL denial and logged.
import type { Client, ConnectPacket } from 'aedes';
import type { Logger } from 'pino';
import type { BrokerMetrics } from './broker-metrics.js';

export function createPreConnectHook(deps: { metrics: BrokerMetrics; logger: Logger }) {
  return function preConnect(_client: Client, packet: ConnectPacket, callback: (error: Error | null, success: boolean) => void): void {
    if (packet.will) {
      deps.metrics.aclDenials.inc({ action: 'will' });
      deps.logger.warn({ clientId: String(packet.clientId).slice(0, 64), topic: String(packet.will.topic).slice(0, 128) }, 'will stripped from CONNECT: screens may not set one');
      delete packet.will;
    }
    callback(null, true);
  };
}
