// A statement's amounts as JSON numbers, for the monthly answer and for the
// closed daily statements alike.
import type { Statement } from './monthly-statement.js';

/** fen out of bigint: exact, or a loud failure (never a rounded amount). */
export function fen(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount ${value} fen is beyond a safe JSON integer`);
  return n;
}

/** A statement's amounts and lines as JSON numbers (exact: fen() refuses what a JSON number cannot hold). */
export const statementFigures = (s: Statement) => ({
  currency: 'CNY' as const,
  totalFen: fen(s.totalFen),
  operatorFen: fen(s.operatorFen),
  bankFen: fen(s.bankFen),
  merchantsFen: fen(s.merchantsFen),
  lines: s.lines.map((l) => ({
    merchantId: l.merchantId,
    merchantName: l.merchantName,
    completedPlays: fen(l.completedPlays),
    revenueFen: fen(l.revenueFen),
    operatorFen: fen(l.operatorFen),
    bankFen: fen(l.bankFen),
    merchantFen: fen(l.merchantFen),
    operatorShareBp: l.shares.operatorShareBp,
    bankShareBp: l.shares.bankShareBp,
    merchantShareBp: l.shares.merchantShareBp,
    sharesSource: l.shares.source,
  })),
  bookings: s.bookings.map((b) => ({ ...b, revenueFen: fen(b.revenueFen), earnedToDateFen: fen(b.earnedToDateFen), budgetFen: b.budgetFen === null ? null : fen(b.budgetFen) })),
});
