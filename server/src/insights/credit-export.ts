// The figures a bank's credit system asks of a merchant per month: turnover,
// days it traded, how steady its takings are (the coefficient of variation of
// daily net takings: 0 is every day the same, above 1 is a merchant living from
// a few big days) and its growth against the same month a year before.
import type { CreditMonthRow } from './fleet-sql.js';

export interface CreditLine {
  merchantId: string;
  name: string;
  city: string | null;
  district: string | null;
  businessArea: string | null;
  merchantCategoryCode: string | null;
  month: string;
  turnoverFen: number;
  activeDays: number;
  /** Days of the month counted (all of them, or those elapsed in the current month). */
  days: number;
  /** Standard deviation over mean of the daily net takings, 4 decimals; null without takings. */
  stability: number | null;
  /** Percent against the same month last year, 1 decimal; null without takings then. */
  growthPercent: number | null;
}

export function creditMonth(month: string, days: number, row: CreditMonthRow): CreditLine {
  const turnover = Number(row.turnover_fen);
  const mean = turnover / days;
  // Days without a row took nothing: they count as zeros in the mean and the spread.
  const variance = Math.max(0, Number(row.turnover_squares) / days - mean * mean);
  const lastYear = row.last_year_turnover_fen === null ? null : Number(row.last_year_turnover_fen);
  return {
    merchantId: row.merchant_id,
    name: row.name,
    city: row.city,
    district: row.district,
    businessArea: row.business_area,
    merchantCategoryCode: row.merchant_category_code,
    month,
    turnoverFen: turnover,
    activeDays: Number(row.active_days),
    days,
    stability: mean > 0 ? Math.round((Math.sqrt(variance) / mean) * 10_000) / 10_000 : null,
    growthPercent: lastYear !== null && lastYear > 0 ? Math.round(((turnover - lastYear) / lastYear) * 1000) / 10 : null,
  };
}
