// WeChat Pay's v2 merchant API for payment codes (付款码支付): micropay,
// orderquery, reverse and refund, and for dynamic QR (Native 支付):
// unifiedorder with trade_type NATIVE and closeorder; XML with HMAC-SHA256
// signatures (no official Node SDK covers micropay, so the few calls are
// written here on undici's fetch and fast-xml-parser). Error codes are read as
// WeChat documents them: USERPAYING means poll orderquery; SYSTEMERROR and
// BANKERROR mean the outcome is unknown; a reverse answered with recall=Y must
// be repeated. /secapi calls (reverse, refund) present the merchant's API
// client certificate (mutual TLS); WeChat answers CERT_ERROR without it.
// Every final answer reports what it is about (out_trade_no, total_fee,
// fee_type, appid/mch_id) for the hub to check. ORDERPAID means the number was
// already paid (with the hub's own numbers: our earlier request), so the query
// decides; OUT_TRADE_NO_USED means another order holds the number, which a
// person must sort out.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { fetch, type Dispatcher } from 'undici';
import { fromChinaTime } from './china-time.js';
import { wasRefused, wasUntrusted } from './network-errors.js';
import { parseWechatBill } from './wechat-bill.js';
import type { AcquirerConnector, AnswerEcho, CancelOutcome, ConnectorOptions, PayCommand, PaymentMode, PayOutcome, PrecreateOutcome, QueryOutcome, RefundCommand, RefundOutcome, StatementFetch } from './acquirer-connector.js';

export interface WechatCredentials {
  appId: string;
  mchId: string;
  /** The merchant's API key (32 characters): signs requests and answers. */
  apiKey: string;
  /** API base URL; WeChat Pay's production one unless set. */
  gateway?: string;
  /** The merchant's API client certificate (apiclient_cert.pem), PEM: WeChat Pay asks for it on reverse and refund. */
  apiClientCert?: string;
  /** Its private key (apiclient_key.pem), PEM. */
  apiClientKey?: string;
}

const parser = new XMLParser({ parseTagValue: false });
const builder = new XMLBuilder();
const UNKNOWN_ERRORS = new Set(['SYSTEMERROR', 'BANKERROR']);

/**
 * After the first reverse, at most this many more while WeChat answers
 * recall=Y: WeChat Pay's own SDK demos for payment codes (WxPayApi/MicroPay
 * `cancel`, "撤销订单，如果失败会重复调用10次") stop at a depth of 10.
 */
export const WECHAT_MAX_REVERSE_RETRY = 10;

/** What an answer says it is about (answer-check.ts compares it with what was asked); undefined when it names nothing. */
function echoOf(answer: Record<string, string>, amountField = 'total_fee'): AnswerEcho | undefined {
  const fee = answer[amountField];
  const echo: AnswerEcho = {
    orderNo: answer.out_trade_no,
    refundNo: answer.out_refund_no,
    amountFen: fee === undefined ? undefined : /^\d{1,15}$/.test(fee) ? Number(fee) : Number.NaN,
    currency: answer.fee_type,
    account: answer.appid !== undefined || answer.mch_id !== undefined ? `${answer.appid}/${answer.mch_id}` : undefined,
  };
  return Object.values(echo).some((v) => v !== undefined) ? echo : undefined;
}

function sign(params: Record<string, string>, apiKey: string): string {
  const text = Object.keys(params)
    .filter((k) => k !== 'sign' && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return createHmac('sha256', apiKey).update(`${text}&key=${apiKey}`).digest('hex').toUpperCase();
}

/** Prefix of the calls WeChat Pay serves only to a client presenting the merchant's API certificate. */
const SECURE_API = '/secapi/';

export class WechatConnector implements AcquirerConnector {
  readonly channel = 'wechat';
  readonly cancelRetryLimit = WECHAT_MAX_REVERSE_RETRY;
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly notifyUrl: string;
  private readonly plain: Dispatcher;
  /** With the merchant's client certificate when it has one; without, WeChat Pay refuses /secapi calls (CERT_ERROR). */
  private readonly secure: Dispatcher;

  constructor(
    private readonly credentials: WechatCredentials,
    options: ConnectorOptions,
  ) {
    this.base = credentials.gateway ?? 'https://api.mch.weixin.qq.com';
    this.timeoutMs = options.timeoutMs;
    // Required by unifiedorder; the hub learns outcomes by orderquery, so notifications only reach the hub itself.
    this.notifyUrl = options.notifyUrl ?? 'https://127.0.0.1/';
    this.plain = options.transport.dispatcher();
    const { apiClientCert: cert, apiClientKey: key } = credentials;
    this.secure = cert && key ? options.transport.dispatcher({ cert, key }) : this.plain;
  }

  get account(): string {
    return `${this.credentials.appId}/${this.credentials.mchId}`;
  }

  async pay(command: PayCommand): Promise<PayOutcome> {
    const answer = await this.call('/pay/micropay', {
      body: command.subject,
      out_trade_no: command.orderNo,
      total_fee: String(command.amountFen),
      spbill_create_ip: '127.0.0.1',
      auth_code: command.authCode,
    });
    if ('unknown' in answer) return { kind: 'unknown', reason: answer.unknown };
    if (answer.result_code === 'SUCCESS') return { kind: 'succeeded', acquirerTradeNo: answer.transaction_id ?? '', paidAt: fromChinaTime(answer.time_end, 'wechat'), echo: echoOf(answer) ?? {} };
    if (answer.err_code === 'USERPAYING') return { kind: 'pending' };
    // Already paid under this number: the query says by whom, and for how much.
    if (UNKNOWN_ERRORS.has(answer.err_code ?? '') || answer.err_code === 'ORDERPAID') return { kind: 'unknown', reason: answer.err_code! };
    if (answer.err_code === 'OUT_TRADE_NO_USED') return { kind: 'needs_attention', reason: answer.err_code };
    return { kind: 'failed', reason: answer.err_code ?? answer.return_msg ?? 'FAIL', echo: echoOf(answer) };
  }

  /** unifiedorder, trade_type NATIVE: WeChat answers the code_url the customer scans; the outcome then comes from orderquery. */
  async precreate(command: Omit<PayCommand, 'authCode'>): Promise<PrecreateOutcome> {
    const answer = await this.call('/pay/unifiedorder', {
      body: command.subject,
      out_trade_no: command.orderNo,
      total_fee: String(command.amountFen),
      spbill_create_ip: '127.0.0.1',
      notify_url: this.notifyUrl,
      trade_type: 'NATIVE',
      product_id: command.orderNo,
    });
    if ('unknown' in answer) return { kind: 'unknown', reason: answer.unknown };
    if (answer.result_code === 'SUCCESS' && answer.code_url) return { kind: 'created', qrCode: answer.code_url };
    if (UNKNOWN_ERRORS.has(answer.err_code ?? '')) return { kind: 'unknown', reason: answer.err_code! };
    return { kind: 'failed', reason: answer.err_code ?? 'FAIL' };
  }

  async query(orderNo: string): Promise<QueryOutcome> {
    const answer = await this.call('/pay/orderquery', { out_trade_no: orderNo });
    if ('unknown' in answer) return { kind: 'unknown', reason: answer.unknown };
    if (answer.result_code !== 'SUCCESS') return answer.err_code === 'ORDERNOTEXIST' ? { kind: 'not_found' } : { kind: 'unknown', reason: answer.err_code ?? 'FAIL' };
    switch (answer.trade_state) {
      case 'SUCCESS':
        return { kind: 'succeeded', acquirerTradeNo: answer.transaction_id ?? '', paidAt: fromChinaTime(answer.time_end, 'wechat'), echo: echoOf(answer) ?? {} };
      case 'USERPAYING':
      case 'NOTPAY':
        return { kind: 'pending' };
      case 'PAYERROR':
      case 'CLOSED':
      case 'REVOKED':
        return { kind: 'failed', reason: `trade_${String(answer.trade_state).toLowerCase()}`, echo: echoOf(answer) };
      default:
        return { kind: 'unknown', reason: `trade_state_${answer.trade_state}` };
    }
  }

  /** Reverse: recall=Y (or SYSTEMERROR) means call again, counted; any other refusal (REVERSE_EXPIRE…) needs a person. A QR order is closed instead. */
  async cancel(orderNo: string, mode: PaymentMode = 'barcode'): Promise<CancelOutcome> {
    if (mode === 'qr') return this.close(orderNo);
    const answer = await this.call('/secapi/pay/reverse', { out_trade_no: orderNo });
    if ('unknown' in answer) return { kind: 'retry', reason: answer.unknown, answered: false };
    if (answer.err_code === 'acquirer_unreachable') return { kind: 'retry', reason: answer.err_code, answered: false };
    if (answer.result_code === 'SUCCESS' && answer.recall !== 'Y') return { kind: 'cancelled', refunded: false, echo: echoOf(answer) };
    if (answer.recall === 'Y' || answer.err_code === 'SYSTEMERROR') return { kind: 'retry', reason: answer.err_code ?? 'recall', answered: true };
    return { kind: 'needs_attention', reason: answer.err_code ?? 'FAIL' };
  }

  async refund(command: RefundCommand): Promise<RefundOutcome> {
    const answer = await this.call('/secapi/pay/refund', {
      out_trade_no: command.orderNo,
      out_refund_no: command.refundNo,
      total_fee: String(command.totalFen),
      refund_fee: String(command.amountFen),
    });
    if ('unknown' in answer) return { kind: 'unknown', reason: answer.unknown };
    // refund_fee is this refund's amount.
    if (answer.result_code === 'SUCCESS') return { kind: 'succeeded', echo: echoOf(answer, 'refund_fee') };
    if (UNKNOWN_ERRORS.has(answer.err_code ?? '')) return { kind: 'unknown', reason: answer.err_code! };
    return { kind: 'failed', reason: answer.err_code ?? 'FAIL' };
  }

  /**
   * closeorder for a QR order. One the customer paid in the last moment cannot be closed (ORDERPAID): like Alipay's
   * cancel, the money goes back, by a refund of the whole order under a number of its own (so a retry is the same refund).
   */
  private async close(orderNo: string): Promise<CancelOutcome> {
    const answer = await this.call('/pay/closeorder', { out_trade_no: orderNo });
    if ('unknown' in answer) return { kind: 'retry', reason: answer.unknown, answered: false };
    // An order WeChat never saw cannot be paid later either: closed is what we wanted.
    if (answer.result_code === 'SUCCESS' || answer.err_code === 'ORDERCLOSED' || answer.err_code === 'ORDERNOTEXIST') return { kind: 'cancelled', refunded: false };
    if (answer.err_code !== 'ORDERPAID') return { kind: 'retry', reason: answer.err_code ?? 'FAIL', answered: true };
    const order = await this.call('/pay/orderquery', { out_trade_no: orderNo });
    const totalFen = 'unknown' in order || order.trade_state !== 'SUCCESS' ? NaN : Number(order.total_fee);
    if (!Number.isInteger(totalFen)) return { kind: 'retry', reason: 'closeorder ORDERPAID but the order does not read as paid', answered: false };
    const refund = await this.refund({ orderNo, refundNo: `C${orderNo}`, amountFen: totalFen, totalFen, reason: 'QR code expired' });
    return refund.kind === 'succeeded' ? { kind: 'cancelled', refunded: true } : { kind: 'retry', reason: `refund after ORDERPAID: ${refund.reason}`, answered: false };
  }

  /**
   * /pay/downloadbill (bill_type ALL): the day's bill as text, or an XML failure. WeChat Pay publishes from 10:00 the
   * next day ("Bill Creating" before); "No Bill Exist" is a day without trades, an empty bill.
   */
  async fetchStatement(day: string): Promise<StatementFetch> {
    const params: Record<string, string> = { appid: this.credentials.appId, mch_id: this.credentials.mchId, nonce_str: randomBytes(12).toString('hex'), sign_type: 'HMAC-SHA256', bill_date: day.replaceAll('-', ''), bill_type: 'ALL' };
    const response = await fetch(`${this.base}/pay/downloadbill`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: builder.build({ xml: { ...params, sign: sign(params, this.credentials.apiKey) } }),
      signal: AbortSignal.timeout(30_000),
      dispatcher: this.plain,
      redirect: 'error',
    });
    if (!response.ok) throw new Error(`bill download failed: HTTP ${response.status}`);
    const text = await response.text();
    if (!text.trimStart().startsWith('<xml>')) return { kind: 'statement', statement: parseWechatBill(text) };
    const failure = ((parser.parse(text) as { xml?: Record<string, string> }).xml ?? {}) as Record<string, string>;
    const message = failure.return_msg ?? 'FAIL';
    if (/no bill exist/i.test(message)) return { kind: 'statement', statement: { lines: [], problems: [] } };
    if (/bill creating/i.test(message)) return { kind: 'not_ready', reason: `WeChat Pay has no bill for ${day} yet (${message})` };
    throw new Error(`WeChat Pay gives no bill for ${day}: ${message}`);
  }

  private async call(path: string, fields: Record<string, string>): Promise<Record<string, string> | { unknown: string }> {
    const params: Record<string, string> = { appid: this.credentials.appId, mch_id: this.credentials.mchId, nonce_str: randomBytes(12).toString('hex'), sign_type: 'HMAC-SHA256', ...fields };
    const body = builder.build({ xml: { ...params, sign: sign(params, this.credentials.apiKey) } });
    let text: string;
    try {
      const response = await fetch(this.base + path, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
        dispatcher: path.startsWith(SECURE_API) ? this.secure : this.plain,
        redirect: 'error',
      });
      if (response.status >= 500) return { unknown: `HTTP ${response.status}` };
      text = await response.text();
    } catch (err) {
      // Refused before connecting, or a server certificate we do not trust: nothing reached WeChat Pay.
      if (wasRefused(err)) return { return_code: 'FAIL', result_code: 'FAIL', err_code: 'acquirer_unreachable' };
      if (wasUntrusted(err)) return { return_code: 'FAIL', result_code: 'FAIL', err_code: 'acquirer_certificate_untrusted' };
      return { unknown: (err as Error).message.slice(0, 200) };
    }
    const answer = ((parser.parse(text) as { xml?: Record<string, string> }).xml ?? {}) as Record<string, string>;
    if (answer.return_code !== 'SUCCESS') return { return_code: 'FAIL', result_code: 'FAIL', err_code: answer.return_msg ?? 'FAIL' };
    const expected = Buffer.from(sign(answer, this.credentials.apiKey));
    const given = Buffer.from(answer.sign ?? '');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { unknown: 'answer signature does not verify' };
    return answer;
  }
}
