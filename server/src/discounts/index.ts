// Discounts domain: instant discounts the bank funds at the counter (立减).
// Campaigns say which merchants, when, the rule, the budget and daily limits;
// the payment path asks the desk for offers and reserves them in the group
// commit that inserts the payments (payments/payment-writes.ts); the settler gives
// back what failed or cancelled payments reserved; the statement closer writes
// what the bank owes each merchant per day, with the payments behind it.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { campaignRoutes } from './campaign-routes.js';
import { DiscountDesk } from './discount-desk.js';
import { DiscountService } from './discount-service.js';
import { DiscountSettler } from './discount-settler.js';
import { StatementCloser } from './statement-closer.js';
import { statementRoutes } from './statement-routes.js';

export { DiscountDesk } from './discount-desk.js';
export type { Offer } from './discount-offer.js';
export type { Claim } from './budget-allocation.js';

/** The settings this domain reads (config.ts). */
export type DiscountsConfig = Pick<HubConfig, 'discountSettleMs' | 'discountStatementCloseMs' | 'discountStatementGraceMinutes'>;

declare module 'fastify' {
  interface FastifyInstance {
    discounts: { desk: DiscountDesk; settler: DiscountSettler; closer: StatementCloser };
  }
}

async function discountsDomain(fastify: FastifyInstance, options: { config: DiscountsConfig }) {
  const logger = fastify.log.child({ component: 'discounts' });
  const desk = new DiscountDesk(fastify.db);
  const settler = new DiscountSettler(fastify.db, logger, options.config.discountSettleMs);
  const closer = new StatementCloser({ db: fastify.db, settler, logger, intervalMs: options.config.discountStatementCloseMs, graceMinutes: options.config.discountStatementGraceMinutes });
  const service = new DiscountService(fastify.db, desk);
  fastify.decorate('discounts', { desk, settler, closer });
  fastify.addHook('onReady', async () => {
    settler.start();
    closer.start();
  });
  fastify.addHook('onClose', async () => {
    await closer.stop();
    await settler.stop();
  });
  await fastify.register(campaignRoutes, { service });
  await fastify.register(statementRoutes, { service });
}

export default fp(discountsDomain, { name: 'discounts', dependencies: ['merchants'] });
