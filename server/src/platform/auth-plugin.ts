// Operator authentication: a JWT (from POST /api/auth/login) in the
// Authorization header, verified in an onRequest hook. `request.user` then
// holds the operator's id, tenant and role; `requireRole` guards routes.
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import { ForbiddenError, UnauthorizedError } from './errors.js';

export type Role = 'viewer' | 'operator' | 'admin';
const roleRank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export interface OperatorClaims {
  sub: string;
  tid: string;
  role: Role;
  /** Member of the root tenant (the organisation running the hub). */
  root: boolean;
}

export interface AuthenticatedOperator {
  id: string;
  tenantId: string;
  role: Role;
  isRoot: boolean;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: OperatorClaims;
    user: AuthenticatedOperator;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: onRequestAsyncHookHandler;
    /** onRequest hooks that authenticate and require at least `role`. */
    requireRole(role: Role): onRequestAsyncHookHandler[];
    signOperatorToken(claims: OperatorClaims): string;
  }
}

export default fp(
  async function authPlugin(app: FastifyInstance, options: { secret: string; ttlSeconds: number }) {
    await app.register(fastifyJwt, {
      secret: options.secret,
      sign: { expiresIn: options.ttlSeconds },
      formatUser: (claims) => ({ id: claims.sub, tenantId: claims.tid, role: claims.role, isRoot: claims.root }),
    });

    const authenticate: onRequestAsyncHookHandler = async function authenticate(request: FastifyRequest) {
      try {
        await request.jwtVerify();
      } catch {
        throw new UnauthorizedError('a valid bearer token is required: POST /api/auth/login');
      }
    };

    app.decorate('authenticate', authenticate);
    app.decorate('requireRole', (role: Role) => [
      authenticate,
      async function requireRole(request: FastifyRequest) {
        if (roleRank[request.user.role] < roleRank[role]) throw new ForbiddenError(`this needs the ${role} role`);
      },
    ]);
    app.decorate('signOperatorToken', (claims: OperatorClaims) => app.jwt.sign(claims));
  },
  { name: 'auth' },
);
