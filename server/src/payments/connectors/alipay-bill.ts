// Reads Alipay's trade bill as its bill_download_url serves it: a zip of two
// GBK-encoded CSV files, the detail (…_业务明细.csv) and the summary
// (…_业务明细(汇总).csv). In both, '#' lines are headers and footers and the
// first other line names the columns. Each detail line is a payment (交易) or a
// refund (退款, negative amount); the summary's 合计 row must agree with the
// detail's counts and net amount. Lines that cannot be read are reported with
// their line number, never skipped silently.
import { unzipSync } from 'fflate';
import { billCells, billFen } from './bill-cells.js';
import type { Statement, StatementLine, StatementProblem } from './acquirer-connector.js';

const COLUMN = { tradeNo: '支付宝交易号', orderNo: '商户订单号', type: '业务类型', amount: '订单金额（元）', refundNo: '退款批次号/请求号' } as const;
const SUMMARY = { store: '门店编号', payments: '交易订单总笔数', refunds: '退款订单总笔数', amount: '订单金额（元）' } as const;
const gbk = new TextDecoder('gbk');

/**
 * A zip entry's name. Alipay writes names in GBK without the zip's UTF-8 flag, which the unzipper then reads as
 * Latin-1; a name read as UTF-8 (flag set) has characters past U+00FF and is kept as it is.
 */
function entryName(raw: string): string {
  return /[^\u0000-\u00ff]/.test(raw) ? raw : gbk.decode(Buffer.from(raw, 'latin1'));
}

/** Both files of the zip; a zip without the detail file is a bill that cannot be read at all. */
export function readAlipayBillArchive(zip: Uint8Array): Statement {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (err) {
    throw new Error(`the bill is not a zip: ${(err as Error).message}`);
  }
  const files = Object.entries(entries).map(([name, bytes]) => ({ name: entryName(name), text: gbk.decode(bytes) }));
  const summary = files.find((f) => f.name.endsWith('(汇总).csv'));
  const detail = files.find((f) => f.name.endsWith('.csv') && f !== summary);
  if (!detail) throw new Error(`the bill's zip holds no detail file (${files.map((f) => f.name).join(', ') || 'empty'})`);
  const statement = parseTradeBill(detail.text);
  if (!summary) statement.problems.push({ kind: 'summary_differs', line: 0, reason: 'the zip holds no 汇总 (summary) file' });
  else statement.problems.push(...checkSummary(summary.text, statement.lines));
  return statement;
}

/** The detail file's text. */
export function parseTradeBill(text: string): Statement {
  const lines: StatementLine[] = [];
  const problems: StatementProblem[] = [];
  const unreadable = (line: number, reason: string) => problems.push({ kind: 'unreadable_line', line, reason });
  let header: string[] | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = billCells(raw);
    if (!header) {
      header = cells;
      const missing = Object.values(COLUMN).filter((name) => !cells.includes(name));
      if (missing.length > 0) unreadable(line, `header lacks ${missing.join(', ')}`);
      return;
    }
    const cell = (name: string) => cells[header!.indexOf(name)] ?? '';
    const type = cell(COLUMN.type);
    const kind = type === '交易' ? 'payment' : type === '退款' ? 'refund' : undefined;
    if (!kind) return unreadable(line, `unknown 业务类型 "${type}"`);
    const amountFen = billFen(cell(COLUMN.amount));
    if (amountFen === undefined) return unreadable(line, `amount "${cell(COLUMN.amount)}" is not yuan`);
    const orderNo = cell(COLUMN.orderNo);
    if (!orderNo) return unreadable(line, 'no 商户订单号');
    lines.push({ line, kind, orderNo, acquirerTradeNo: cell(COLUMN.tradeNo), amountFen: Math.abs(amountFen), refundNo: cell(COLUMN.refundNo) });
  });
  if (!header) unreadable(0, 'no column header line');
  return { lines, problems };
}

/** The summary's 合计 row against the detail lines: counts of payments and refunds, net amount (refunds negative). */
export function checkSummary(text: string, lines: StatementLine[]): StatementProblem[] {
  let header: string[] | undefined;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = billCells(raw);
    if (!header) {
      header = cells;
      continue;
    }
    const cell = (name: string) => cells[header!.indexOf(name)] ?? '';
    if (cell(SUMMARY.store) !== '合计') continue;
    const payments = lines.filter((l) => l.kind === 'payment');
    const net = lines.reduce((sum, l) => sum + (l.kind === 'payment' ? l.amountFen : -l.amountFen), 0);
    const said = { payments: Number(cell(SUMMARY.payments)), refunds: Number(cell(SUMMARY.refunds)), net: billFen(cell(SUMMARY.amount)) };
    if (said.payments === payments.length && said.refunds === lines.length - payments.length && said.net === net) return [];
    return [{
      kind: 'summary_differs',
      line: index + 1,
      reason: `汇总 says ${cell(SUMMARY.payments)} payments, ${cell(SUMMARY.refunds)} refunds, ${cell(SUMMARY.amount)} yuan; the readable detail lines are ${payments.length}, ${lines.length - payments.length}, net ${net} fen`,
    }];
  }
  return [{ kind: 'summary_differs', line: 0, reason: 'the 汇总 file has no 合计 row' }];
}
