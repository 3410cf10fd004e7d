// A local acquirer that speaks WeChat Pay's v2 merchant API for payment codes:
// /pay/micropay, /pay/orderquery, /secapi/pay/reverse and /secapi/pay/refund,
// and for dynamic QR: /pay/unifiedorder (trade_type NATIVE; `scan` plays the
// customer's phone) and /pay/closeorder; /pay/downloadbill, the day's bill as
// text once it is out (wechat-bill.ts). XML in and out, HMAC-SHA256
// signatures with the merchant's API key checked on requests and put on
// answers. Over HTTPS; like WeChat Pay, /secapi calls need the merchant's API
// client certificate (issued by the test CA) and are refused with CERT_ERROR
// without one. Same behaviour knobs and forced auth-code suffixes as the Alipay
// gateway (gateway-behaviour.ts); a ledger to check against.
// A micropay for an out_trade_no that exists is answered as WeChat does:
// ORDERPAID for the same order already paid, ORDERREVERSED / ORDERCLOSED, and
// OUT_TRADE_NO_USED for another order under that number. `tamper` lets a test
// change an answer before it is signed.
import { createHmac, timingSafeEqual, X509Certificate } from 'node:crypto';
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { billIsOut, WECHAT_BILL_DELAY_MS } from './bill-clock.js';
import { scenarioFor, type GatewayBehaviour } from './gateway-behaviour.js';
import { LocalGateway } from './local-gateway.js';
import { testTls } from './test-tls.js';
import { wechatBill } from './wechat-bill.js';

export interface WechatTrade {
  outTradeNo: string;
  transactionId: string;
  amountFen: number;
  state: 'SUCCESS' | 'USERPAYING' | 'NOTPAY' | 'PAYERROR' | 'REVOKED' | 'CLOSED';
  paidAt?: number;
  /** Dynamic QR (NATIVE) orders: the code_url the customer scans. */
  codeUrl?: string;
  refunds: Map<string, number>;
  /** When each refund was made (it is listed in that day's bill). */
  refundTimes: Map<string, number>;
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
  /** Issues the merchants' API client certificates (the test CA). */
  private readonly clientCa = new X509Certificate(testTls().ca);

  constructor(
    readonly merchant: { appId: string; mchId: string; apiKey: string },
    behaviour: Partial<GatewayBehaviour> = {},
  ) {
    super(behaviour, { clientCa: testTls().ca });
  }

  protected endpoint(origin: string): string {
    return origin;
  }

  charged(): WechatTrade[] {
    return [...this.trades.values()].filter((t) => t.state === 'SUCCESS');
  }

  /**
   * Whether the client proved a certificate the test CA issued. Not `socket.authorized` alone: Node reports it true
   * on a resumed TLS session whose first handshake presented no certificate at all.
   */
  private presentsMerchantCertificate(socket: TLSSocket): boolean {
    const peer = socket.getPeerX509Certificate();
    return socket.authorized && peer !== undefined && peer.checkIssued(this.clientCa) && peer.verify(this.clientCa.publicKey);
  }

  /** The customer scans `codeUrl` and pays; false when no open NATIVE order has that code. */
  scan(codeUrl: string): boolean {
    const trade = [...this.trades.values()].find((t) => t.codeUrl === codeUrl && t.state === 'NOTPAY');
    if (!trade) return false;
    Object.assign(trade, { state: 'SUCCESS', paidAt: Date.now() });
    return true;
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
    // WeChat Pay reads the client certificate on /secapi only; a missing one, or one it did not issue, is CERT_ERROR.
    if (path.startsWith('/secapi/') && !this.presentsMerchantCertificate(req.socket as TLSSocket)) return fail('CERT_ERROR', '证书校验错误');
    if (path === '/pay/downloadbill') return this.downloadBill(params, res);
    let trade = this.trades.get(params.out_trade_no ?? '');
    switch (path) {
      case '/pay/micropay': {
        const scenario = scenarioFor(params.auth_code ?? '', this.behaviour);
        if (scenario === 'number_taken' && !trade) {
          // Another order of this merchant paid under this number first, for one yuan more.
          trade = { outTradeNo: params.out_trade_no ?? '', transactionId: `4200${String(this.next++).padStart(24, '0')}`, amountFen: Number(params.total_fee) + 100, state: 'SUCCESS', paidAt: Date.now(), refunds: new Map(), refundTimes: new Map() };
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
        const created: WechatTrade = { outTradeNo: params.out_trade_no ?? '', transactionId: `4200${String(this.next++).padStart(24, '0')}`, amountFen: Number(params.total_fee), state: 'SUCCESS', refunds: new Map(), refundTimes: new Map() };
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
        else this.trades.set(params.out_trade_no ?? '', { outTradeNo: params.out_trade_no ?? '', transactionId: '', amountFen: 0, state: 'REVOKED', refunds: new Map(), refundTimes: new Map() });
        return ok({ recall: 'N' });
      case '/pay/unifiedorder':
        return this.unifiedOrder(params, trade, ok, fail);
      case '/pay/closeorder':
        if (!trade) {
          // Closed before WeChat saw it: a late unifiedorder with this number must not open it again.
          this.trades.set(params.out_trade_no ?? '', { outTradeNo: params.out_trade_no ?? '', transactionId: '', amountFen: 0, state: 'CLOSED', refunds: new Map(), refundTimes: new Map() });
          return fail('ORDERNOTEXIST', '此交易订单号不存在');
        }
        if (trade.state === 'SUCCESS') return fail('ORDERPAID', '订单已支付，不能发起关单');
        if (trade.state === 'CLOSED') return fail('ORDERCLOSED', '订单已关闭');
        trade.state = 'CLOSED';
        return ok({});
      case '/secapi/pay/refund': {
        if (!trade) return fail('ORDERNOTEXIST', '订单不存在');
        const refundNo = params.out_refund_no ?? '';
        const fee = Number(params.refund_fee);
        // total_fee is the order's total, whatever part is refunded; a refund number repeated with other amounts is refused.
        if (Number(params.total_fee) !== trade.amountFen) return fail('REFUND_FEE_MISMATCH', '订单金额或退款金额与之前请求不一致，请核实后再试');
        if (trade.refunds.has(refundNo)) {
          if (trade.refunds.get(refundNo) !== fee) return fail('REFUND_FEE_MISMATCH', '订单金额或退款金额与之前请求不一致，请核实后再试');
          return ok({ out_refund_no: refundNo, refund_fee: String(fee), total_fee: String(trade.amountFen) });
        }
        const refunded = [...trade.refunds.values()].reduce((a, b) => a + b, 0);
        if (trade.state !== 'SUCCESS' || !Number.isInteger(fee) || fee <= 0 || refunded + fee > trade.amountFen) return fail('INVALID_REQUEST', '退款金额不合法');
        trade.refunds.set(refundNo, fee);
        trade.refundTimes.set(refundNo, Date.now());
        return ok({ out_refund_no: refundNo, refund_fee: String(fee), total_fee: String(trade.amountFen) });
      }
      default:
        res.writeHead(404).end();
        return;
    }
  }

  /**
   * The day's bill (bill_date yyyyMMdd, bill_type ALL) as text, unsigned like WeChat's; failures are XML with
   * return_code FAIL: "Bill Creating" before the bill is out, "No Bill Exist" for a day without trades.
   */
  private downloadBill(params: Record<string, string>, res: http.ServerResponse): void {
    const failed = (message: string, code: string): void => void res.writeHead(200, { 'content-type': 'text/xml' }).end(builder.build({ xml: { return_code: 'FAIL', return_msg: message, error_code: code } }));
    const match = /^(\d{4})(\d{2})(\d{2})$/.exec(params.bill_date ?? '');
    const day = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
    if (!match || Number.isNaN(Date.parse(day))) return failed('invalid bill_date', '20001');
    if ((params.bill_type ?? 'ALL') !== 'ALL') return failed('invalid bill_type', '20001');
    if (!billIsOut(day, this.behaviour.billDelayMs ?? WECHAT_BILL_DELAY_MS)) return failed('Bill Creating', '20003');
    const bill = wechatBill(this.merchant, day, this.trades.values());
    if (bill === undefined) return failed('No Bill Exist', '20002');
    res.writeHead(200, { 'content-type': 'text/plain;charset=utf-8' }).end(bill);
  }

  /** unifiedorder, trade_type NATIVE: a code_url to scan. Asked again for an open order with the same amount, the same code. */
  private unifiedOrder(params: Record<string, string>, trade: WechatTrade | undefined, ok: (fields: Record<string, string>) => void, fail: (code: string, desc: string) => void): void {
    const amountFen = Number(params.total_fee);
    if (params.trade_type !== 'NATIVE') return fail('PARAM_ERROR', 'trade_type 只支持 NATIVE');
    if (!params.notify_url || !params.product_id || !params.body) return fail('PARAM_ERROR', '缺少参数 notify_url、product_id 或 body');
    if (!Number.isInteger(amountFen) || amountFen <= 0) return fail('PARAM_ERROR', 'total_fee 不合法');
    if (trade?.state === 'SUCCESS') return fail('ORDERPAID', '该订单已支付');
    if (trade?.state === 'CLOSED') return fail('ORDERCLOSED', '该订单已关');
    if (trade && (trade.state !== 'NOTPAY' || trade.amountFen !== amountFen)) return fail('OUT_TRADE_NO_USED', '商户订单号重复');
    const created: WechatTrade = trade ?? {
      outTradeNo: params.out_trade_no ?? '',
      transactionId: `4200${String(this.next++).padStart(24, '0')}`,
      amountFen,
      state: 'NOTPAY',
      codeUrl: `weixin://wxpay/bizpayurl?pr=${String(this.next++).padStart(7, '0')}`,
      refunds: new Map(),
      refundTimes: new Map(),
    };
    this.trades.set(created.outTradeNo, created);
    return ok({ trade_type: 'NATIVE', prepay_id: `wx${created.transactionId}`, code_url: created.codeUrl! });
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
