// The early warnings a bank's risk team asked for, judged on one merchant's
// daily rollups when a day closes. Each compares the merchant with its own
// history, not with the fleet: a noodle stall and a furniture shop differ more
// than a healthy and a failing noodle stall. Pure functions of the days, so a
// synthetic history tests each rule without a database.
import type { MerchantWarning, MerchantWarningKind } from '../alerts/index.js';
import { addDays } from '../platform/calendar-days.js';
import type { InsightSettings } from './insight-settings.js';

/** One merchant-day as the rules read it; a day without a row is a day of zeros. */
export interface DayFigures {
  succeeded: number;
  grossFen: number;
  refunds: number;
  refundedFen: number;
  roundTickets: number;
  roundFen: number;
  /** Null until the day is closed. */
  tradingMinutes: number | null;
  onlineTradingMinutes: number | null;
}

/** Days of history the rules read before the judged day: the refund ratio's 56 days after its 7. */
export const HISTORY_DAYS = 63;

const NO_TRADE: DayFigures = { succeeded: 0, grossFen: 0, refunds: 0, refundedFen: 0, roundTickets: 0, roundFen: 0, tradingMinutes: null, onlineTradingMinutes: null };

type Rule = (history: History, s: InsightSettings) => Omit<MerchantWarning, 'merchantId' | 'kind'> | undefined;

class History {
  constructor(
    private readonly days: ReadonlyMap<string, DayFigures>,
    readonly day: string,
  ) {}

  at(offset: number): DayFigures & { day: string } {
    const day = addDays(this.day, offset);
    return { day, ...(this.days.get(day) ?? NO_TRADE) };
  }

  /** The days `from`..`to` offsets from the judged day, inclusive. */
  range(from: number, to: number): Array<DayFigures & { day: string }> {
    const out = [];
    for (let i = from; i <= to; i++) out.push(this.at(i));
    return out;
  }
}

const net = (d: DayFigures) => d.grossFen - d.refundedFen;
const sum = (days: DayFigures[], pick: (d: DayFigures) => number) => days.reduce((total, d) => total + pick(d), 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Takings well below the median of the same weekday over the previous four weeks; only with a baseline worth judging. */
const takingsDrop: Rule = (h, s) => {
  const sameWeekdays = [-7, -14, -21, -28].map((offset) => h.at(offset));
  // At least three of the four weeks traded: one busy day alone is no baseline.
  if (sameWeekdays.filter((d) => d.succeeded > 0).length < 3) return undefined;
  const baselineFen = median(sameWeekdays.map(net));
  if (baselineFen <= 0 || baselineFen < s.dropMinBaselineFen) return undefined;
  const takingsFen = net(h.at(0));
  const dropPercent = Math.round((1 - takingsFen / baselineFen) * 100);
  if (dropPercent < s.dropPercent) return undefined;
  return {
    value: dropPercent,
    evidence: { day: h.day, takingsFen, baselineFen, dropPercent, sameWeekdays: sameWeekdays.map((d) => ({ day: d.day, takingsFen: net(d) })) },
  };
};

/** No successful payment through the trading hours of several days while a screen was online: the shop trades elsewhere, or has stopped. */
const silentWhileOnline: Rule = (h, s) => {
  const days = h.range(-(s.silentDays - 1), 0);
  const silent = days.every(
    (d) => d.succeeded === 0 && d.tradingMinutes !== null && d.tradingMinutes > 0 && (d.onlineTradingMinutes ?? 0) * 100 >= d.tradingMinutes * s.silentOnlinePercent,
  );
  if (!silent) return undefined;
  const before = sum(h.range(-(s.silentDays - 1) - 28, -s.silentDays), (d) => d.succeeded);
  if (before < s.silentMinPriorPayments || before === 0) return undefined;
  return {
    value: days.length,
    evidence: { day: h.day, silentDays: days.map((d) => ({ day: d.day, tradingMinutes: d.tradingMinutes, onlineTradingMinutes: d.onlineTradingMinutes })), succeededBefore: before },
  };
};

/** Refunds over takings in the last week, high in itself and against the merchant's own ratio over the eight weeks before. */
const refundRatioHigh: Rule = (h, s) => {
  const recent = h.range(-6, 0);
  const refunds = sum(recent, (d) => d.refunds);
  if (refunds < s.refundMinCount) return undefined;
  const ratio = (days: DayFigures[]) => {
    const gross = sum(days, (d) => d.grossFen);
    const refunded = sum(days, (d) => d.refundedFen);
    return gross > 0 ? refunded / gross : refunded > 0 ? 1 : 0;
  };
  const recentRatio = ratio(recent);
  const historyRatio = ratio(h.range(-62, -7));
  if (recentRatio * 100 < s.refundRatioPercent || recentRatio < historyRatio * s.refundRatioFactor) return undefined;
  const percent = (r: number) => Math.round(r * 1000) / 10;
  return {
    value: Math.round(recentRatio * 100),
    evidence: { day: h.day, refunds, refundedFen: sum(recent, (d) => d.refundedFen), grossFen: sum(recent, (d) => d.grossFen), ratioPercent: percent(recentRatio), historyRatioPercent: percent(historyRatio) },
  };
};

/** Several whole-hundred-yuan tickets in a day, far above the merchant's usual ticket, where such tickets are rare: a sign of card cash-out. */
const roundTicketBurst: Rule = (h, s) => {
  const today = h.at(0);
  if (today.roundTickets < s.roundMinTickets) return undefined;
  const usual = h.range(-28, -1);
  const usualPayments = sum(usual, (d) => d.succeeded);
  // Without a usual ticket there is nothing to be unlike.
  if (usualPayments < 10) return undefined;
  const usualTicketFen = sum(usual, (d) => d.grossFen) / usualPayments;
  const usualRoundPercent = (sum(usual, (d) => d.roundTickets) / usualPayments) * 100;
  const roundAverageFen = today.roundFen / today.roundTickets;
  if (usualRoundPercent > s.roundMaxUsualPercent || roundAverageFen < usualTicketFen * s.roundTicketFactor) return undefined;
  return {
    value: today.roundTickets,
    evidence: {
      day: h.day,
      roundTickets: today.roundTickets,
      roundFen: today.roundFen,
      roundAverageFen: Math.round(roundAverageFen),
      usualTicketFen: Math.round(usualTicketFen),
      usualRoundPercent: Math.round(usualRoundPercent * 10) / 10,
    },
  };
};

const RULES: Record<MerchantWarningKind, Rule> = {
  takings_drop: takingsDrop,
  silent_while_online: silentWhileOnline,
  refund_ratio_high: refundRatioHigh,
  round_ticket_burst: roundTicketBurst,
};

/** The warnings one merchant earns on `day`, from its days (keyed YYYY-MM-DD; at least HISTORY_DAYS before `day`). */
export function judgeMerchant(merchantId: string, days: ReadonlyMap<string, DayFigures>, day: string, settings: InsightSettings): MerchantWarning[] {
  const history = new History(days, day);
  return (Object.entries(RULES) as Array<[MerchantWarningKind, Rule]>).flatMap(([kind, rule]) => {
    const found = rule(history, settings);
    return found ? [{ merchantId, kind, ...found }] : [];
  });
}
