// Presence facts from the broker, passed to every domain that listens
// (the devices' live state now; alerts and the live event stream later).
import type { PresenceEvent, PresenceSink } from '@screenhub/broker';
import type { FastifyBaseLogger } from 'fastify';

export class PresenceFanout implements PresenceSink {
  private readonly listeners: Array<(event: PresenceEvent) => void> = [];

  constructor(private readonly logger: FastifyBaseLogger) {}

  subscribe(listener: (event: PresenceEvent) => void): void {
    this.listeners.push(listener);
  }

  handlePresence(event: PresenceEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.logger.error({ err, deviceId: event.identity.deviceId }, 'presence listener failed');
      }
    }
  }
}
