// Liveness and readiness for orchestrators and load balancers.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { databaseAnswers } from './health-sql.js';

export async function healthRoutes(app: FastifyInstance) {
  const Status = Type.Object({ status: Type.String(), checks: Type.Optional(Type.Record(Type.String(), Type.String())) });

  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up', response: { 200: Status } } }, async () => ({ status: 'ok' }));

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The hub can serve: database answers, MQTT listens (503 otherwise); `degraded` (200) when a domain reports trouble, such as live-state flushes failing',
        response: { 200: Status, 503: Status },
      },
    },
    async (_request, reply) => {
      const checks: Record<string, string> = {};
      checks.database = await databaseAnswers(app.db).then(
        () => 'ok',
        (err: Error) => `failing: ${err.message}`,
      );
      checks.mqtt = app.mqtt.addresses.tcp ? 'ok' : 'not listening';
      const ready = checks.database === 'ok' && checks.mqtt === 'ok';
      Object.assign(checks, app.readiness.results());
      reply.status(ready ? 200 : 503);
      const degraded = Object.values(checks).some((c) => c.startsWith('degraded'));
      return { status: !ready ? 'not ready' : degraded ? 'degraded' : 'ready', checks };
    },
  );
}
