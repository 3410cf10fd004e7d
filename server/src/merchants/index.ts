// Merchants domain: a merchant (category, city, district, business area,
// trading hours), its stores, and the acquirer that takes its screens'
// payments (Alipay or WeChat Pay), with the acquirer credentials encrypted at rest.
// Credentials go in and are never shown again; the API shows the app id only.
// Gateway URLs must be on the hub's list for the acquirer (credential-check.ts).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AcquirerGateways, type Acquirer } from './acquirer-gateways.js';
import { merchantRoutes } from './merchant-routes.js';

async function merchantsDomain(fastify: FastifyInstance, options: { gateways: Record<Acquirer, readonly string[]> }) {
  const gateways = new AcquirerGateways(options.gateways);
  await fastify.register(merchantRoutes, { gateways });
}

export default fp(merchantsDomain, { name: 'merchants', dependencies: ['database', 'auth'] });

// What other domains use of merchants: the acquirers' gateways, a merchant's row, its credentials opened, its trading hours.
export { AcquirerGateways, type Acquirer } from './acquirer-gateways.js';
export { openCredentials, type AlipayCredentialsBody, type WechatCredentialsBody } from './merchant-credentials.js';
export { findMerchant, findMerchantById } from './merchant-sql.js';
export { isOpenAt, TradingHoursSchema, type TradingHours } from './trading-hours.js';
