// Alipay's OpenAPI trade interface through the official alipay-sdk (RSA2
// signatures on requests, verified signatures on answers). Result codes are
// read as Alipay documents them: 10000 done, 10003 WAIT_BUYER_PAY (poll while
// the buyer enters a password), 20000 system error and 40004 business failure;
// a transport failure is an unknown outcome, never a failure. Every final answer
// reports what it is about (out_trade_no, total_amount, trans_currency) for the
// hub to check; the hub's order numbers are its own (migration 0021), so
// ACQ.TRADE_HAS_SUCCESS can only mean our own earlier request went through.
// Requests go through the hub's acquirer transport (trusted CAs, no redirects).
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { AlipaySdk, type AlipaySdkConfig } from 'alipay-sdk';
import { fetch, request, type Dispatcher } from 'undici';
import { fenToYuan, yuanToFen } from '@screenhub/protocol';
import { readAlipayBillArchive } from './alipay-bill.js';
import { signedRequestBody, type AlipayApp } from './alipay-request-signing.js';
import { fromChinaTime } from './china-time.js';
import { wasRefused, wasUntrusted } from './network-errors.js';
import type { AcquirerConnector, AnswerEcho, CancelOutcome, ConnectorOptions, PayCommand, PayOutcome, PrecreateOutcome, QueryOutcome, RefundCommand, RefundOutcome, StatementFetch } from './acquirer-connector.js';

export interface AlipayCredentials {
  appId: string;
  /** The app's RSA private key, PEM (PKCS#8). */
  privateKey: string;
  /** Alipay's public key, PEM: verifies answers. */
  alipayPublicKey: string;
  /** gateway.do URL; Alipay's production one unless set. */
  gateway?: string;
}

/**
 * 40004 sub codes that do not mean "not charged": resolve them by query.
 * ACQ.TRADE_HAS_SUCCESS ("交易已被支付"): Alipay's documentation says to confirm
 * the paid trade is this buyer's before treating the payment as paid; with the
 * hub's own numbers it is our earlier request for this transaction (an HTTP
 * retry), and the query's answer is believed only if it matches (answer-check.ts).
 */
const ASK_AGAIN = new Set(['ACQ.TRADE_HAS_SUCCESS', 'ACQ.SYSTEM_ERROR', 'aop.ACQ.SYSTEM_ERROR']);

/**
 * After the first cancel, at most this many more while Alipay answers retry_flag=Y. Alipay's 当面付
 * SDK and demo (zfbinfo.properties: max_cancel_retry = 3, cancel_duration =
 * 2000 ms) retry a cancel while retry_flag is Y, three times, and leave what
 * is still not cancelled to a person ("失败人工处理").
 */
export const ALIPAY_MAX_CANCEL_RETRY = 3;

type AlipayResult = {
  qrCode?: string;
  code?: string;
  msg?: string;
  subCode?: string;
  subMsg?: string;
  tradeNo?: string;
  outTradeNo?: string;
  totalAmount?: string;
  transCurrency?: string;
  tradeStatus?: string;
  gmtPayment?: string;
  sendPayDate?: string;
  action?: string;
  retryFlag?: string;
};

/** A yuan amount in fen; a malformed one reads as NaN, which matches nothing. */
function fenOf(yuan: string): number {
  try {
    return yuanToFen(yuan);
  } catch {
    return Number.NaN;
  }
}

/** What an answer says it is about (answer-check.ts compares it with what was asked); undefined when it names nothing. */
function echoOf(result: AlipayResult): AnswerEcho | undefined {
  if (result.outTradeNo === undefined && result.totalAmount === undefined && result.transCurrency === undefined) return undefined;
  return { orderNo: result.outTradeNo, amountFen: result.totalAmount === undefined ? undefined : fenOf(result.totalAmount), currency: result.transCurrency };
}

export class AlipayConnector implements AcquirerConnector {
  readonly channel = 'alipay';
  readonly account: string;
  readonly cancelRetryLimit = ALIPAY_MAX_CANCEL_RETRY;
  private readonly sdk: AlipaySdk;
  private readonly dispatcher: Dispatcher;
  private readonly gatewayUrl: string;
  private readonly timeoutMs: number;
  private readonly app: AlipayApp;

  constructor(credentials: AlipayCredentials, options: ConnectorOptions) {
    this.account = credentials.appId;
    this.dispatcher = options.transport.dispatcher();
    this.timeoutMs = options.timeoutMs;
    this.sdk = new AlipaySdk({
      appId: credentials.appId,
      privateKey: credentials.privateKey,
      alipayPublicKey: credentials.alipayPublicKey,
      keyType: 'PKCS8',
      signType: 'RSA2',
      timeout: options.timeoutMs,
      camelcase: true,
      // The SDK hands this to urllib as the request's `dispatcher`: any undici Dispatcher does (its type says ProxyAgent).
      proxyAgent: this.dispatcher as unknown as AlipaySdkConfig['proxyAgent'],
      ...(credentials.gateway ? { gateway: credentials.gateway } : {}),
    });
    // The SDK keeps the keys as PEM text, and node:crypto parses a PEM key on
    // every sign and verify: most of a payment's CPU time. Parsed once here as
    // KeyObjects (which createSign/createVerify accept as they are), signing costs
    // a fifth. The benchmark in simulator/bench/payments.bench.ts shows the difference.
    this.gatewayUrl = this.sdk.config.gateway!;
    const config = this.sdk.config as unknown as { privateKey: string | KeyObject; alipayPublicKey?: string | KeyObject };
    config.privateKey = createPrivateKey(config.privateKey as string);
    if (config.alipayPublicKey) config.alipayPublicKey = createPublicKey(config.alipayPublicKey as string);
    this.app = { appId: credentials.appId, privateKey: config.privateKey };
  }

  async pay(command: PayCommand): Promise<PayOutcome> {
    const result = await this.call('alipay.trade.pay', {
      outTradeNo: command.orderNo,
      scene: 'bar_code',
      authCode: command.authCode,
      totalAmount: fenToYuan(command.amountFen),
      subject: command.subject,
    });
    if ('unknown' in result) return { kind: 'unknown', reason: result.unknown };
    switch (result.code) {
      case '10000':
        return { kind: 'succeeded', acquirerTradeNo: result.tradeNo ?? '', paidAt: fromChinaTime(result.gmtPayment, 'alipay'), echo: echoOf(result) ?? {} };
      case '10003':
        return { kind: 'pending', acquirerTradeNo: result.tradeNo };
      case '40004':
        // Already paid (an HTTP client retried our request): the outcome lives in query.
        if (result.subCode && ASK_AGAIN.has(result.subCode)) return { kind: 'unknown', reason: result.subCode };
        return { kind: 'failed', reason: result.subCode ?? 'business_failed', echo: echoOf(result) };
      case '20000':
        return { kind: 'unknown', reason: result.subCode ?? 'system_error' };
      default:
        // 40001/40002/40006: our request or credentials are wrong; nothing was charged.
        return { kind: 'failed', reason: result.subCode ?? `alipay_${result.code}` };
    }
  }

  /** alipay.trade.precreate: Alipay issues the QR code; the outcome then comes from query. */
  async precreate(command: Omit<PayCommand, 'authCode'>): Promise<PrecreateOutcome> {
    const result = await this.call('alipay.trade.precreate', { outTradeNo: command.orderNo, totalAmount: fenToYuan(command.amountFen), subject: command.subject });
    if ('unknown' in result) return { kind: 'unknown', reason: result.unknown };
    if (result.code === '10000' && result.qrCode) return { kind: 'created', qrCode: result.qrCode };
    if (result.code === '40004' || result.code === 'UNREACHABLE') return { kind: 'failed', reason: result.subCode ?? 'business_failed' };
    return { kind: 'unknown', reason: result.subCode ?? `alipay_${result.code}` };
  }

  async query(orderNo: string): Promise<QueryOutcome> {
    const result = await this.call('alipay.trade.query', { outTradeNo: orderNo });
    if ('unknown' in result) return { kind: 'unknown', reason: result.unknown };
    if (result.code === '40004' && result.subCode === 'ACQ.TRADE_NOT_EXIST') return { kind: 'not_found' };
    if (result.code !== '10000') return { kind: 'unknown', reason: result.subCode ?? `alipay_${result.code}` };
    switch (result.tradeStatus) {
      case 'TRADE_SUCCESS':
      case 'TRADE_FINISHED':
        return { kind: 'succeeded', acquirerTradeNo: result.tradeNo ?? '', paidAt: fromChinaTime(result.sendPayDate, 'alipay'), echo: echoOf(result) ?? {} };
      case 'WAIT_BUYER_PAY':
        return { kind: 'pending', acquirerTradeNo: result.tradeNo };
      case 'TRADE_CLOSED':
        return { kind: 'failed', reason: 'trade_closed', echo: echoOf(result) };
      default:
        return { kind: 'unknown', reason: `trade_status_${result.tradeStatus}` };
    }
  }

  /**
   * alipay.trade.cancel, read as Alipay's 当面付 SDK reads it: 10000 is cancelled
   * (action close, or refund when the buyer had paid); otherwise retry_flag
   * decides: Y try again (counted, see ALIPAY_MAX_CANCEL_RETRY), N this cancel
   * cannot succeed and a person must look. 20000 (service busy) is a retry too.
   */
  async cancel(orderNo: string): Promise<CancelOutcome> {
    const result = await this.call('alipay.trade.cancel', { outTradeNo: orderNo });
    if ('unknown' in result) return { kind: 'retry', reason: result.unknown, answered: false };
    if (result.code === 'UNREACHABLE') return { kind: 'retry', reason: 'acquirer_unreachable', answered: false };
    if (result.code === '10000') return { kind: 'cancelled', refunded: result.action === 'refund', echo: echoOf(result) };
    const reason = result.subCode ?? `alipay_${result.code}`;
    if (result.retryFlag === 'Y' || result.code === '20000') return { kind: 'retry', reason, answered: true };
    return { kind: 'needs_attention', reason };
  }

  /** alipay.trade.refund; out_request_no makes a repeat return the first answer (fund_change N). */
  async refund(command: RefundCommand): Promise<RefundOutcome> {
    const result = await this.call('alipay.trade.refund', {
      outTradeNo: command.orderNo,
      outRequestNo: command.refundNo,
      refundAmount: fenToYuan(command.amountFen),
      refundReason: command.reason,
    });
    if ('unknown' in result) return { kind: 'unknown', reason: result.unknown };
    // refund_fee is the trade's refunded total, not this refund's amount: only the order number is echoed.
    if (result.code === '10000') return { kind: 'succeeded', echo: echoOf({ outTradeNo: result.outTradeNo }) };
    if (result.code === '40004') return { kind: 'failed', reason: result.subCode ?? 'business_failed' };
    if (result.code === 'UNREACHABLE') return { kind: 'failed', reason: result.subCode ?? 'acquirer_unreachable' };
    return { kind: 'unknown', reason: result.subCode ?? `alipay_${result.code}` };
  }

  /**
   * alipay.data.dataservice.bill.downloadurl.query, then the zip from the short-lived link. Alipay answers
   * isp.bill_not_exist until it publishes the day's bill (from 09:00 the next day): not ready, ask later.
   */
  async fetchStatement(day: string): Promise<StatementFetch> {
    const result = (await this.sdk.exec('alipay.data.dataservice.bill.downloadurl.query', { bizContent: { billType: 'trade', billDate: day } }, { validateSign: true })) as AlipayResult & {
      billDownloadUrl?: string;
    };
    if (result.subCode === 'isp.bill_not_exist') return { kind: 'not_ready', reason: `Alipay has no bill for ${day} yet (isp.bill_not_exist)` };
    if (result.code !== '10000' || !result.billDownloadUrl) throw new Error(`Alipay gives no bill for ${day}: ${result.subCode ?? result.code}`);
    const response = await fetch(result.billDownloadUrl, { signal: AbortSignal.timeout(30_000), dispatcher: this.dispatcher, redirect: 'error' });
    if (!response.ok) throw new Error(`bill download failed: HTTP ${response.status}`);
    return { kind: 'statement', statement: readAlipayBillArchive(new Uint8Array(await response.arrayBuffer())) };
  }

  private async call(method: string, bizContent: Record<string, unknown>): Promise<AlipayResult | { unknown: string }> {
    try {
      return await this.post(method, bizContent);
    } catch (err) {
      // Refused before connecting: the request never left, so nothing happened at Alipay.
      if (wasRefused(err)) return { code: 'UNREACHABLE', subCode: 'acquirer_unreachable' };
      // A server certificate we do not trust fails the handshake before the request is written: nothing was sent either.
      if (wasUntrusted(err)) return { code: 'UNREACHABLE', subCode: 'acquirer_certificate_untrusted' };
      // Timeouts, dropped connections, 5xx and unverifiable answers: we do not know what happened.
      return { unknown: (err as Error).message.slice(0, 200) };
    }
  }

  /**
   * One OpenAPI call on the payment path: signed as the SDK's sdkExecute signs (alipay-request-signing.ts, without
   * its key conversions), verified by the SDK's checkResponseSign, sent by undici on the hub's acquirer transport: the SDK's exec adds urllib, a URL rebuild and a deep key conversion per call, about a tenth of the
   * hub's CPU per payment at load. All parameters go in the form body, which gateway.do reads as it reads the query string.
   */
  private async post(method: string, bizContent: Record<string, unknown>): Promise<AlipayResult> {
    const response = await request(this.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', accept: 'application/json' },
      body: signedRequestBody(this.app, method, bizContent),
      dispatcher: this.dispatcher,
      // The call's time bound as undici's own timers (one coarse timer wheel): an AbortSignal.timeout per payment,
      // with its timer and its registration for collection, cost about 2 % of the hub's CPU. With the transport's
      // connect timeout, no phase of the call waits longer than timeoutMs.
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    const raw = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode} from Alipay`);
    const responseKey = `${method.replaceAll('.', '_')}_response`;
    const answer = JSON.parse(raw) as Record<string, unknown> & { sign?: string };
    const data = (answer[responseKey] ?? answer.error_response) as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') throw new Error(`Alipay's answer has no ${responseKey}`);
    // Throws unless Alipay's signature covers exactly the answer's text.
    this.sdk.checkResponseSign(raw, responseKey, answer.sign ?? '', '');
    return camelCased(data);
  }
}

/** An answer's top-level snake_case keys in camelCase, as the rest of the connector reads them. */
function camelCased(data: Record<string, unknown>): AlipayResult {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) result[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  return result as AlipayResult;
}
