// WeChat Pay's v2 merchant API for payment codes (付款码支付): micropay,
// orderquery, reverse and refund, XML with HMAC-SHA256 signatures (no official
// Node SDK covers micropay, so the few calls are written here on fetch and
// fast-xml-parser). Error codes are read as WeChat documents them: USERPAYING
// means poll orderquery; SYSTEMERROR and BANKERROR mean the outcome is unknown;
// a reverse answered with recall=Y must be repeated. Every final answer reports
// what it is about (out_trade_no, total_fee, fee_type, appid/mch_id) for the hub
// to check. ORDERPAID means the number was already paid (with the hub's own
// numbers: our earlier request), so the query decides; OUT_TRADE_NO_USED means
// another order holds the number, which a person must sort out.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { wasRefused } from './network-errors.js';
import type { AcquirerConnector, AnswerEcho, CancelOutcome, PayCommand, PayOutcome, PrecreateOutcome, QueryOutcome, RefundCommand, RefundOutcome } from './acquirer-connector.js';

export interface WechatCredentials {
  appId: string;
  mchId: string;
  /** The merchant's API key (32 characters): signs requests and answers. */
  apiKey: string;
  /** API base URL; WeChat Pay's production one unless set. */
  gateway?: string;
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

/** "yyyyMMddHHmmss", China Standard Time. */
function fromWechatTime(text: string | undefined): number {
  const m = text && /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return Date.now();
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h! - 8, mi!, s!);
}

export class WechatConnector implements AcquirerConnector {
  readonly channel = 'wechat';
  readonly cancelRetryLimit = WECHAT_MAX_REVERSE_RETRY;
  private readonly base: string;

  constructor(
    private readonly credentials: WechatCredentials,
    private readonly timeoutMs: number,
  ) {
    this.base = credentials.gateway ?? 'https://api.mch.weixin.qq.com';
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
    if (answer.result_code === 'SUCCESS') return { kind: 'succeeded', acquirerTradeNo: answer.transaction_id ?? '', paidAt: fromWechatTime(answer.time_end), echo: echoOf(answer) ?? {} };
    if (answer.err_code === 'USERPAYING') return { kind: 'pending' };
    // Already paid under this number: the query says by whom, and for how much.
    if (UNKNOWN_ERRORS.has(answer.err_code ?? '') || answer.err_code === 'ORDERPAID') return { kind: 'unknown', reason: answer.err_code! };
    if (answer.err_code === 'OUT_TRADE_NO_USED') return { kind: 'needs_attention', reason: answer.err_code };
    return { kind: 'failed', reason: answer.err_code ?? answer.return_msg ?? 'FAIL', echo: echoOf(answer) };
  }

  async precreate(): Promise<PrecreateOutcome> {
    return { kind: 'failed', reason: 'qr_not_supported_for_wechat' };
  }

  async query(orderNo: string): Promise<QueryOutcome> {
    const answer = await this.call('/pay/orderquery', { out_trade_no: orderNo });
    if ('unknown' in answer) return { kind: 'unknown', reason: answer.unknown };
    if (answer.result_code !== 'SUCCESS') return answer.err_code === 'ORDERNOTEXIST' ? { kind: 'not_found' } : { kind: 'unknown', reason: answer.err_code ?? 'FAIL' };
    switch (answer.trade_state) {
      case 'SUCCESS':
        return { kind: 'succeeded', acquirerTradeNo: answer.transaction_id ?? '', paidAt: fromWechatTime(answer.time_end), echo: echoOf(answer) ?? {} };
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

  /** Reverse: recall=Y (or SYSTEMERROR) means call again, counted; any other refusal (REVERSE_EXPIRE…) needs a person. */
  async cancel(orderNo: string): Promise<CancelOutcome> {
    const answer = await this.call('/secapi/pay/reverse', { out_trade_no: orderNo });
    if ('unknown' in answer) return { kind: 'retry', reason: answer.unknown, answered: false };
    if (answer.err_code === 'acquirer_unreachable') return { kind: 'retry', reason: answer.err_code, answered: false };
    if (answer.result_code === 'SUCCESS' && answer.recall !== 'Y') return { kind: 'cancelled', refunded: false, echo: echoOf(answer) };
    if (answer.recall === 'Y' || answer.err_code === 'SYSTEMERROR') return { kind: 'retry', reason: answer.err_code ?? 'recall', answered: true };
    return { kind: 'needs_attention', reason: answer.err_code ?? 'FAIL' };
  }

  async refund(command: RefundCommand): Promise<RefundOutcome> {
    const answer = await this.call('/secapi/pay/refund', { out_trade_no: command.orderNo, out_refund_no: command.refundNo, refund_fee: String(command.amountFen), total_fee: String(command.amountFen) });
    if ('unknown' in answer) return { kind: 'unknown', reason: answer.unknown };
    // refund_fee is this refund's amount.
    if (answer.result_code === 'SUCCESS') return { kind: 'succeeded', echo: echoOf(answer, 'refund_fee') };
    if (UNKNOWN_ERRORS.has(answer.err_code ?? '')) return { kind: 'unknown', reason: answer.err_code! };
    return { kind: 'failed', reason: answer.err_code ?? 'FAIL' };
  }

  async fetchStatement(): Promise<string> {
    throw new Error('statements are not fetched from WeChat Pay yet');
  }

  private async call(path: string, fields: Record<string, string>): Promise<Record<string, string> | { unknown: string }> {
    const params: Record<string, string> = { appid: this.credentials.appId, mch_id: this.credentials.mchId, nonce_str: randomBytes(12).toString('hex'), sign_type: 'HMAC-SHA256', ...fields };
    const body = builder.build({ xml: { ...params, sign: sign(params, this.credentials.apiKey) } });
    let text: string;
    try {
      const response = await fetch(this.base + path, { method: 'POST', headers: { 'content-type': 'text/xml' }, body, signal: AbortSignal.timeout(this.timeoutMs) });
      if (response.status >= 500) return { unknown: `HTTP ${response.status}` };
      text = await response.text();
    } catch (err) {
      // Refused before connecting: nothing reached WeChat Pay.
      if (wasRefused(err)) return { return_code: 'FAIL', result_code: 'FAIL', err_code: 'acquirer_unreachable' };
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
