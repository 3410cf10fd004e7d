// How ad revenue is split, in basis points: the tenant's default (ad_settings,
// whose loop columns belong to scheduling) and merchants' own contracts.
import type { Queryable } from '../db/database.js';

export interface Shares {
  operatorShareBp: number;
  bankShareBp: number;
  merchantShareBp: number;
}

/** 0018_ads.sql's column defaults: what a tenant that never set its shares gets. */
export const DEFAULT_SHARES: Shares = { operatorShareBp: 3000, bankShareBp: 2000, merchantShareBp: 5000 };

interface ShareRow {
  operator_share_bp: number;
  bank_share_bp: number;
  merchant_share_bp: number;
}

const toShares = (r: ShareRow): Shares => ({ operatorShareBp: r.operator_share_bp, bankShareBp: r.bank_share_bp, merchantShareBp: r.merchant_share_bp });

export async function tenantShares(db: Queryable, tenantId: string): Promise<Shares> {
  const { rows } = await db.query<ShareRow>('select operator_share_bp, bank_share_bp, merchant_share_bp from ad_settings where tenant_id = $1', [tenantId]);
  return rows[0] ? toShares(rows[0]) : DEFAULT_SHARES;
}

/** Writes the share columns only: loop_seconds and slot_seconds of the same row are scheduling's. */
export async function upsertTenantShares(db: Queryable, tenantId: string, shares: Shares): Promise<Shares> {
  const { rows } = await db.query<ShareRow>(
    `insert into ad_settings (tenant_id, operator_share_bp, bank_share_bp, merchant_share_bp) values ($1, $2, $3, $4)
     on conflict (tenant_id) do update set
       operator_share_bp = excluded.operator_share_bp, bank_share_bp = excluded.bank_share_bp, merchant_share_bp = excluded.merchant_share_bp, updated_at = now()
     returning operator_share_bp, bank_share_bp, merchant_share_bp`,
    [tenantId, shares.operatorShareBp, shares.bankShareBp, shares.merchantShareBp],
  );
  return toShares(rows[0]!);
}

export async function merchantExists(db: Queryable, tenantId: string, merchantId: string): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from merchants where tenant_id = $1 and id = $2', [tenantId, merchantId]);
  return rowCount > 0;
}

export async function findOverride(db: Queryable, tenantId: string, merchantId: string): Promise<Shares | undefined> {
  const { rows } = await db.query<ShareRow>('select operator_share_bp, bank_share_bp, merchant_share_bp from ad_share_overrides where tenant_id = $1 and merchant_id = $2', [tenantId, merchantId]);
  return rows[0] && toShares(rows[0]);
}

export async function upsertOverride(db: Queryable, tenantId: string, merchantId: string, shares: Shares): Promise<Shares> {
  const { rows } = await db.query<ShareRow>(
    `insert into ad_share_overrides (merchant_id, tenant_id, operator_share_bp, bank_share_bp, merchant_share_bp) values ($2, $1, $3, $4, $5)
     on conflict (merchant_id) do update set
       operator_share_bp = excluded.operator_share_bp, bank_share_bp = excluded.bank_share_bp, merchant_share_bp = excluded.merchant_share_bp
     where ad_share_overrides.tenant_id = excluded.tenant_id
     returning operator_share_bp, bank_share_bp, merchant_share_bp`,
    [tenantId, merchantId, shares.operatorShareBp, shares.bankShareBp, shares.merchantShareBp],
  );
  return toShares(rows[0]!);
}

export async function deleteOverride(db: Queryable, tenantId: string, merchantId: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from ad_share_overrides where tenant_id = $1 and merchant_id = $2', [tenantId, merchantId]);
  return rowCount > 0;
}

/** Every merchant override of the tenant, by merchant id. */
export async function overrides(db: Queryable, tenantId: string): Promise<Map<string, Shares>> {
  const { rows } = await db.query<ShareRow & { merchant_id: string }>(
    'select merchant_id, operator_share_bp, bank_share_bp, merchant_share_bp from ad_share_overrides where tenant_id = $1',
    [tenantId],
  );
  return new Map(rows.map((r) => [r.merchant_id, toShares(r)]));
}
