// What the payment path asks of the discounts domain: the offers for a payment
// (from campaigns cached per tenant for a second: one read per tenant per
// second, not one per payment), and reserving one of them inside the commit
// that inserts the payment (payments/discounted-insert.ts).
import type { Database, Queryable } from '../db/database.js';
import { findMerchantById } from '../merchants/index.js';
import { liveCampaigns } from './campaign-sql.js';
import { offersFor, type Campaign, type Offer, type PayingMerchant } from './discount-offer.js';
import { CampaignTurns } from './campaign-turns.js';
import { countUse, recordDiscount, reserveBudget } from './reservation-sql.js';

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

  private readonly turns = new CampaignTurns();

  constructor(private readonly db: Database) {}

  /** Runs the reservation of `offers` (a transaction) after this process's earlier ones for the best of them (campaign-turns.ts). */
  inTurn<T>(offers: Offer[], work: () => Promise<T>): Promise<T> {
    return this.turns.take(offers[0]!.campaignId, work);
  }

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
   * Counts the payment against the offer's daily limits in `tx`; false when the merchant's or the screen's uses of the
   * day are spent. A campaign without limits counts nothing: its rows would be one more row every payment waits on (a
   * limit set later counts from then on).
   */
  async countUses(tx: Queryable, offer: Offer, payment: DiscountedPayment): Promise<boolean> {
    if (offer.perMerchantDay !== null && !(await countUse(tx, offer.campaignId, offer.day, `m:${payment.merchantId}`, offer.perMerchantDay))) return false;
    if (offer.perScreenDay !== null && !(await countUse(tx, offer.campaignId, offer.day, `d:${payment.deviceId}`, offer.perScreenDay))) return false;
    return true;
  }

  /** Takes the discount from the campaign's budget in `tx`; false when it would pass the budget or the campaign stopped. */
  reserveBudget(tx: Queryable, offer: Offer, payment: DiscountedPayment): Promise<boolean> {
    return reserveBudget(tx, payment.tenantId, offer.campaignId, offer.discountFen);
  }

  /** The reserved discount's ledger row, in the same transaction as the payment it belongs to. */
  record(tx: Queryable, offer: Offer, payment: DiscountedPayment & { transactionId: string }): Promise<void> {
    return recordDiscount(tx, { ...payment, campaignId: offer.campaignId, day: offer.day, discountFen: offer.discountFen });
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
