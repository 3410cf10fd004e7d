// Reads Alipay's trade bill (业务明细): '#' lines are headers and footers, the
// first other line names the columns, each following line is a payment (交易)
// or a refund (退款). Lines that cannot be read are returned with their line
// number rather than skipped silently.
import { yuanToFen } from '@screenhub/protocol';

export interface StatementLine {
  line: number;
  kind: 'payment' | 'refund';
  orderNo: string;
  acquirerTradeNo: string;
  /** Positive, integer fen (refund lines are negative in the file). */
  amountFen: number;
  refundNo: string;
}

export interface UnreadableLine {
  line: number;
  reason: string;
}

const COLUMN = { tradeNo: '支付宝交易号', orderNo: '商户订单号', type: '业务类型', amount: '订单金额（元）', refundNo: '退款批次号/请求号' } as const;

export function parseTradeBill(text: string): { lines: StatementLine[]; unreadable: UnreadableLine[] } {
  const lines: StatementLine[] = [];
  const unreadable: UnreadableLine[] = [];
  let header: string[] | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split(',').map((c) => c.trim());
    if (!header) {
      header = cells;
      const missing = Object.values(COLUMN).filter((name) => !cells.includes(name));
      if (missing.length > 0) unreadable.push({ line, reason: `header lacks ${missing.join(', ')}` });
      return;
    }
    const cell = (name: string) => cells[header!.indexOf(name)] ?? '';
    const type = cell(COLUMN.type);
    const kind = type === '交易' ? 'payment' : type === '退款' ? 'refund' : undefined;
    if (!kind) {
      unreadable.push({ line, reason: `unknown 业务类型 "${type}"` });
      return;
    }
    const amountText = cell(COLUMN.amount).replace(/^-/, '');
    let amountFen: number;
    try {
      amountFen = yuanToFen(amountText);
    } catch {
      unreadable.push({ line, reason: `amount "${cell(COLUMN.amount)}" is not yuan` });
      return;
    }
    const orderNo = cell(COLUMN.orderNo);
    if (!orderNo) {
      unreadable.push({ line, reason: 'no 商户订单号' });
      return;
    }
    lines.push({ line, kind, orderNo, acquirerTradeNo: cell(COLUMN.tradeNo), amountFen, refundNo: cell(COLUMN.refundNo) });
  });
  if (!header) unreadable.push({ line: 0, reason: 'no column header line' });
  return { lines, unreadable };
}
