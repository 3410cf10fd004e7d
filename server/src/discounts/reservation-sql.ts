// SQL of reserving the discounts of a group commit's payments (in the
// transaction that inserts them) and of giving a discount back when its
// payment failed or was cancelled. Every write to a campaign's budget or to
// its day's uses happens while its row is locked, and rows are locked in id
// order, so concurrent batches of any hub process and the settler queue on
// the campaigns they share instead of deadlocking; the check constraint on
// reserved_fen refuses any overspend that slipped through.
import type { Queryable } from '../db/database.js';
import { useKey, type CampaignRoom } from './budget-allocation.js';

/** Locks the campaigns (in id order, until the caller's commit) and says what each still allows. */
export async function lockCampaigns(tx: Queryable, ids: string[]): Promise<Map<string, CampaignRoom>> {
  const { rows } = await tx.query<{ id: string; enabled: boolean; left_fen: number }>(
    `select id, enabled, budget_fen - reserved_fen as left_fen from discount_campaigns where id = any($1::uuid[]) order by id for update`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { enabled: r.enabled, leftFen: Number(r.left_fen) }]));
}

/** The day's uses counted so far, by `useKey`, for the given keys' campaigns, days and subjects (the campaigns locked). */
export async function dayUses(tx: Queryable, keys: Array<{ campaignId: string; day: string; subject: string }>): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const { rows } = await tx.query<{ campaign_id: string; day: string; subject: string; uses: number }>(
    `select u.campaign_id, to_char(u.day, 'YYYY-MM-DD') as day, u.subject, u.uses
     from discount_day_uses u join unnest($1::uuid[], $2::date[], $3::text[]) as k(campaign_id, day, subject)
       on u.campaign_id = k.campaign_id and u.day = k.day and u.subject = k.subject`,
    [keys.map((k) => k.campaignId), keys.map((k) => k.day), keys.map((k) => k.subject)],
  );
  return new Map(rows.map((r) => [useKey(r.campaign_id, r.day, r.subject), r.uses]));
}

/** A discount granted to an inserted payment; `countsMerchant`/`countsScreen`: whether its campaign limits those uses. */
export interface GrantedDiscount {
  transactionId: string;
  tenantId: string;
  campaignId: string;
  merchantId: string;
  deviceId: string;
  day: string;
  ticketFen: number;
  discountFen: number;
  countsMerchant: boolean;
  countsScreen: boolean;
}

/**
 * Reserves the granted discounts in one statement: their ledger rows, each campaign's budget taken by their sum,
 * each limited day's uses counted. The campaigns must be locked by the caller's transaction (lockCampaigns).
 */
export async function reserveGranted(tx: Queryable, granted: GrantedDiscount[]): Promise<void> {
  if (granted.length === 0) return;
  const col = <T>(pick: (g: GrantedDiscount) => T) => granted.map(pick);
  await tx.query(
    `with d as (
       select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::bigint[], $8::bigint[], $9::bool[], $10::bool[])
         as d(transaction_id, tenant_id, campaign_id, merchant_id, device_id, day, ticket_fen, discount_fen, counts_merchant, counts_screen)
     ), ledger as (
       insert into payment_discounts (transaction_id, tenant_id, campaign_id, merchant_id, device_id, day, ticket_fen, discount_fen)
       select transaction_id, tenant_id, campaign_id, merchant_id, device_id, day, ticket_fen, discount_fen from d
     ), budget as (
       update discount_campaigns c set reserved_fen = c.reserved_fen + s.fen
       from (select campaign_id, sum(discount_fen) as fen from d group by campaign_id) s
       where c.id = s.campaign_id
     )
     insert into discount_day_uses (campaign_id, day, subject, uses)
     select campaign_id, day, subject, count(*) from (
       select campaign_id, day, 'm:' || merchant_id as subject from d where counts_merchant
       union all select campaign_id, day, 'd:' || device_id from d where counts_screen) s
     group by 1, 2, 3 order by 1, 2, 3
     on conflict (campaign_id, day, subject) do update set uses = discount_day_uses.uses + excluded.uses`,
    [
      col((g) => g.transactionId),
      col((g) => g.tenantId),
      col((g) => g.campaignId),
      col((g) => g.merchantId),
      col((g) => g.deviceId),
      col((g) => g.day),
      col((g) => g.ticketFen),
      col((g) => g.discountFen),
      col((g) => g.countsMerchant),
      col((g) => g.countsScreen),
    ],
  );
}

/** Locks (in id order) the campaigns whose reserved discounts belong to payments that failed or were cancelled. */
export async function lockReleasing(tx: Queryable): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from discount_campaigns where id in (
       select d.campaign_id from payment_discounts d join transactions t on t.id = d.transaction_id
       where d.state = 'reserved' and t.state in ('failed', 'cancelled'))
     order by id for update`,
  );
  return rows.map((r) => r.id);
}

/**
 * Settles the discounts of payments that ended: used when paid, released when failed or cancelled, giving the
 * released ones' budget and daily uses back. One statement; releases only discounts of `locked` campaigns
 * (lockReleasing, same transaction). Returns how many of each.
 */
export async function settleEnded(db: Queryable, locked: string[], limit: number): Promise<{ used: number; released: number }> {
  const { rows } = await db.query<{ used: string; released: string }>(
    `with ended as (
       select d.transaction_id, case when t.state in ('succeeded', 'refunded') then 'used' else 'released' end as outcome
       from payment_discounts d join transactions t on t.id = d.transaction_id
       where d.state = 'reserved'
         and (t.state in ('succeeded', 'refunded') or (t.state in ('failed', 'cancelled') and d.campaign_id = any($2::uuid[])))
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
    [limit, locked],
  );
  return { used: Number(rows[0]?.used ?? 0), released: Number(rows[0]?.released ?? 0) };
}
