// A payment with a bank-funded discount on offer: the discount is reserved and
// the transaction inserted at the discounted amount in one commit, so the
// budget and the payment can never disagree (a crash keeps both or neither).
// The best offer whose budget and daily limits still allow it wins; when none
// does, the payment goes through at the ticket's price. Outside group commit:
// these commits queue on their campaign's row, which is what keeps the budget.
import type { Database } from '../db/database.js';
import { withSavepoint } from '../db/savepoint-sql.js';
import type { DiscountDesk, Offer } from '../discounts/index.js';
import { insertTransaction, setDiscount, type NewTransaction, type TransactionRow } from './payment-sql.js';

class OrderExists extends Error {}

/** The new transaction (discounted or not), or undefined when the screen's (device, order number) exists. */
export async function insertDiscounted(db: Database, desk: DiscountDesk, values: NewTransaction, offers: Offer[]): Promise<TransactionRow | undefined> {
  const payment = { tenantId: values.tenantId, merchantId: values.merchantId, deviceId: values.deviceId, channel: values.channel, ticketFen: values.amountFen };
  try {
    return await desk.inTurn(offers, () => db.transaction(async (tx) => {
      for (const offer of offers) {
        const discounted = await withSavepoint(tx, async () => {
          if (!(await desk.countUses(tx, offer, payment))) return undefined;
          const row = await insertTransaction(tx, { ...values, amountFen: values.amountFen - offer.discountFen });
          // A redelivered request: roll everything back; the screen is told the first request's discount.
          if (!row) throw new OrderExists();
          await desk.record(tx, offer, { ...payment, transactionId: row.id });
          const marked = await setDiscount(tx, row.id, { ticketFen: values.amountFen, discountFen: offer.discountFen, name: offer.name });
          // The budget last: concurrent payments of the campaign queue on its row, so it is held only until this commit.
          return (await desk.reserveBudget(tx, offer, payment)) ? marked : undefined;
        });
        if (discounted) return discounted;
      }
      return insertTransaction(tx, values);
    }));
  } catch (err) {
    if (err instanceof OrderExists) return undefined;
    throw err;
  }
}
