// Which payments of one group commit get which discount. The batch's campaigns
// are locked and read first (what is left of each budget, the day's uses of
// each limited merchant and screen); then, in the order the payments came,
// each takes its best offer that still fits, and what it takes is no longer
// there for the next. Pure: the reading and the writing are reservation-sql.ts's.
import type { Offer } from './discount-offer.js';

/** One payment of the batch asking for a discount: its offers, best first. */
export interface Claim {
  offers: Offer[];
  merchantId: string;
  deviceId: string;
}

/** What a locked campaign still allows. */
export interface CampaignRoom {
  enabled: boolean;
  leftFen: number;
}

/** The key of a day's uses: campaign, merchant's day, subject ('m:' merchant or 'd:' screen). */
export function useKey(campaignId: string, day: string, subject: string): string {
  return `${campaignId}\u0000${day}\u0000${subject}`;
}

/** One day's uses of a campaign by a merchant or a screen, and the campaign's limit on them. */
export interface DayUse {
  campaignId: string;
  day: string;
  subject: string;
  limit: number;
}

/** The day's uses a claim's offer would count (only the limits its campaign has). */
export function usesOf(offer: Offer, claim: Pick<Claim, 'merchantId' | 'deviceId'>): DayUse[] {
  const counted: DayUse[] = [];
  const { campaignId, day } = offer;
  if (offer.perMerchantDay !== null) counted.push({ campaignId, day, subject: `m:${claim.merchantId}`, limit: offer.perMerchantDay });
  if (offer.perScreenDay !== null) counted.push({ campaignId, day, subject: `d:${claim.deviceId}`, limit: offer.perScreenDay });
  return counted;
}

const keyOf = (u: DayUse) => useKey(u.campaignId, u.day, u.subject);

/** Every day's use any claim's offers could count, once each: what the database is asked for. */
export function usesAsked(claims: Claim[]): DayUse[] {
  return [...new Map(claims.flatMap((c) => c.offers.flatMap((o) => usesOf(o, c))).map((u) => [keyOf(u), u])).values()];
}

/**
 * The offer each claim gets (undefined: none fits, it pays the ticket), in claim order. `campaigns` and `uses` are
 * the database's figures under the batch's locks (a campaign absent was deleted: no offer of it fits; a use absent
 * is none yet); neither is changed.
 */
export function allocate(claims: Claim[], campaigns: ReadonlyMap<string, CampaignRoom>, uses: ReadonlyMap<string, number>): Array<Offer | undefined> {
  const left = new Map([...campaigns].map(([id, room]) => [id, room.enabled ? room.leftFen : 0]));
  const used = new Map(uses);
  return claims.map((claim) => {
    const offer = claim.offers.find(
      (o) => (left.get(o.campaignId) ?? 0) >= o.discountFen && usesOf(o, claim).every((u) => (used.get(keyOf(u)) ?? 0) < u.limit),
    );
    if (!offer) return undefined;
    left.set(offer.campaignId, left.get(offer.campaignId)! - offer.discountFen);
    for (const u of usesOf(offer, claim)) used.set(keyOf(u), (used.get(keyOf(u)) ?? 0) + 1);
    return offer;
  });
}
