// Small readers shared by the bill parsers: CSV cells as acquirers write them
// (no quoting in either acquirer's bill; Alipay appends a tab, WeChat Pay puts
// a backtick in front of every value) and yuan amounts to integer fen.
import { yuanToFen } from '@screenhub/protocol';

/** The cells of one bill line, without the acquirers' spreadsheet guards (leading backtick, trailing tab) or spaces. */
export function billCells(line: string): string[] {
  return line.split(',').map((cell) => cell.replace(/^`/, '').trim());
}

/** Yuan as written in a bill ("12.50", "-2.50", "0.0") to integer fen, sign kept; undefined if it is not money. */
export function billFen(text: string): number | undefined {
  const negative = text.startsWith('-');
  try {
    const fen = yuanToFen(negative ? text.slice(1) : text);
    return negative ? -fen : fen;
  } catch {
    return undefined;
  }
}
