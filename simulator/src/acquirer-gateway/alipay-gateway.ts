// A local acquirer that speaks Alipay's OpenAPI trade interface at
// POST /gateway.do (alipay.trade.pay, .query, .cancel), verifies each app's RSA2
// signature, signs its answers, and keeps a ledger to check the hub against.
// Also alipay.trade.precreate (dynamic QR; `scan` plays the customer's phone),
// alipay.trade.refund, idempotent by out_request_no, and the daily trade
// bill (alipay.data.dataservice.bill.downloadurl.query once the day's bill is
// out, then GET /bill with the link's one-time token, valid 30 s: a zip of GBK
// CSV files, see trade-bill.ts).
// Behaviour (latency, buyers who take time to pay, declines, hangs, 5xx,
// dropped connections, cancels refused or answered "try again", numbers held
// by another order) comes from GatewayBehaviour; `tamper` lets a test change an
// answer before it is signed (an acquirer answering about the wrong trade).
import { createPrivateKey, createPublicKey, randomBytes, randomInt, type KeyObject } from 'node:crypto';
import http from 'node:http';
import { fenToYuan, yuanToFen } from '@screenhub/protocol';
import { signedResponse, verifyRequest } from './alipay-signature.js';
import { ALIPAY_BILL_DELAY_MS, billIsOut } from './bill-clock.js';
import { tradeBillArchive, tradeBillRows } from './trade-bill.js';
import { scenarioFor, type GatewayBehaviour } from './gateway-behaviour.js';
import { LocalGateway } from './local-gateway.js';

export type TradeStatus = 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED';

export interface Trade {
  appId: string;
  outTradeNo: string;
  tradeNo: string;
  amountFen: number;
  status: TradeStatus;
  createdAt: number;
  paidAt?: number;
  /** Money paid and then given back by a cancel. */
  refunded: boolean;
  /** For dynamic QR trades: the code the customer scans. */
  qrCode?: string;
  /** Refunds by out_request_no. */
  refunds: Map<string, { amountFen: number; at: number }>;
  /** Cancels of this trade are refused with retry_flag=N (auth code …97). */
  cancelRefused?: boolean;
  /** Cancels of this trade still to be answered retry_flag=Y (auth code …98). */
  cancelBusyLeft?: number;
}

export interface AlipayApp {
  appId: string;
  /** The app's RSA public key (PEM): verifies its requests. */
  appPublicKey: string;
}

export type Answer = { code: string; msg: string; sub_code?: string; sub_msg?: string; [field: string]: unknown };

/** Test-only: rewrites an answer before it is signed (see AlipayGateway.tamper). */
export type AlipayTamper = (call: { method: string; request: Record<string, string>; answer: Answer }) => Answer;

const send400 = (): Answer => ({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-parameter', sub_msg: '金额不合法' });
const refundedFen = (trade: Trade) => [...trade.refunds.values()].reduce((sum, refund) => sum + refund.amountFen, 0);
const ok = (fields: Record<string, unknown>): Answer => ({ code: '10000', msg: 'Success', ...fields });
const businessFailed = (subCode: string, subMsg: string): Answer => ({ code: '40004', msg: 'Business Failed', sub_code: subCode, sub_msg: subMsg });

/** "yyyy-MM-dd HH:mm:ss" in China Standard Time (UTC+8, no daylight saving), as Alipay writes times. */
export function chinaTime(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

export { refundedFen };

export class AlipayGateway extends LocalGateway {
  readonly trades = new Map<string, Trade>();
  /** Every request received, in order: method and out_trade_no. */
  readonly requests: Array<{ method: string; outTradeNo: string }> = [];
  /**
   * Test-only: when set, every answer passes through it before it is signed,
   * so a test can make the acquirer answer about another order or amount
   * (filter on `request`, the biz_content, to pick one trade). Unset, the gateway is strict.
   */
  tamper: AlipayTamper | undefined;
  private readonly apps = new Map<string, { appId: string; appPublicKey: KeyObject }>();
  /** Parsed once: parsing a PEM key per request would dominate the gateway's CPU. */
  private readonly alipayPrivateKey: KeyObject;
  private nextTradeNo = 1;
  /** Bill download links handed out: token → which bill, until when. */
  private readonly billLinks = new Map<string, { appId: string; day: string; expires: number }>();

  constructor(
    /** The gateway's own private key (PEM): signs responses; apps verify with its public key. */
    alipayPrivateKey: string,
    behaviour: Partial<GatewayBehaviour> = {},
  ) {
    super(behaviour);
    this.alipayPrivateKey = createPrivateKey(alipayPrivateKey);
  }

  protected endpoint(origin: string): string {
    return `${origin}/gateway.do`;
  }

  registerApp(app: AlipayApp): void {
    this.apps.set(app.appId, { appId: app.appId, appPublicKey: createPublicKey(app.appPublicKey) });
  }

  trade(appId: string, outTradeNo: string): Trade | undefined {
    return this.trades.get(`${appId}|${outTradeNo}`);
  }

  /** Money actually taken: successful trades not given back by a cancel (partial refunds count in `refundedFen`). */
  charged(): Trade[] {
    return [...this.trades.values()].filter((t) => (t.status === 'TRADE_SUCCESS' || refundedFen(t) > 0) && !t.refunded);
  }

  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (req.method === 'GET' && url.pathname === '/ledger') {
      // For benchmarks in another process: the trades, to check the hub against.
      const trades = [...this.trades.values()].map((t) => ({ outTradeNo: t.outTradeNo, amountFen: t.amountFen, status: t.status, refunded: t.refunded, refundedFen: refundedFen(t) }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ trades, requests: this.requests.length }));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/scan') {
      // A customer's phone paying a dynamic QR code (for benchmarks in another process).
      res.writeHead(this.scan(url.searchParams.get('code') ?? '') ? 204 : 404).end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/bill') {
      const token = url.searchParams.get('token') ?? '';
      const link = this.billLinks.get(token);
      this.billLinks.delete(token);
      if (!link || link.expires < Date.now()) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('link expired');
        return;
      }
      const archive = tradeBillArchive(link.appId, link.day, tradeBillRows(link.appId, link.day, this.trades.values()));
      res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${link.appId}_${link.day.replaceAll('-', '')}.csv.zip"` }).end(archive);
      return;
    }
    if (req.method !== 'POST' || url.pathname !== '/gateway.do') {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    for (const [key, value] of new URLSearchParams(body)) params[key] = value;
    const method = params.method ?? '';
    this.requests.push({ method, outTradeNo: /"out_trade_no":"([^"]*)"/.exec(params.biz_content ?? '')?.[1] ?? '' });
    if (this.outage) return; // held open until the client gives up or the gateway closes
    const responseKey = `${method.replaceAll('.', '_')}_response`;
    const app = this.apps.get(params.app_id ?? '');
    let biz: Record<string, string> = {};
    const send = (given: Answer) => {
      const answer = this.tamper ? this.tamper({ method, request: biz, answer: given }) : given;
      const reply = () => res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' }).end(signedResponse(responseKey, answer, this.alipayPrivateKey));
      if (this.behaviour.latencyMs > 0) this.later(this.behaviour.latencyMs, reply);
      else reply();
    };

    if (!app || !verifyRequest(params, app.appPublicKey)) {
      return send({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature', sub_msg: '验签出错' });
    }
    try {
      biz = JSON.parse(params.biz_content ?? '{}');
    } catch {
      return send({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-parameter', sub_msg: 'biz_content 不是 JSON' });
    }
    switch (method) {
      case 'alipay.trade.pay':
        return this.pay(app.appId, biz, send, res);
      case 'alipay.trade.query':
        return send(this.query(app.appId, biz));
      case 'alipay.trade.cancel':
        return send(this.cancel(app.appId, biz));
      case 'alipay.trade.refund':
        return send(this.refund(app.appId, biz));
      case 'alipay.trade.precreate':
        return send(this.precreate(app.appId, biz));
      case 'alipay.data.dataservice.bill.downloadurl.query':
        return send(this.billUrl(app.appId, biz));
      default:
        return send({ code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: `不支持 ${method}` });
    }
  }

  private pay(appId: string, biz: Record<string, string>, send: (a: Answer) => void, res: http.ServerResponse): void {
    const outTradeNo = biz.out_trade_no ?? '';
    const authCode = biz.auth_code ?? '';
    let amountFen: number;
    try {
      amountFen = yuanToFen(biz.total_amount ?? '');
    } catch {
      return send({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-parameter', sub_msg: 'total_amount 不合法' });
    }
    const scenario = scenarioFor(authCode, this.behaviour);
    if (scenario === 'number_taken' && !this.trade(appId, outTradeNo)) {
      // Another order (another system on this app) paid under this number first, for one yuan more.
      Object.assign(this.newTrade(appId, outTradeNo, amountFen + 100), { paidAt: Date.now() });
    }
    const existing = this.trade(appId, outTradeNo);
    if (existing) {
      return send(existing.status === 'TRADE_SUCCESS' ? businessFailed('ACQ.TRADE_HAS_SUCCESS', '交易已被支付') : businessFailed('ACQ.TRADE_HAS_CLOSE', '交易已经关闭'));
    }
    if (scenario === 'error_500') {
      res.writeHead(500).end('internal error');
      return;
    }
    const now = Date.now();
    const trade = this.newTrade(appId, outTradeNo, amountFen);
    const paid = () => ok({ trade_no: trade.tradeNo, out_trade_no: outTradeNo, total_amount: fenToYuan(amountFen), receipt_amount: fenToYuan(amountFen), gmt_payment: chinaTime((trade.paidAt ?? now) + (this.behaviour.paidAtOffsetMs ?? 0)), buyer_logon_id: '159****5620' });

    switch (scenario) {
      case 'pay':
        trade.paidAt = now;
        return send(paid());
      case 'decline':
        trade.status = 'TRADE_CLOSED';
        return send(businessFailed('ACQ.BUYER_BALANCE_NOT_ENOUGH', '买家余额不足'));
      case 'delivered_twice':
        // The first delivery paid; the second finds the number paid.
        trade.paidAt = now;
        return send(businessFailed('ACQ.TRADE_HAS_SUCCESS', '交易已被支付'));
      case 'password_then_pay':
      case 'password_never':
      case 'password_never_cancel_refused':
      case 'password_never_cancel_busy':
        trade.status = 'WAIT_BUYER_PAY';
        trade.cancelRefused = scenario === 'password_never_cancel_refused';
        if (scenario === 'password_never_cancel_busy') trade.cancelBusyLeft = this.behaviour.cancelBusyAnswers;
        if (scenario === 'password_then_pay') {
          this.later(this.behaviour.passwordDelayMs, () => {
            if (trade.status === 'WAIT_BUYER_PAY') {
              trade.status = 'TRADE_SUCCESS';
              trade.paidAt = Date.now();
            }
          });
        }
        return send({ code: '10003', msg: 'order success pay inprocess', trade_no: trade.tradeNo, out_trade_no: outTradeNo });
      case 'hang':
        // The money moves; the answer never comes (until long after any sane client timeout).
        trade.paidAt = now;
        this.later(120_000, () => res.destroy());
        return;
      case 'drop_after_pay':
        trade.paidAt = now;
        res.socket?.destroy();
        return;
    }
  }

  private newTrade(appId: string, outTradeNo: string, amountFen: number): Trade {
    const trade: Trade = { appId, outTradeNo, tradeNo: `2026${String(this.nextTradeNo++).padStart(24, '0')}`, amountFen, status: 'TRADE_SUCCESS', createdAt: Date.now(), refunded: false, refunds: new Map() };
    this.trades.set(`${appId}|${outTradeNo}`, trade);
    return trade;
  }

  private query(appId: string, biz: Record<string, string>): Answer {
    const trade = this.trade(appId, biz.out_trade_no ?? '');
    if (!trade) return businessFailed('ACQ.TRADE_NOT_EXIST', '交易不存在');
    return ok({
      trade_no: trade.tradeNo,
      out_trade_no: trade.outTradeNo,
      trade_status: trade.status,
      // An order closed by a cancel before any pay has no amount.
      ...(trade.amountFen > 0 ? { total_amount: fenToYuan(trade.amountFen) } : {}),
      ...(trade.paidAt && trade.status === 'TRADE_SUCCESS' ? { send_pay_date: chinaTime(trade.paidAt + (this.behaviour.paidAtOffsetMs ?? 0)) } : {}),
    });
  }

  /** The customer scans `qrCode` and pays; false when no open trade has that code. */
  scan(qrCode: string): boolean {
    const trade = [...this.trades.values()].find((t) => t.qrCode === qrCode && t.status === 'WAIT_BUYER_PAY');
    if (!trade) return false;
    trade.status = 'TRADE_SUCCESS';
    trade.paidAt = Date.now();
    return true;
  }

  private precreate(appId: string, biz: Record<string, string>): Answer {
    const outTradeNo = biz.out_trade_no ?? '';
    let amountFen: number;
    try {
      amountFen = yuanToFen(biz.total_amount ?? '');
    } catch {
      return send400();
    }
    if (this.trade(appId, outTradeNo)) return businessFailed('ACQ.TRADE_HAS_SUCCESS', '交易已存在');
    const tradeNo = `2026${String(this.nextTradeNo++).padStart(24, '0')}`;
    const qrCode = `https://qr.alipay.com/bax${tradeNo.slice(-16)}`;
    this.trades.set(`${appId}|${outTradeNo}`, { appId, outTradeNo, tradeNo, amountFen, status: 'WAIT_BUYER_PAY', createdAt: Date.now(), refunded: false, refunds: new Map(), qrCode });
    return ok({ out_trade_no: outTradeNo, qr_code: qrCode });
  }

  /** Test-only: a download link for a bill, as the download-URL query hands one out (whether or not the bill is out). */
  billLink(appId: string, day: string): string {
    const token = randomBytes(16).toString('hex');
    this.billLinks.set(token, { appId, day, expires: Date.now() + 30_000 });
    return `${this.url.replace('/gateway.do', '/bill')}?token=${token}`;
  }

  /** Where to download the day's trade bill: a one-time link valid 30 s, once the bill is out. */
  private billUrl(appId: string, biz: Record<string, string>): Answer {
    const day = biz.bill_date ?? '';
    if (biz.bill_type !== 'trade') return businessFailed('isv.invalid-bill-type', '账单类型不合法');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return businessFailed('isv.invalid-bill-date', '账单日期格式不正确');
    if (!billIsOut(day, this.behaviour.billDelayMs ?? ALIPAY_BILL_DELAY_MS)) return businessFailed('isp.bill_not_exist', '账单不存在');
    return ok({ bill_download_url: this.billLink(appId, day) });
  }

  private refund(appId: string, biz: Record<string, string>): Answer {
    const trade = this.trade(appId, biz.out_trade_no ?? '');
    if (!trade) return businessFailed('ACQ.TRADE_NOT_EXIST', '交易不存在');
    const requestNo = biz.out_request_no ?? biz.out_trade_no ?? '';
    const repeat = trade.refunds.get(requestNo);
    const total = () => fenToYuan(refundedFen(trade));
    if (repeat !== undefined) return ok({ trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, fund_change: 'N', refund_fee: total() });
    if (trade.status !== 'TRADE_SUCCESS') return businessFailed('ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
    let amountFen: number;
    try {
      amountFen = yuanToFen(biz.refund_amount ?? '');
    } catch {
      return send400();
    }
    if (amountFen <= 0 || refundedFen(trade) + amountFen > trade.amountFen) return businessFailed('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '退款金额超限');
    trade.refunds.set(requestNo, { amountFen, at: Date.now() });
    if (refundedFen(trade) === trade.amountFen) trade.status = 'TRADE_CLOSED';
    return ok({ trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, fund_change: 'Y', refund_fee: total() });
  }

  private cancel(appId: string, biz: Record<string, string>): Answer {
    const outTradeNo = biz.out_trade_no ?? '';
    let trade = this.trade(appId, outTradeNo);
    if (!trade) {
      // Alipay closes an order it never saw, so a late pay with that number fails.
      trade = { appId, outTradeNo, tradeNo: '', amountFen: 0, status: 'TRADE_CLOSED', createdAt: Date.now(), refunded: false, refunds: new Map() };
      this.trades.set(`${appId}|${outTradeNo}`, trade);
      return ok({ out_trade_no: outTradeNo, retry_flag: 'N', action: 'close' });
    }
    if (trade.cancelRefused) return { ...businessFailed('ACQ.TRADE_STATUS_ERROR', '交易状态不合法'), retry_flag: 'N' };
    if (trade.cancelBusyLeft) {
      trade.cancelBusyLeft--;
      return { ...businessFailed('ACQ.SYSTEM_ERROR', '系统异常，请重试'), retry_flag: 'Y' };
    }
    const action = trade.status === 'TRADE_SUCCESS' ? 'refund' : 'close';
    if (trade.status === 'TRADE_SUCCESS') trade.refunded = true;
    trade.status = 'TRADE_CLOSED';
    return ok({ trade_no: trade.tradeNo, out_trade_no: outTradeNo, retry_flag: 'N', action });
  }
}

/** An id the gateway hands out for a new app, Alipay style (16 digits). */
export function newAlipayAppId(): string {
  return `2021${String(randomInt(0, 1e12)).padStart(12, '0')}`;
}
