// Integer money rules of ad revenue, in bigint fen: what a booking earns with its
// budget as a ceiling, and largest-remainder splits that add up to the fen.

/**
 * Splits `total` fen in proportion to `weights` so the parts add up to `total`
 * exactly (the largest-remainder, or Hamilton, rule): each part first gets
 * floor(total × weight ÷ Σweights); the fen left over (fewer than the number of
 * parts) go one each to the parts with the largest remainders of that division;
 * equal remainders go in the order the parts are given. Callers give the order.
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum === 0n || total === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((a, p) => a + p, 0n);
  // Stable sort: ties keep the given order.
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : 0));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}

export type Pricing = 'cpm' | 'slot_day';

/**
 * What a booking has earned for `units` billable units in all (completed plays
 * for cpm, screen-day slots for slot_day), never more than its budget. cpm is
 * rounded down per thousand plays as a whole, not per play.
 */
export function earned(pricing: Pricing, priceFen: bigint, units: bigint, budgetFen: bigint | null): bigint {
  const gross = pricing === 'cpm' ? (units * priceFen) / 1000n : units * priceFen;
  return budgetFen !== null && gross > budgetFen ? budgetFen : gross;
}

/**
 * A booking's revenue in one month: earned up to the month's end less earned
 * before it, so the budget cap falls on the month in which it is reached and
 * later months earn nothing.
 */
export function monthRevenue(pricing: Pricing, priceFen: bigint, unitsBefore: bigint, unitsInMonth: bigint, budgetFen: bigint | null): bigint {
  return earned(pricing, priceFen, unitsBefore + unitsInMonth, budgetFen) - earned(pricing, priceFen, unitsBefore, budgetFen);
}
