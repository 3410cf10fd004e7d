// The local acquirer gateways (Alipay's OpenAPI, WeChat Pay's v2 API) over HTTPS, for tests and benchmarks.
export { AlipayGateway, chinaTime, newAlipayAppId, refundedFen, type AlipayApp, type AlipayTamper, type Answer as AlipayAnswer, type Trade, type TradeStatus } from './alipay-gateway.js';
export { defaultGatewayBehaviour, forcedScenarios, scenarioFor, type GatewayBehaviour, type PayScenario } from './gateway-behaviour.js';
export { requestSigningString, signedResponse, verifyRequest } from './alipay-signature.js';
export { WechatPayGateway, wechatSign, type WechatTamper, type WechatTrade } from './wechat-gateway.js';
export { testTls, type TestTls } from './test-tls.js';
export { startGatewayProcess, type GatewayProcess, type LedgerTrade } from './gateway-process.js';
export { ALIPAY_BILL_DELAY_MS, WECHAT_BILL_DELAY_MS, billIsOut, chinaDay } from './bill-clock.js';
export { tradeBillArchive, tradeBillDetail, tradeBillRows, tradeBillSummary, type TradeBillRow } from './trade-bill.js';
export { wechatBill } from './wechat-bill.js';
