// Operators domain: login, who-am-I, and operator accounts within a tenant;
// the first admin of an empty hub (OperatorService.bootstrapAdmin).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { operatorRoutes } from './operator-routes.js';
import { OperatorService } from './operator-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    operators: OperatorService;
  }
}

async function operatorsDomain(fastify: FastifyInstance, options: { jwtTtlSeconds: number }) {
  const service = new OperatorService(fastify.db);
  fastify.decorate('operators', service);
  await fastify.register(operatorRoutes, { service, jwtTtlSeconds: options.jwtTtlSeconds });
}

export default fp(operatorsDomain, { name: 'operators', dependencies: ['database', 'auth'] });

// What other domains use of operators: the schemas of an operator and of a new one's fields.
export { Email, NewPassword, OperatorSchema } from './operator-schemas.js';
