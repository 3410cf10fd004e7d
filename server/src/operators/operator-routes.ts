// The operators API: login, who-am-I, and the operator accounts of a tenant.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { CreateOperatorBody, LoginBody, LoginReply, OperatorSchema } from './operator-schemas.js';
import type { OperatorService } from './operator-service.js';

const listSpec = {
  sortable: { email: 'o.email', name: 'o.name', role: 'o.role', createdAt: 'o.created_at', lastLoginAt: 'o.last_login_at' },
  nullable: ['lastLoginAt'],
  defaultSort: ['createdAt', 'ASC'] as [string, 'ASC'],
  tieBreaker: 'o.id',
};

export async function operatorRoutes(fastify: FastifyInstance, options: { service: OperatorService; jwtTtlSeconds: number }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { service } = options;

  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Log in with email and password; returns a bearer token', body: LoginBody, response: { 200: LoginReply } },
      // Slow down password guessing: per source address and email (preHandler: the key needs the parsed body).
      config: {
        rateLimit: { max: 10, timeWindow: '1 minute', hook: 'preHandler', keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: string })?.email ?? '').toLowerCase()}` },
        problems: { 401: 'Wrong email or password (the same answer for both).' },
      },
    },
    async (request) => {
      const { claims, operator } = await service.login(request.body.email, request.body.password);
      return { token: app.signOperatorToken(claims), expiresIn: options.jwtTtlSeconds, operator, isRoot: claims.root };
    },
  );

  app.get(
    '/api/auth/me',
    { onRequest: app.authenticate, schema: { tags: ['auth'], summary: 'The logged-in operator', security: [{ bearer: [] }], response: { 200: Type.Composite([OperatorSchema, Type.Object({ isRoot: Type.Boolean() })]) } } },
    async (request) => ({ ...(await service.get(request.user.tenantId, request.user.id)), isRoot: request.user.isRoot }),
  );

  app.get(
    '/api/operators',
    { onRequest: app.requireRole('admin'), schema: { tags: ['operators'], summary: 'Operators of your tenant', security: [{ bearer: [] }], querystring: ListQuerystring, response: { 200: Type.Array(OperatorSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
      const { rows, total } = await service.list(request.user.tenantId, page);
      return withContentRange(reply, 'operators', rows, page.offset, total);
    },
  );

  app.post(
    '/api/operators',
    { onRequest: app.requireRole('admin'), schema: { tags: ['operators'], summary: 'Create an operator', security: [{ bearer: [] }], body: CreateOperatorBody, response: { 201: OperatorSchema } } },
    async (request, reply) => {
      reply.status(201);
      return service.create(request.user, request.body);
    },
  );
}
