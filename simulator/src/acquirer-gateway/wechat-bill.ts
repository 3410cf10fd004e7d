// The day's bill as WeChat Pay's /pay/downloadbill answers it (bill_type ALL):
// plain text, a header line, one line per payment and per refund whose every
// value starts with a backtick (so spreadsheets keep long numbers as text),
// then a summary header and one summary line. Payments are listed on the China
// Standard Time day they were paid, refunds on the day they were made.
import { fenToYuan } from '@screenhub/protocol';
import { chinaDay } from './bill-clock.js';
import type { WechatTrade } from './wechat-gateway.js';

export const WECHAT_BILL_COLUMNS = [
  '交易时间', '公众账号ID', '商户号', '特约商户号', '设备号', '微信订单号', '商户订单号', '用户标识', '交易类型', '交易状态', '付款银行',
  '货币种类', '应结订单金额', '代金券金额', '微信退款单号', '商户退款单号', '退款金额', '充值券退款金额', '退款类型', '退款状态', '商品名称',
  '商户数据包', '手续费', '费率', '订单金额', '申请退款金额', '费率备注',
];
export const WECHAT_SUMMARY_COLUMNS = ['总交易单数', '应结订单总金额', '退款总金额', '充值券退款总金额', '手续费总金额', '订单总金额', '申请退款总金额'];

const chinaTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
const yuan = (fen: number) => fenToYuan(fen);
/** WeChat's fee: 0.6 % of the settled amount, rounded to the fen. */
const fee = (fen: number) => Math.round(fen * 0.006);

interface BillLine {
  at: number;
  trade: WechatTrade;
  /** Settled (payment) or refunded amount, fen. */
  settledFen: number;
  refund?: { no: string; wechatNo: string; amountFen: number };
}

/** The bill's text, or undefined when nothing happened that day (WeChat then answers "No Bill Exist"). */
export function wechatBill(merchant: { appId: string; mchId: string }, day: string, trades: Iterable<WechatTrade>): string | undefined {
  const lines: BillLine[] = [];
  for (const trade of trades) {
    if (trade.paidAt === undefined || trade.amountFen <= 0) continue;
    if (chinaDay(trade.paidAt) === day && (trade.state === 'SUCCESS' || trade.refunds.size > 0)) lines.push({ at: trade.paidAt, trade, settledFen: trade.amountFen });
    let n = 0;
    for (const [no, amountFen] of trade.refunds) {
      const at = trade.refundTimes.get(no) ?? trade.paidAt;
      n++;
      if (chinaDay(at) === day) lines.push({ at, trade, settledFen: 0, refund: { no, wechatNo: `50${trade.transactionId.slice(4)}${String(n).padStart(2, '0')}`, amountFen } });
    }
  }
  if (lines.length === 0) return undefined;
  lines.sort((a, b) => a.at - b.at);
  const cells = lines.map((l) => {
    const refundFen = l.refund?.amountFen ?? 0;
    return [
      chinaTime(l.at), merchant.appId, merchant.mchId, '0', '', l.trade.transactionId, l.trade.outTradeNo, 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      l.trade.codeUrl ? 'NATIVE' : 'MICROPAY', l.refund ? 'REFUND' : 'SUCCESS', 'OTHERS', 'CNY', yuan(l.settledFen), '0.00',
      l.refund?.wechatNo ?? '0', l.refund?.no ?? '0', yuan(refundFen), '0.00', l.refund ? 'ORIGINAL' : '', l.refund ? 'SUCCESS' : '',
      '门店消费', '', yuan(l.refund ? 0 : fee(l.settledFen)), '0.60%', yuan(l.settledFen), yuan(refundFen), '',
    ];
  });
  const sum = (pick: (l: BillLine) => number) => yuan(lines.reduce((total, l) => total + pick(l), 0));
  const summary = [
    String(lines.length), sum((l) => l.settledFen), sum((l) => l.refund?.amountFen ?? 0), '0.00', sum((l) => (l.refund ? 0 : fee(l.settledFen))),
    sum((l) => l.settledFen), sum((l) => l.refund?.amountFen ?? 0),
  ];
  const backticked = (values: string[]) => values.map((v) => `\`${v}`).join(',');
  return [WECHAT_BILL_COLUMNS.join(','), ...cells.map(backticked), WECHAT_SUMMARY_COLUMNS.join(','), backticked(summary)].join('\r\n') + '\r\n';
}
