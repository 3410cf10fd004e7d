// SQL of discount campaigns: what operators create and change, and what the
// payment path reads (cached per tenant, campaign-cache.ts).
import type { Queryable } from '../db/database.js';
import type { TradingSpan } from '@screenhub/protocol';
import type { Campaign, MerchantQuery } from './discount-offer.js';

export interface CampaignRow {
  id: string;
  tenant_id: string;
  name: string;
  enabled: boolean;
  merchants: MerchantQuery;
  starts_on: string;
  ends_on: string;
  hours: TradingSpan[] | null;
  channels: string[];
  rule: 'threshold' | 'percent';
  min_spend_fen: string;
  off_fen: string | null;
  percent: number | null;
  cap_fen: string | null;
  budget_fen: string;
  reserved_fen: string;
  per_merchant_day: number | null;
  per_screen_day: number | null;
  created_at: Date;
  updated_at: Date;
}

const columns = `id, tenant_id, name, enabled, merchants, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on,
  hours, channels, rule, min_spend_fen, off_fen, percent, cap_fen, budget_fen, reserved_fen, per_merchant_day, per_screen_day, created_at, updated_at`;

export interface CampaignValues {
  name: string;
  enabled?: boolean;
  merchants: MerchantQuery;
  startsOn: string;
  endsOn: string;
  hours?: TradingSpan[] | null;
  channels: string[];
  rule: 'threshold' | 'percent';
  minSpendFen?: number;
  offFen?: number | null;
  percent?: number | null;
  capFen?: number | null;
  budgetFen: number;
  perMerchantDay?: number | null;
  perScreenDay?: number | null;
}

export async function insertCampaign(db: Queryable, tenantId: string, v: CampaignValues): Promise<CampaignRow> {
  const { rows } = await db.query<CampaignRow>(
    `insert into discount_campaigns (tenant_id, name, enabled, merchants, starts_on, ends_on, hours, channels, rule, min_spend_fen, off_fen, percent, cap_fen,
       budget_fen, per_merchant_day, per_screen_day)
     values ($1, $2, $3, $4::jsonb, $5::date, $6::date, $7::jsonb, $8::text[], $9, $10, $11, $12, $13, $14, $15, $16) returning ${columns}`,
    [
      tenantId,
      v.name,
      v.enabled ?? true,
      JSON.stringify(v.merchants),
      v.startsOn,
      v.endsOn,
      v.hours ? JSON.stringify(v.hours) : null,
      v.channels,
      v.rule,
      v.minSpendFen ?? 0,
      v.offFen ?? null,
      v.percent ?? null,
      v.capFen ?? null,
      v.budgetFen,
      v.perMerchantDay ?? null,
      v.perScreenDay ?? null,
    ],
  );
  return rows[0]!;
}

/** What may change once a campaign runs: its name, whether it runs, its end, its budget (never below what is reserved), its limits. */
export interface CampaignChanges {
  name?: string;
  enabled?: boolean;
  endsOn?: string;
  budgetFen?: number;
  perMerchantDay?: number | null;
  perScreenDay?: number | null;
}

/** Undefined when the tenant has no such campaign; `{ belowReserved: true }` when the budget asked is below what is reserved. */
export async function updateCampaign(db: Queryable, tenantId: string, id: string, c: CampaignChanges): Promise<CampaignRow | { belowReserved: true } | undefined> {
  const has = (key: keyof CampaignChanges) => key in c && c[key] !== undefined;
  const { rows } = await db.query<CampaignRow & { below_reserved: boolean }>(
    `with found as (select id, reserved_fen from discount_campaigns where tenant_id = $1 and id = $2 for update),
     changed as (
       update discount_campaigns d set
         name = coalesce($3, name), enabled = coalesce($4, enabled), ends_on = coalesce($5::date, ends_on), budget_fen = coalesce($6, budget_fen),
         per_merchant_day = case when $7 then $8::int else per_merchant_day end,
         per_screen_day = case when $9 then $10::int else per_screen_day end, updated_at = now()
       from found where d.id = found.id and ($6::bigint is null or $6::bigint >= found.reserved_fen)
       returning d.*
     )
     select ${columns}, false as below_reserved from changed
     union all select ${columns}, true from discount_campaigns where id = (select id from found) and not exists (select 1 from changed)`,
    [tenantId, id, c.name ?? null, c.enabled ?? null, c.endsOn ?? null, c.budgetFen ?? null, has('perMerchantDay'), c.perMerchantDay ?? null, has('perScreenDay'), c.perScreenDay ?? null],
  );
  const row = rows[0];
  if (!row) return undefined;
  return row.below_reserved ? { belowReserved: true } : row;
}

export async function findCampaign(db: Queryable, tenantId: string, id: string): Promise<CampaignRow | undefined> {
  const { rows } = await db.query<CampaignRow>(`select ${columns} from discount_campaigns where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listCampaigns(db: Queryable, tenantId: string, page: { limit: number; offset: number }): Promise<{ rows: CampaignRow[]; total: number }> {
  const { rows } = await db.query<CampaignRow & { total: string }>(
    `select ${columns}, count(*) over () as total from discount_campaigns where tenant_id = $1 order by created_at desc, id limit $2 offset $3`,
    [tenantId, page.limit, page.offset],
  );
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/** The tenant's campaigns that may still give a discount (enabled, not ended a day ago anywhere), for the payment path. */
export async function liveCampaigns(db: Queryable, tenantId: string): Promise<Campaign[]> {
  const { rows } = await db.query<CampaignRow>(
    `select ${columns} from discount_campaigns where tenant_id = $1 and enabled and ends_on >= current_date - 1 and reserved_fen < budget_fen`,
    [tenantId],
  );
  return rows.map(toCampaign);
}

export function toCampaign(r: CampaignRow): Campaign {
  return {
    id: r.id,
    name: r.name,
    enabled: r.enabled,
    merchants: r.merchants,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    hours: r.hours,
    channels: r.channels,
    rule: r.rule,
    minSpendFen: Number(r.min_spend_fen),
    offFen: r.off_fen === null ? null : Number(r.off_fen),
    percent: r.percent,
    capFen: r.cap_fen === null ? null : Number(r.cap_fen),
    perMerchantDay: r.per_merchant_day,
    perScreenDay: r.per_screen_day,
    createdAt: r.created_at.getTime(),
  };
}
