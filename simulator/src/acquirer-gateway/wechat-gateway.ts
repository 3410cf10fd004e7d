// A local acquirer that speaks WeChat Pay's v2 merchant API for payment codes:
// /pay/micropay, /pay/orderquery, /secapi/pay/reverse and /secapi/pay/refund,
// XML in and out, HMAC-SHA256 signatures with the merchant's API key checked on
// requests and put on answers. Same behaviour knobs and forced auth-code
// suffixes as the Alipay gateway (gateway-behaviour.ts); a ledger to check against.
// A micropay for an out_trade_no that exists is answered as WeChat does:
// ORDERPAID for the same order already paid, ORDERREVERSED / ORDERCLOSED, and
// OUT_TRADE_NO_USED for another order under that number. `tamper` lets a test
// change an answer before it is signed.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { scenarioFor, type GatewayBehaviour } from './gateway-behaviour.js';
import { LocalGateway } from './local-gateway.js';

export interface WechatTrade {
  outTradeNo: string;
  transactionId: string;
  amountFen: number;
  state: 'SUCCESS' | 'USERPAYING' | 'PAYERROR' | 'REVOKED' | 'CLOSED';
  paidAt?: number;
  refunds: Map<string, number>;
}

/** WeChat Pay v2 signature: HMAC-SHA256 over sorted `k=v&…&key=<api key>`, upper-case hex. */
export function wechatSign(params: Record<string, string>, apiKey: string): string {
  const text = Object.keys(params)
    .filter((k) => k !== 'sign' && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return createHmac('sha256', apiKey).update(`${text}&key=${apiKey}`).digest('hex').toUpperCase();
}

/** Test-only: rewrites an answer's fields before it is signed (see WechatPayGateway.tamper). */
export type WechatTamper = (call: { path: string; request: Record<string, string>; answer: Record<string, string> }) => Record<string, string>;

const parser = new XMLParser({ parseTagValue: false });
const builder = new XMLBuilder();
/** "yyyyMMddHHmmss" in China Standard Time, as WeChat Pay writes times. */
const wechatTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);

export class WechatPayGateway extends LocalGateway {
  readonly trades = new Map<string, WechatTrade>();
  readonly requests: Array<{ path: string; outTradeNo: string }> = [];
  /** Test-only: when set, every signed answer's fields pass through it first. Unset, the gateway is strict. */
  tamper: WechatTamper | undefined;
  private next = 1;

  constructor(
    readonly merchant: { appId: string; mchId: string; apiKey: string },
    behaviour: Partial<GatewayBehaviour> = {},
  ) {
    super(behaviour);
  }

  protected endpoint(origin: string): string {
    return origin;
  }

  charged(): WechatTrade[] {
    return [...this.trades.values()].filter((t) => t.state === 'SUCCESS');
  }

  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    const params = ((parser.parse(body) as { xml?: Record<string, string> }).xml ?? {}) as Record<string, string>;
    this.requests.push({ path, outTradeNo: params.out_trade_no ?? '' });
    if (this.outage) return;
    const reply = (fields: Record<string, string>) => {
      const own = { ...fields, nonce_str: String(this.next++), appid: this.merchant.appId, mch_id: this.merchant.mchId };
      const signed = this.tamper ? this.tamper({ path, request: params, answer: own }) : own;
      const xml = builder.build({ xml: { ...signed, sign: wechatSign(signed, this.merchant.apiKey) } });
      const send = () => res.writeHead(200, { 'content-type': 'text/xml' }).end(xml);
      if (this.behaviour.latencyMs > 0) this.later(this.behaviour.latencyMs, send);
      else send();
    };
    const expected = Buffer.from(wechatSign(params, this.merchant.apiKey));
    const given = Buffer.from(params.sign ?? '');
    if (params.mch_id !== this.merchant.mchId || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      res.writeHead(200, { 'content-type': 'text/xml' }).end(builder.build({ xml: { return_code: 'FAIL', return_msg: '签名错误' } }));
      return;
    }
    const ok = (fields: Record<string, string>) => reply({ return_code: 'SUCCESS', result_code: 'SUCCESS', ...fields });
    const fail = (errCode: string, desc: string) => reply({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: errCode, err_code_des: desc });
    let trade = this.trades.get(params.out_trade_no ?? '');
    switch (path) {
      case '/pay/micropay': {
        const scenario = scenarioFor(params.auth_code ?? '', this.behaviour);
        if (scenario === 'number_taken' && !trade) {
          // Another order of this merchant paid under this number first, for one yuan more.
          trade = { outTradeNo: params.out_trade_no ?? '', transactionId: `4200${String(this.next++).padStart(24, '0')}`, amountFen: Number(params.total_fee) + 100, state: 'SUCCESS', paidAt: Date.now(), refunds: new Map() };
          this.trades.set(trade.outTradeNo, trade);
        }
        if (trade) {
          const [code, desc] = existingOrderError(trade, params);
          return fail(code, desc);
        }
        if (scenario === 'error_500') {
          res.writeHead(500).end();
          return;
        }
        const created: WechatTrade = { outTradeNo: params.out_trade_no ?? '', transactionId: `4200${String(this.next++).padStart(24, '0')}`, amountFen: Number(params.total_fee), state: 'SUCCESS', refunds: new Map() };
        this.trades.set(created.outTradeNo, created);
        const now = Date.now();
        switch (scenario) {
          case 'pay':
            created.paidAt = now;
            return ok({ transaction_id: created.transactionId, out_trade_no: created.outTradeNo, total_fee: String(created.amountFen), time_end: wechatTime(now) });
          case 'delivered_twice':
            // The first delivery paid; the second finds the order paid.
            created.paidAt = now;
            return fail('ORDERPAID', '订单已支付');
          case 'decline':
            created.state = 'PAYERROR';
            return fail('NOTENOUGH', '余额不足');
          case 'password_then_pay':
          case 'password_never':
          case 'password_never_cancel_refused':
          case 'password_never_cancel_busy':
            created.state = 'USERPAYING';
            if (scenario === 'password_then_pay') {
              this.later(this.behaviour.passwordDelayMs, () => {
                if (created.state === 'USERPAYING') Object.assign(created, { state: 'SUCCESS', paidAt: Date.now() });
              });
            }
            return fail('USERPAYING', '需要用户输入支付密码');
          case 'hang':
            created.paidAt = now;
            this.later(120_000, () => res.destroy());
            return;
          case 'drop_after_pay':
            created.paidAt = now;
            res.socket?.destroy();
            return;
        }
        return;
      }
      case '/pay/orderquery':
        if (!trade) return fail('ORDERNOTEXIST', '此交易订单号不存在');
        return ok({
          trade_state: trade.state,
          out_trade_no: trade.outTradeNo,
          transaction_id: trade.transactionId,
          // An order closed by a reverse before any micropay has no amount.
          ...(trade.amountFen > 0 ? { total_fee: String(trade.amountFen) } : {}),
          ...(trade.paidAt && trade.state === 'SUCCESS' ? { time_end: wechatTime(trade.paidAt) } : {}),
        });
      case '/secapi/pay/reverse':
        if (trade) trade.state = 'REVOKED';
        else this.trades.set(params.out_trade_no ?? '', { outTradeNo: params.out_trade_no ?? '', transactionId: '', amountFen: 0, state: 'REVOKED', refunds: new Map() });
        return ok({ recall: 'N' });
      case '/secapi/pay/refund': {
        if (!trade) return fail('ORDERNOTEXIST', '订单不存在');
        const refundNo = params.out_refund_no ?? '';
        if (trade.refunds.has(refundNo)) return ok({ out_refund_no: refundNo, refund_fee: String(trade.refunds.get(refundNo)) });
        const refunded = [...trade.refunds.values()].reduce((a, b) => a + b, 0);
        const fee = Number(params.refund_fee);
        if (trade.state !== 'SUCCESS' || !Number.isInteger(fee) || fee <= 0 || refunded + fee > trade.amountFen) return fail('INVALID_REQUEST', '退款金额不合法');
        trade.refunds.set(refundNo, fee);
        return ok({ out_refund_no: refundNo, refund_fee: String(fee) });
      }
      default:
        res.writeHead(404).end();
        return;
    }
  }
}

/**
 * WeChat's answer to a micropay for an out_trade_no it already has: the same
 * order (same total_fee) already paid, reversed or closed, or
 * OUT_TRADE_NO_USED when another order holds the number.
 */
function existingOrderError(trade: WechatTrade, params: Record<string, string>): [string, string] {
  if (Number(params.total_fee) !== trade.amountFen) return ['OUT_TRADE_NO_USED', '商户订单号重复'];
  switch (trade.state) {
    case 'SUCCESS':
      return ['ORDERPAID', '订单已支付'];
    case 'REVOKED':
      return ['ORDERREVERSED', '订单已撤销'];
    case 'CLOSED':
      return ['ORDERCLOSED', '订单已关闭'];
    case 'USERPAYING':
      return ['USERPAYING', '需要用户输入支付密码'];
    default:
      return ['OUT_TRADE_NO_USED', '商户订单号重复'];
  }
}
