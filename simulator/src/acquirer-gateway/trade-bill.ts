// The day's trade bill as Alipay ships it: a zip holding two GBK-encoded CSV
// files, the detail (<account>_<yyyyMMdd>_业务明细.csv: one row per payment 交易
// and per refund 退款 completed that China Standard Time day) and the summary
// (…_业务明细(汇总).csv: counts and totals per store and a 合计 row). Both have
// '#' header and footer lines; numbers that spreadsheet programs would mangle
// (trade and order numbers) carry a trailing tab, as in Alipay's files.
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { fenToYuan } from '@screenhub/protocol';
import type { Trade } from './alipay-gateway.js';
import { chinaDay } from './bill-clock.js';

export const TRADE_BILL_COLUMNS = [
  '支付宝交易号', '商户订单号', '业务类型', '商品名称', '创建时间', '完成时间', '门店编号', '门店名称', '操作员', '终端号',
  '对方账户', '订单金额（元）', '商家实收（元）', '支付宝红包（元）', '集分宝（元）', '支付宝优惠（元）', '商家优惠（元）',
  '券核销金额（元）', '券名称', '商家红包消费金额（元）', '卡消费金额（元）', '退款批次号/请求号', '服务费（元）', '分润（元）', '备注',
];

export const TRADE_SUMMARY_COLUMNS = [
  '门店编号', '门店名称', '交易订单总笔数', '退款订单总笔数', '订单金额（元）', '商家实收（元）', '支付宝优惠（元）', '商家优惠（元）',
  '卡消费金额（元）', '服务费（元）', '分润（元）', '实收净额（元）',
];

/** One line of the detail file: amounts in signed fen (refunds negative). */
export interface TradeBillRow {
  tradeNo: string;
  outTradeNo: string;
  kind: '交易' | '退款';
  createdAt: number;
  finishedAt: number;
  amountFen: number;
  requestNo: string;
}

const chinaTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
const money = (fen: number) => (fen < 0 ? `-${fenToYuan(-fen)}` : fenToYuan(fen));

/** The rows Alipay would list for `appId` on `day`: payments by the day they were paid, refunds by the day they were made. */
export function tradeBillRows(appId: string, day: string, trades: Iterable<Trade>): TradeBillRow[] {
  const rows: TradeBillRow[] = [];
  for (const trade of trades) {
    if (trade.appId !== appId || trade.paidAt === undefined) continue;
    const paidHere = trade.status === 'TRADE_SUCCESS' || trade.refunds.size > 0 || trade.refunded;
    if (paidHere && chinaDay(trade.paidAt) === day) {
      rows.push({ tradeNo: trade.tradeNo, outTradeNo: trade.outTradeNo, kind: '交易', createdAt: trade.createdAt, finishedAt: trade.paidAt, amountFen: trade.amountFen, requestNo: '' });
    }
    for (const [requestNo, refund] of trade.refunds) {
      if (chinaDay(refund.at) === day) rows.push({ tradeNo: trade.tradeNo, outTradeNo: trade.outTradeNo, kind: '退款', createdAt: trade.createdAt, finishedAt: refund.at, amountFen: -refund.amountFen, requestNo });
    }
  }
  return rows;
}

function header(title: string, account: string, day: string): string[] {
  const [y, m, d] = day.split('-');
  return [`#支付宝${title}查询`, `#账号：[${account}]`, `#起始日期：[${y}年${m}月${d}日 00:00:00]   终止日期：[${y}年${m}月${d}日 23:59:59]`];
}

/** The detail file's text (before GBK encoding). */
export function tradeBillDetail(account: string, day: string, rows: TradeBillRow[]): string {
  const lines = rows.map((r) => {
    const amount = money(r.amountFen);
    return [
      `${r.tradeNo}\t`, `${r.outTradeNo}\t`, r.kind, '门店消费', chinaTime(r.createdAt), chinaTime(r.finishedAt), '', '', '', '', '159****5620',
      amount, amount, '0.00', '0.00', '0.00', '0.00', '0.00', '', '0.00', '0.00', r.requestNo ? `${r.requestNo}\t` : '', '0.00', '0.00', '',
    ].join(',');
  });
  const payments = rows.filter((r) => r.kind === '交易').length;
  return [
    ...header('业务明细', account, day),
    '#-----------------------------------------业务明细列表----------------------------------------',
    TRADE_BILL_COLUMNS.join(','),
    ...lines,
    '#-----------------------------------------业务明细列表结束------------------------------------',
    `#交易合计：${payments}笔，退款合计：${rows.length - payments}笔`,
    `#导出时间：[${chinaTime(Date.now())}]`,
  ].join('\r\n');
}

/** The summary file's text: one store (the hub does not name stores to Alipay) and the 合计 row. */
export function tradeBillSummary(account: string, day: string, rows: TradeBillRow[]): string {
  const payments = rows.filter((r) => r.kind === '交易').length;
  const net = money(rows.reduce((sum, r) => sum + r.amountFen, 0));
  const totals = (store: string, name: string) => [store, name, String(payments), String(rows.length - payments), net, net, '0.00', '0.00', '0.00', '0.00', '0.00', net].join(',');
  return [
    ...header('业务汇总', account, day),
    '#-----------------------------------------业务汇总列表----------------------------------------',
    TRADE_SUMMARY_COLUMNS.join(','),
    ...(rows.length > 0 ? [totals('', '')] : []),
    totals('合计', ''),
    '#-----------------------------------------业务汇总列表结束------------------------------------',
    `#导出时间：[${chinaTime(Date.now())}]`,
  ].join('\r\n');
}

/** The zip Alipay's bill_download_url serves: both files, GBK-encoded. */
export function tradeBillArchive(account: string, day: string, rows: TradeBillRow[]): Uint8Array {
  const stem = `${account}_${day.replaceAll('-', '')}`;
  return zipSync({
    [`${stem}_业务明细.csv`]: iconv.encode(tradeBillDetail(account, day, rows), 'gbk'),
    [`${stem}_业务明细(汇总).csv`]: iconv.encode(tradeBillSummary(account, day, rows), 'gbk'),
  });
}
