// Reads WeChat Pay's downloadbill answer (bill_type ALL): a header line, one
// line per payment (交易状态 SUCCESS) or refund (REFUND) with a backtick before
// every value, then the summary header (总交易单数, …) and one summary line,
// which must agree with the lines above it. Lines that cannot be read are
// reported with their line number, never skipped silently.
import { billCells, billFen } from './bill-cells.js';
import type { Statement, StatementLine, StatementProblem } from './acquirer-connector.js';

const COLUMN = { tradeNo: '微信订单号', orderNo: '商户订单号', state: '交易状态', amount: '订单金额', refundNo: '商户退款单号', refundAmount: '退款金额' } as const;
const SUMMARY = { count: '总交易单数', amount: '订单总金额', refunds: '退款总金额' } as const;

export function parseWechatBill(text: string): Statement {
  const lines: StatementLine[] = [];
  const problems: StatementProblem[] = [];
  const unreadable = (line: number, reason: string) => problems.push({ kind: 'unreadable_line', line, reason });
  const rows = text.split(/\r?\n/);
  const header = billCells(rows[0] ?? '');
  const missing = Object.values(COLUMN).filter((name) => !header.includes(name));
  if (missing.length > 0) {
    unreadable(1, `header lacks ${missing.join(', ')}`);
    return { lines, problems };
  }
  const summaryAt = rows.findIndex((raw) => billCells(raw)[0] === SUMMARY.count);
  const detailRows = rows.slice(1, summaryAt === -1 ? rows.length : summaryAt);
  let read = 0;
  detailRows.forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    read++;
    const cells = billCells(raw);
    const cell = (name: string) => cells[header.indexOf(name)] ?? '';
    const state = cell(COLUMN.state);
    const kind = state === 'SUCCESS' ? 'payment' : state === 'REFUND' ? 'refund' : undefined;
    if (!kind) return unreadable(line, `unknown 交易状态 "${state}"`);
    const amountText = cell(kind === 'payment' ? COLUMN.amount : COLUMN.refundAmount);
    const amountFen = billFen(amountText);
    if (amountFen === undefined || amountFen < 0) return unreadable(line, `amount "${amountText}" is not yuan`);
    const orderNo = cell(COLUMN.orderNo);
    if (!orderNo) return unreadable(line, 'no 商户订单号');
    const refundNo = kind === 'refund' ? cell(COLUMN.refundNo) : '';
    if (kind === 'refund' && (refundNo === '' || refundNo === '0')) return unreadable(line, 'a refund without 商户退款单号');
    lines.push({ line, kind, orderNo, acquirerTradeNo: cell(COLUMN.tradeNo), amountFen, refundNo });
  });
  if (summaryAt === -1) problems.push({ kind: 'summary_differs', line: 0, reason: 'the bill has no summary (总交易单数) line' });
  else problems.push(...checkSummary(rows, summaryAt, read, lines));
  return { lines, problems };
}

/** The summary line against the detail: the number of lines, the payments' total and the refunds' total. */
function checkSummary(rows: string[], at: number, count: number, lines: StatementLine[]): StatementProblem[] {
  const names = billCells(rows[at]!);
  const values = billCells(rows[at + 1] ?? '');
  const cell = (name: string) => values[names.indexOf(name)] ?? '';
  const total = (kind: StatementLine['kind']) => lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.amountFen, 0);
  const said = { count: Number(cell(SUMMARY.count)), amount: billFen(cell(SUMMARY.amount)), refunds: billFen(cell(SUMMARY.refunds)) };
  if (said.count === count && said.amount === total('payment') && said.refunds === total('refund')) return [];
  return [{
    kind: 'summary_differs',
    line: at + 2,
    reason: `summary says ${cell(SUMMARY.count)} lines, ${cell(SUMMARY.amount)} yuan paid, ${cell(SUMMARY.refunds)} yuan refunded; the bill has ${count} lines, readable ones ${total('payment')} fen paid, ${total('refund')} fen refunded`,
  }];
}
