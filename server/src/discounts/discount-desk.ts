// What the payment path asks of the discounts domain: the offers for a payment
// (from campaigns cached per tenant for a second: one read per tenant per
// second, not one per payment), and, inside the group commit that inserts a
// batch of payments (payments/payment-writes.ts), which of them get which
// discount and reserving those. A batch reserves with three statements however
// many discounted payments it holds, and holds its campaigns' rows only until
// its commit: one commit per batch, not one per discounted payment.
import type { Database, Queryable } from '../db/database.js';
import { findMerchantById } from '../merchants/index.js';
import { allocate, usesAsked, type Claim } from './budget-allocation.js';
import { liveCampaigns } from './campaign-sql.js';
import { offersFor, type Campaign, type Offer, type PayingMerchant } from './discount-offer.js';
import { dayUses, lockCampaigns, reserveGranted } from './reservation-sql.js';

/** How long a tenant's campaigns and a merchant's registry entry are kept: a new or stopped campaign counts within it on every process. */
const CACHE_MS = 1_000;

export interface DiscountedPayment {
  tenantId: string;
  merchantId: string;
  deviceId: string;
  channel: string;
  ticketFen: number;
}

export class DiscountDesk {
  private readonly campaigns = new Map<string, { at: number; list: Promise<Campaign[]> }>();
  private readonly merchants = new Map<string, { at: number; merchant: Promise<PayingMerchant | undefined> }>();

  constructor(private readonly db: Database) {}

  /** The campaigns' offers for this payment now, best first; empty without a live campaign (no registry read then). */
  async offers(payment: DiscountedPayment, atMs = Date.now()): Promise<Offer[]> {
    const campaigns = await this.cached(this.campaigns, payment.tenantId, atMs, (entry) => entry.list, () => ({ list: liveCampaigns(this.db, payment.tenantId) }));
    if (campaigns.length === 0) return [];
    const merchant = await this.cached(this.merchants, payment.merchantId, atMs, (entry) => entry.merchant, () => ({ merchant: this.payingMerchant(payment.merchantId) }));
    return merchant ? offersFor(campaigns, { merchant, channel: payment.channel, ticketFen: payment.ticketFen, atMs }) : [];
  }

  /** A campaign changed on this process: its tenant's offers are read again at once (other processes: within CACHE_MS). */
  forget(tenantId: string): void {
    this.campaigns.delete(tenantId);
  }

  /**
   * Which discount each of a batch's payments gets (undefined: it pays the ticket), in `tx`: locks the campaigns
   * offered (held until the commit, so no other batch of any process spends the same budget meanwhile), reads what
   * is left of them and of the limited day's uses, and hands out in the order of `claims` (budget-allocation.ts).
   */
  async grant(tx: Queryable, claims: Claim[]): Promise<Array<Offer | undefined>> {
    const campaigns = await lockCampaigns(tx, [...new Set(claims.flatMap((c) => c.offers.map((o) => o.campaignId)))]);
    return allocate(claims, campaigns, await dayUses(tx, usesAsked(claims)));
  }

  /** Reserves the discounts granted to the payments inserted, in the transaction `grant` locked their campaigns in. */
  reserve(tx: Queryable, granted: Array<{ offer: Offer; payment: DiscountedPayment & { transactionId: string } }>): Promise<void> {
    return reserveGranted(
      tx,
      granted.map(({ offer, payment }) => ({
        transactionId: payment.transactionId,
        tenantId: payment.tenantId,
        campaignId: offer.campaignId,
        merchantId: payment.merchantId,
        deviceId: payment.deviceId,
        day: offer.day,
        ticketFen: payment.ticketFen,
        discountFen: offer.discountFen,
        countsMerchant: offer.perMerchantDay !== null,
        countsScreen: offer.perScreenDay !== null,
      })),
    );
  }

  private async payingMerchant(merchantId: string): Promise<PayingMerchant | undefined> {
    const row = await findMerchantById(this.db, merchantId);
    return row && { id: row.id, city: row.city, district: row.district, businessArea: row.business_area, category: row.merchant_category_code, timezone: row.timezone };
  }

  private async cached<E extends { at: number }, T>(map: Map<string, E>, key: string, now: number, read: (entry: E) => Promise<T>, load: () => Omit<E, 'at'>): Promise<T> {
    let entry = map.get(key);
    if (!entry || now - entry.at > CACHE_MS) {
      entry = { at: now, ...load() } as E;
      map.set(key, entry);
      // A failed read is not kept: the next payment asks again.
      read(entry).catch(() => map.delete(key));
    }
    return read(entry);
  }
}
