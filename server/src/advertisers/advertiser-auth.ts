// Who is calling the ads API. Advertisers send their API key as a bearer token
// ("shk_<key id>_<secret>"; only the secret's SHA-256 is stored); operators send
// their login JWT and act for any advertiser of their tenant. `request.adActor`
// then says which tenant and, for a key, which advertiser and scopes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthorizedError } from '../platform/errors.js';
import { findActiveKey, touchApiKey } from './advertiser-sql.js';

export const AD_SCOPES = ['availability:read', 'bookings:read', 'bookings:write', 'creatives:read', 'creatives:write', 'reports:read'] as const;
export type AdScope = (typeof AD_SCOPES)[number];

export type AdActor =
  | { kind: 'advertiser'; tenantId: string; advertiserId: string; keyId: string; scopes: readonly AdScope[] }
  | { kind: 'operator'; tenantId: string; operatorId: string; role: 'viewer' | 'operator' | 'admin' };

declare module 'fastify' {
  interface FastifyRequest {
    adActor: AdActor;
  }
  interface FastifyInstance {
    /**
     * onRequest hooks for the ads API: an advertiser key holding `scope`, or an
     * operator JWT (viewer for *:read scopes, operator for *:write ones).
     * Without a scope: any valid key of an enabled advertiser, or a viewer.
     */
    requireAdScope(scope?: AdScope): onRequestAsyncHookHandler[];
  }
}

const KEY_PATTERN = /^shk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export const hashKeySecret = (secret: string) => createHash('sha256').update(secret).digest();

/** A new key: the token to hand out once, and what to store. */
export function newApiKey(): { id: string; token: string; secretHash: Buffer } {
  const idHex = randomBytes(16).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const id = `${idHex.slice(0, 8)}-${idHex.slice(8, 12)}-${idHex.slice(12, 16)}-${idHex.slice(16, 20)}-${idHex.slice(20)}`;
  return { id, token: `shk_${idHex}_${secret}`, secretHash: hashKeySecret(secret) };
}

/** The rate limiter's key: one bucket per API key, per operator otherwise. */
export function adRateLimitKey(request: FastifyRequest): string {
  const match = KEY_PATTERN.exec(request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '');
  return match ? `key:${match[1]}` : `ip:${request.ip}`;
}

export default fp(
  async function advertiserAuth(app: FastifyInstance, options: { rateLimitPerMinute: number }) {
    app.decorateRequest('adActor', null as never);

    const authenticate = async (request: FastifyRequest, scope: AdScope | undefined) => {
      const token = request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
      const match = KEY_PATTERN.exec(token);
      if (match) {
        const [, idHex, secret] = match as unknown as [string, string, string];
        const id = `${idHex.slice(0, 8)}-${idHex.slice(8, 12)}-${idHex.slice(12, 16)}-${idHex.slice(16, 20)}-${idHex.slice(20)}`;
        const key = await findActiveKey(app.db, id);
        if (!key || !timingSafeEqual(key.secret_hash, hashKeySecret(secret))) throw new UnauthorizedError('this API key is not valid or has been revoked');
        await touchApiKey(app.db, id);
        if (key.disabled) throw new ForbiddenError('this advertiser is disabled');
        if (scope && !key.scopes.includes(scope)) throw new ForbiddenError(`this API key lacks the ${scope} scope`);
        request.adActor = { kind: 'advertiser', tenantId: key.tenant_id, advertiserId: key.advertiser_id, keyId: id, scopes: key.scopes };
        return;
      }
      try {
        await request.jwtVerify();
      } catch {
        throw new UnauthorizedError('a valid advertiser API key or operator token is required');
      }
      const { user } = request;
      const needed = scope?.endsWith(':write') ? 'operator' : 'viewer';
      if (needed === 'operator' && user.role === 'viewer') throw new ForbiddenError('this needs the operator role');
      request.adActor = { kind: 'operator', tenantId: user.tenantId, operatorId: user.id, role: user.role };
    };

    // One count per API key across every ads route, not one per route: a key gets
    // HUB_AD_API_RATE_LIMIT requests a minute in all. Operators (already
    // authenticated by then) are not counted: the console is theirs.
    const rateLimit = app.rateLimit({
      max: options.rateLimitPerMinute,
      timeWindow: '1 minute',
      keyGenerator: adRateLimitKey,
      allowList: (request) => request.adActor?.kind === 'operator',
    });

    // Each route guarded here is described as taking an operator's JWT or an advertiser's key with the scope it
    // needs (OpenAPI security, with its 429), from the guard itself rather than a second list in every route.
    const scopeOfGuard = new WeakMap<object, string[]>();
    app.decorate('requireAdScope', (scope?: AdScope) => {
      const guard = async function requireAdScope(request: FastifyRequest) {
        await authenticate(request, scope);
      };
      scopeOfGuard.set(guard, scope ? [scope] : []);
      return [guard, rateLimit];
    });
    app.addHook('onRoute', (route) => {
      const guard = [route.onRequest ?? []].flat().find((hook) => scopeOfGuard.has(hook));
      if (!guard || !route.schema) return;
      route.schema = { ...route.schema, security: [{ bearer: [] }, { advertiserKey: scopeOfGuard.get(guard)! }] };
    });
  },
  { name: 'advertiser-auth', dependencies: ['auth', 'database'] },
);

/**
 * The advertiser a request acts for: an advertiser key acts for itself (naming
 * another is refused), an operator must name one.
 */
export function actingAdvertiser(actor: AdActor, named: string | undefined): string {
  if (actor.kind === 'advertiser') {
    if (named !== undefined && named !== actor.advertiserId) throw new ForbiddenError('an API key acts only for its own advertiser');
    return actor.advertiserId;
  }
  if (named === undefined) throw new ForbiddenError('an operator must name the advertiserId to act for');
  return named;
}

/** SQL filter value: an advertiser sees only its own rows, an operator every advertiser of the tenant (null). */
export const visibleAdvertiser = (actor: AdActor): string | null => (actor.kind === 'advertiser' ? actor.advertiserId : null);
