// Money crosses the wire and the database as integer fen. Acquirers such as
// Alipay want yuan strings ("12.50"); these convert without floating point.

/** 1250 → "12.50". */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`fen must be a non-negative integer, got ${fen}`);
  const text = String(fen).padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** "12.5" or "12.50" → 1250; anything that is not a plain non-negative decimal with at most 2 places throws. */
export function yuanToFen(yuan: string): number {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(yuan);
  if (!match) throw new RangeError(`not a yuan amount: "${yuan}"`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
