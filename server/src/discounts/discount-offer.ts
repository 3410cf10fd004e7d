// Which of a tenant's campaigns apply to one payment, and how much each takes
// off: the merchant matches the campaign's query, the day and hour (in the
// merchant's zone) are inside it, the channel is one of its channels, the
// ticket reaches its minimum. Pure: the budget and the daily limits are the
// database's to decide, in the commit that reserves (discount-sql.ts).
import { isOpenAt, localDayHour, type TradingSpan } from '@screenhub/protocol';

export interface MerchantQuery {
  merchantIds?: string[];
  cities?: string[];
  districts?: string[];
  businessAreas?: string[];
  /** ISO 18245 merchant category codes. */
  categories?: string[];
}

export interface Campaign {
  id: string;
  name: string;
  enabled: boolean;
  merchants: MerchantQuery;
  startsOn: string;
  endsOn: string;
  hours: TradingSpan[] | null;
  channels: string[];
  rule: 'threshold' | 'percent';
  minSpendFen: number;
  offFen: number | null;
  percent: number | null;
  capFen: number | null;
  perMerchantDay: number | null;
  perScreenDay: number | null;
  createdAt: number;
}

/** What the registry knows of the paying merchant. */
export interface PayingMerchant {
  id: string;
  city: string | null;
  district: string | null;
  businessArea: string | null;
  category: string | null;
  timezone: string;
}

export interface Offer {
  campaignId: string;
  name: string;
  discountFen: number;
  /** The merchant's day now: the daily limits and the statement count on it. */
  day: string;
  perMerchantDay: number | null;
  perScreenDay: number | null;
}

export function merchantMatches(query: MerchantQuery, merchant: PayingMerchant): boolean {
  if (query.merchantIds) return query.merchantIds.includes(merchant.id);
  const within = (list: string[] | undefined, value: string | null) => list === undefined || (value !== null && list.includes(value));
  return within(query.cities, merchant.city) && within(query.districts, merchant.district) && within(query.businessAreas, merchant.businessArea) && within(query.categories, merchant.category);
}

/** The campaign's discount on `ticketFen`; the customer is always charged at least one fen. */
export function discountOf(campaign: Campaign, ticketFen: number): number {
  if (ticketFen < campaign.minSpendFen) return 0;
  const off = campaign.rule === 'threshold' ? campaign.offFen! : Math.min(Math.floor((ticketFen * campaign.percent!) / 100), campaign.capFen!);
  return Math.max(0, Math.min(off, ticketFen - 1));
}

/** The offers for this payment, largest discount first (the earliest campaign first on a tie). */
export function offersFor(campaigns: Campaign[], payment: { merchant: PayingMerchant; channel: string; ticketFen: number; atMs: number }): Offer[] {
  const { day } = localDayHour(payment.atMs, payment.merchant.timezone);
  const at = new Date(payment.atMs);
  return campaigns
    .filter(
      (c) =>
        c.enabled &&
        c.channels.includes(payment.channel) &&
        day >= c.startsOn &&
        day <= c.endsOn &&
        (c.hours === null || isOpenAt(c.hours, payment.merchant.timezone, at)) &&
        merchantMatches(c.merchants, payment.merchant),
    )
    .map((c) => ({ c, discountFen: discountOf(c, payment.ticketFen) }))
    .filter(({ discountFen }) => discountFen > 0)
    .sort((a, b) => b.discountFen - a.discountFen || a.c.createdAt - b.c.createdAt)
    .map(({ c, discountFen }) => ({ campaignId: c.id, name: c.name, discountFen, day, perMerchantDay: c.perMerchantDay, perScreenDay: c.perScreenDay }));
}
