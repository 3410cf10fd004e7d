// Builds a month's ad revenue statement from the billable units: each
// booking's revenue for the month (budget-capped), shared among the merchants
// whose screens earned it, then each merchant's revenue split between the
// operator, the bank and the merchant by its shares. Every split is a
// largest-remainder split (revenue-split.ts), so at each step the parts add up
// to the whole to the fen: Σ lines = total, operator + bank + merchants = total.
import { earned, largestRemainder, monthRevenue } from './revenue-split.js';
import type { BookingUnits } from './revenue-sql.js';
import type { Shares } from './share-sql.js';

export interface StatementLine {
  merchantId: string | null;
  merchantName: string | null;
  completedPlays: bigint;
  revenueFen: bigint;
  operatorFen: bigint;
  bankFen: bigint;
  merchantFen: bigint;
  shares: Shares & { source: 'override' | 'tenant' };
}

export interface StatementBooking {
  bookingId: string;
  name: string;
  pricing: BookingUnits['pricing'];
  revenueFen: bigint;
  /** Earned in all up to the month's end, capped by the budget. */
  earnedToDateFen: bigint;
  budgetFen: bigint | null;
  budgetReached: boolean;
}

export interface Statement {
  totalFen: bigint;
  operatorFen: bigint;
  bankFen: bigint;
  merchantsFen: bigint;
  lines: StatementLine[];
  bookings: StatementBooking[];
}

const UNASSIGNED = '';

export function buildStatement(units: BookingUnits[], tenantShares: Shares, overrides: Map<string, Shares>, names: Map<string, string>): Statement {
  const byBooking = new Map<string, BookingUnits[]>();
  for (const u of units) byBooking.set(u.bookingId, [...(byBooking.get(u.bookingId) ?? []), u]);

  const merchantRevenue = new Map<string, bigint>();
  const merchantPlays = new Map<string, bigint>();
  const bookings: StatementBooking[] = [];
  for (const [bookingId, rows] of byBooking) {
    const { pricing, priceFen, budgetFen, bookingName } = rows[0]!;
    const unitsOf = (u: BookingUnits) => (pricing === 'cpm' ? u.completedPlays : u.slotDays);
    const before = rows.filter((u) => !u.inMonth).reduce((a, u) => a + unitsOf(u), 0n);
    const month = rows.filter((u) => u.inMonth);
    const inMonth = month.reduce((a, u) => a + unitsOf(u), 0n);
    const revenue = monthRevenue(pricing, priceFen, before, inMonth, budgetFen);
    // Shared by the units each merchant's screens gave; ties in merchant id order (the SQL's order).
    const shares = largestRemainder(revenue, month.map(unitsOf));
    month.forEach((u, i) => {
      const key = u.merchantId ?? UNASSIGNED;
      merchantRevenue.set(key, (merchantRevenue.get(key) ?? 0n) + shares[i]!);
      merchantPlays.set(key, (merchantPlays.get(key) ?? 0n) + u.completedPlays);
    });
    if (month.length === 0) continue;
    const earnedToDate = earned(pricing, priceFen, before + inMonth, budgetFen);
    bookings.push({ bookingId, name: bookingName, pricing, revenueFen: revenue, earnedToDateFen: earnedToDate, budgetFen, budgetReached: budgetFen !== null && earnedToDate >= budgetFen });
  }

  const lines: StatementLine[] = [...merchantRevenue.entries()]
    .map(([key, revenue]) => {
      const merchantId = key === UNASSIGNED ? null : key;
      const override = merchantId ? overrides.get(merchantId) : undefined;
      const shares = override ?? tenantShares;
      // Equal remainders: the merchant first, then the bank, then the operator.
      const [merchantFen, bankFen, operatorFen] = largestRemainder(revenue, [BigInt(shares.merchantShareBp), BigInt(shares.bankShareBp), BigInt(shares.operatorShareBp)]);
      return {
        merchantId,
        merchantName: merchantId ? (names.get(merchantId) ?? null) : null,
        completedPlays: merchantPlays.get(key) ?? 0n,
        revenueFen: revenue,
        operatorFen: operatorFen!,
        bankFen: bankFen!,
        merchantFen: merchantFen!,
        shares: { ...shares, source: override ? ('override' as const) : ('tenant' as const) },
      };
    })
    .sort((a, b) => (a.merchantName ?? '\uffff').localeCompare(b.merchantName ?? '\uffff') || (a.merchantId ?? '').localeCompare(b.merchantId ?? ''));

  const sum = (pick: (l: StatementLine) => bigint) => lines.reduce((a, l) => a + pick(l), 0n);
  return {
    totalFen: sum((l) => l.revenueFen),
    operatorFen: sum((l) => l.operatorFen),
    bankFen: sum((l) => l.bankFen),
    merchantsFen: sum((l) => l.merchantFen),
    lines,
    bookings,
  };
}
