// The revenue split settings: the tenant's default shares and merchants' own.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { deleteOverride, findOverride, merchantExists, tenantShares, upsertOverride, upsertTenantShares, type Shares } from './share-sql.js';

const Bp = Type.Integer({ minimum: 0, maximum: 10_000, description: 'basis points (1/100 of a percent)' });
const SharesSchema = Type.Object(
  { operatorShareBp: Bp, bankShareBp: Bp, merchantShareBp: Bp },
  { additionalProperties: false, description: 'the three add up to 10000' },
);
const MerchantSharesSchema = Type.Object({
  merchantId: Type.String({ format: 'uuid' }),
  operatorShareBp: Type.Integer(),
  bankShareBp: Type.Integer(),
  merchantShareBp: Type.Integer(),
  source: Type.Union([Type.Literal('override'), Type.Literal('tenant')], { description: "override: the merchant's own; tenant: the tenant's default applies" }),
});

function checkSum(shares: Shares): Shares {
  const sum = shares.operatorShareBp + shares.bankShareBp + shares.merchantShareBp;
  if (sum !== 10_000) throw new BadRequestError(`the shares must add up to 10000 basis points; they add up to ${sum}`);
  return shares;
}

export async function shareRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ad revenue'];
  const security = [{ bearer: [] }];

  const merchant = async (tenantId: string, id: string) => {
    if (!(await merchantExists(app.db, tenantId, id))) throw new NotFoundError('merchant');
  };

  app.get(
    '/api/ad-settings/shares',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: "The tenant's ad revenue split", response: { 200: SharesSchema } } },
    async (request) => tenantShares(app.db, request.user.tenantId),
  );

  app.put(
    '/api/ad-settings/shares',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: "Set the tenant's ad revenue split (operator, bank, merchant; adding up to 10000 bp)", body: SharesSchema, response: { 200: SharesSchema } } },
    async (request) => upsertTenantShares(app.db, request.user.tenantId, checkSum(request.body)),
  );

  app.get(
    '/api/merchants/:id/ad-share',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: "The split that applies to a merchant's ad revenue", params: IdParams, response: { 200: MerchantSharesSchema } } },
    async (request) => {
      const { tenantId } = request.user;
      await merchant(tenantId, request.params.id);
      const override = await findOverride(app.db, tenantId, request.params.id);
      return { merchantId: request.params.id, ...(override ?? (await tenantShares(app.db, tenantId))), source: override ? ('override' as const) : ('tenant' as const) };
    },
  );

  app.put(
    '/api/merchants/:id/ad-share',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: "A merchant's own ad revenue split, in place of the tenant's", params: IdParams, body: SharesSchema, response: { 200: MerchantSharesSchema } } },
    async (request) => {
      const { tenantId } = request.user;
      await merchant(tenantId, request.params.id);
      const shares = await upsertOverride(app.db, tenantId, request.params.id, checkSum(request.body));
      return { merchantId: request.params.id, ...shares, source: 'override' as const };
    },
  );

  app.delete(
    '/api/merchants/:id/ad-share',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: "Drop a merchant's own split (the tenant's applies again)", params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const { tenantId } = request.user;
      await merchant(tenantId, request.params.id);
      if (!(await deleteOverride(app.db, tenantId, request.params.id))) throw new NotFoundError('ad share override');
      reply.status(204);
      return null;
    },
  );
}
