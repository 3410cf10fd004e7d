// The day's trade bill in the layout of Alipay's 业务明细 (trade detail) file:
// '#' header lines, one CSV row per payment (交易) and per refund (退款) that
// completed that day in China Standard Time, '#' footer lines. Alipay ships it
// zipped and GBK-encoded; here it is plain UTF-8, the columns are the same.
import { fenToYuan } from '@screenhub/protocol';
import type { Trade } from './alipay-gateway.js';

export const TRADE_BILL_COLUMNS = [
  '支付宝交易号', '商户订单号', '业务类型', '商品名称', '创建时间', '完成时间', '门店编号', '门店名称', '操作员', '终端号',
  '对方账户', '订单金额（元）', '商家实收（元）', '支付宝红包（元）', '集分宝（元）', '支付宝优惠（元）', '商家优惠（元）',
  '券核销金额（元）', '券名称', '商家红包消费金额（元）', '卡消费金额（元）', '退款批次号/请求号', '服务费（元）', '分润（元）', '备注',
];

const chinaTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
const chinaDay = (ms: number) => chinaTime(ms).slice(0, 10);
const money = (fen: number) => (fen < 0 ? `-${fenToYuan(-fen)}` : fenToYuan(fen));

export function tradeBill(appId: string, day: string, trades: Trade[]): string {
  const rows: string[][] = [];
  for (const trade of trades) {
    if (trade.appId !== appId || trade.paidAt === undefined) continue;
    const paidHere = trade.status === 'TRADE_SUCCESS' || trade.refunds.size > 0 || trade.refunded;
    if (paidHere && chinaDay(trade.paidAt) === day) {
      rows.push(row(trade.tradeNo, trade.outTradeNo, '交易', chinaTime(trade.createdAt), chinaTime(trade.paidAt), trade.amountFen, ''));
    }
    for (const [requestNo, refund] of trade.refunds) {
      if (chinaDay(refund.at) === day) rows.push(row(trade.tradeNo, trade.outTradeNo, '退款', chinaTime(trade.createdAt), chinaTime(refund.at), -refund.amountFen, requestNo));
    }
  }
  const payments = rows.filter((r) => r[2] === '交易');
  const refunds = rows.filter((r) => r[2] === '退款');
  const sum = (list: string[][]) => list.reduce((total, r) => total + Math.round(Number(r[11]) * 100), 0);
  return [
    '#支付宝业务明细查询',
    `#账号：[${appId}]`,
    `#起始日期：[${day} 00:00:00]   终止日期：[${day} 23:59:59]`,
    '#-----------------------------------------业务明细列表----------------------------------------',
    TRADE_BILL_COLUMNS.join(','),
    ...rows.map((r) => r.join(',')),
    '#-----------------------------------------业务明细列表结束------------------------------------',
    `#交易合计：${payments.length}笔，商家实收共${money(sum(payments))}元`,
    `#退款合计：${refunds.length}笔，商家实收退款共${money(sum(refunds))}元`,
    `#导出时间：[${chinaTime(Date.now())}]`,
  ].join('\r\n');
}

function row(tradeNo: string, outTradeNo: string, type: string, created: string, finished: string, amountFen: number, requestNo: string): string[] {
  const amount = money(amountFen);
  return [tradeNo, outTradeNo, type, '门店消费', created, finished, '', '', '', '', '159****5620', amount, amount, '0.00', '0.00', '0.00', '0.00', '0.00', '', '0.00', '0.00', requestNo, '0.00', '0.00', ''];
}
