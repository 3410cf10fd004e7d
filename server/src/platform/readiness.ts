// What /readyz reports beyond the database and MQTT: each domain may add a
// check that answers 'ok', or 'degraded: …' (serving, but something the
// operators must look at, such as heartbeats not being stored).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export class ReadinessChecks {
  private readonly checks = new Map<string, () => string>();

  add(name: string, check: () => string): void {
    this.checks.set(name, check);
  }

  results(): Record<string, string> {
    return Object.fromEntries([...this.checks].map(([name, check]) => [name, check()]));
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    readiness: ReadinessChecks;
  }
}

export default fp(
  async function readiness(app: FastifyInstance) {
    app.decorate('readiness', new ReadinessChecks());
  },
  { name: 'readiness' },
);
