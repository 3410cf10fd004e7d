// SQL of reserving a payment's discount (in the caller's transaction, the one
// that inserts the payment) and of giving it back when the payment failed or
// was cancelled. The budget is held by one conditional update of the
// campaign's row: concurrent reservations, from any hub process, queue on that
// row and each sees the one before it, so the budget is never passed.
import type { Queryable } from '../db/database.js';

/** Takes `discountFen` from the campaign's budget; false when it would pass the budget or the campaign stopped. */
export async function reserveBudget(tx: Queryable, tenantId: string, campaignId: string, discountFen: number): Promise<boolean> {
  const { rowCount } = await tx.query(
    `update discount_campaigns set reserved_fen = reserved_fen + $3
     where tenant_id = $1 and id = $2 and enabled and reserved_fen + $3 <= budget_fen`,
    [tenantId, campaignId, discountFen],
  );
  return rowCount === 1;
}

/** Counts one use for `subject` on `day`; false when `limit` uses were already counted (then nothing changes). */
export async function countUse(tx: Queryable, campaignId: string, day: string, subject: string, limit: number | null): Promise<boolean> {
  const { rowCount } = await tx.query(
    `insert into discount_day_uses (campaign_id, day, subject, uses) values ($1, $2::date, $3, 1)
     on conflict (campaign_id, day, subject) do update set uses = discount_day_uses.uses + 1
     where $4::int is null or discount_day_uses.uses < $4::int`,
    [campaignId, day, subject, limit],
  );
  return rowCount === 1;
}

/** The discount's ledger row, reserved. */
export async function recordDiscount(
  tx: Queryable,
  d: { transactionId: string; tenantId: string; campaignId: string; merchantId: string; deviceId: string; day: string; ticketFen: number; discountFen: number },
): Promise<void> {
  await tx.query(
    `insert into payment_discounts (transaction_id, tenant_id, campaign_id, merchant_id, device_id, day, ticket_fen, discount_fen)
     values ($1, $2, $3, $4, $5, $6::date, $7, $8)`,
    [d.transactionId, d.tenantId, d.campaignId, d.merchantId, d.deviceId, d.day, d.ticketFen, d.discountFen],
  );
}

/**
 * Settles the discounts of payments that ended: used when paid, released when failed or cancelled, giving the
 * released ones' budget and daily uses back. One statement; the caller holds the release lock so that two releases
 * never update the same campaigns in different orders. Returns how many were released.
 */
export async function settleEnded(db: Queryable, limit: number): Promise<{ used: number; released: number }> {
  const { rows } = await db.query<{ used: string; released: string }>(
    `with ended as (
       select d.transaction_id, case when t.state in ('succeeded', 'refunded') then 'used' else 'released' end as outcome
       from payment_discounts d join transactions t on t.id = d.transaction_id
       where d.state = 'reserved' and t.state in ('succeeded', 'refunded', 'failed', 'cancelled')
       order by d.transaction_id limit $1
     ), settled as (
       update payment_discounts d set state = e.outcome, settled_at = now() from ended e where d.transaction_id = e.transaction_id
       returning d.*
     ), budget as (
       update discount_campaigns c set reserved_fen = c.reserved_fen - r.fen, updated_at = now()
       from (select campaign_id, sum(discount_fen) as fen from settled where state = 'released' group by campaign_id) r
       where c.id = r.campaign_id
       returning 1
     ), uses as (
       update discount_day_uses u set uses = greatest(0, u.uses - r.n)
       from (select campaign_id, day, subject, count(*) as n from (
               select campaign_id, day, 'm:' || merchant_id as subject from settled where state = 'released'
               union all select campaign_id, day, 'd:' || device_id from settled where state = 'released') s
             group by 1, 2, 3) r
       where u.campaign_id = r.campaign_id and u.day = r.day and u.subject = r.subject
       returning 1
     )
     select count(*) filter (where state = 'used') as used, count(*) filter (where state = 'released') as released from settled`,
    [limit],
  );
  return { used: Number(rows[0]?.used ?? 0), released: Number(rows[0]?.released ?? 0) };
}
