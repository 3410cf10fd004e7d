// A group commit's batch when some of its new payments have a bank-funded
// discount on offer: one transaction decides each discount under the
// campaigns' locks, inserts every payment (a discounted one at the ticket less
// its discount, which is what the acquirer will charge), and reserves the
// discounts of the payments actually inserted, so the budget and the payments
// can never disagree (a crash keeps all or none of them). A redelivered
// request's insert finds its order number taken and reserves nothing: the
// screen is told the first request's discount.
import type { Queryable } from '../db/database.js';
import type { DiscountDesk, Offer } from '../discounts/index.js';
import { writePayments, type NewTransaction, type TransactionRow, type TransitionRequest } from './payment-sql.js';

/** A new payment and the offers for it, best first (none: it asks for no discount). */
export interface OfferedInsert {
  values: NewTransaction;
  offers?: Offer[];
}

/** As payment-sql's `writePayments`, in `tx`, with the inserts' discounts decided and reserved. */
export async function writeDiscounted(
  tx: Queryable,
  desk: DiscountDesk,
  inserts: OfferedInsert[],
  transitions: TransitionRequest[],
): Promise<{ inserted: Array<TransactionRow | undefined>; moved: Array<TransactionRow | undefined> }> {
  const grants = await desk.grant(
    tx,
    inserts.map(({ values, offers }) => ({ offers: offers ?? [], merchantId: values.merchantId, deviceId: values.deviceId })),
  );
  const priced = inserts.map(({ values }, i): NewTransaction => {
    const offer = grants[i];
    if (!offer) return values;
    return { ...values, amountFen: values.amountFen - offer.discountFen, discount: { ticketFen: values.amountFen, discountFen: offer.discountFen, name: offer.name } };
  });
  const written = await writePayments(tx, priced, transitions);
  await desk.reserve(
    tx,
    written.inserted.flatMap((row, i) => {
      const offer = grants[i];
      const { values } = inserts[i]!;
      return row && offer ? [{ offer, payment: { ...values, ticketFen: values.amountFen, transactionId: row.id } }] : [];
    }),
  );
  return written;
}
