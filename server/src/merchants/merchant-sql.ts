// SQL of the merchants table.
import { FLEET_TIME_ZONE } from '@screenhub/protocol';
import type { Queryable } from '../db/database.js';
import type { TradingHours } from './trading-hours.js';

export interface MerchantRow {
  id: string;
  tenant_id: string;
  name: string;
  acquirer: 'alipay' | 'wechat';
  acquirer_credentials: Uint8Array;
  merchant_category_code: string | null;
  city: string | null;
  district: string | null;
  business_area: string | null;
  trading_hours: TradingHours | null;
  timezone: string;
  /** The merchant agreed that the bank's credit systems may read its monthly figures (insights' credit export). */
  credit_consent: boolean;
  credit_consent_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const columns = `id, tenant_id, name, acquirer, acquirer_credentials, merchant_category_code, city, district, business_area,
  trading_hours, timezone, credit_consent, credit_consent_at, created_at, updated_at`;

/** The descriptive attributes an operator sets and the registry searches on. */
export interface MerchantAttributes {
  name?: string;
  merchantCategoryCode?: string | null;
  city?: string | null;
  district?: string | null;
  businessArea?: string | null;
  tradingHours?: TradingHours | null;
  timezone?: string;
  creditConsent?: boolean;
}

export async function insertMerchant(
  db: Queryable,
  values: { tenantId: string; name: string; acquirer: 'alipay' | 'wechat'; sealedCredentials: Buffer } & Omit<MerchantAttributes, 'name'>,
): Promise<MerchantRow> {
  const { rows } = await db.query<MerchantRow>(
    `insert into merchants (tenant_id, name, acquirer, acquirer_credentials, merchant_category_code, city, district, business_area, trading_hours, timezone, credit_consent, credit_consent_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, coalesce($10, '${FLEET_TIME_ZONE}'), $11::boolean, case when $11::boolean then now() end) returning ${columns}`,
    [
      values.tenantId,
      values.name,
      values.acquirer,
      values.sealedCredentials,
      values.merchantCategoryCode ?? null,
      values.city ?? null,
      values.district ?? null,
      values.businessArea ?? null,
      values.tradingHours ? JSON.stringify(values.tradingHours) : null,
      values.timezone ?? null,
      values.creditConsent ?? false,
    ],
  );
  return rows[0]!;
}

/** Changes the given attributes; absent keys stay, null clears. */
export async function updateMerchant(db: Queryable, tenantId: string, id: string, changes: MerchantAttributes): Promise<MerchantRow | undefined> {
  const has = (key: keyof MerchantAttributes) => key in changes && changes[key] !== undefined;
  const { rows } = await db.query<MerchantRow>(
    `update merchants set
       name = coalesce($3, name),
       merchant_category_code = case when $4 then $5 else merchant_category_code end,
       city = case when $6 then $7 else city end,
       district = case when $8 then $9 else district end,
       business_area = case when $10 then $11 else business_area end,
       trading_hours = case when $12 then $13::jsonb else trading_hours end,
       timezone = coalesce($14, timezone),
       credit_consent = coalesce($15::boolean, credit_consent),
       credit_consent_at = case when $15 is null or $15 = credit_consent then credit_consent_at when $15 then now() else null end,
       updated_at = now()
     where tenant_id = $1 and id = $2 returning ${columns}`,
    [
      tenantId,
      id,
      changes.name ?? null,
      has('merchantCategoryCode'),
      changes.merchantCategoryCode ?? null,
      has('city'),
      changes.city ?? null,
      has('district'),
      changes.district ?? null,
      has('businessArea'),
      changes.businessArea ?? null,
      has('tradingHours'),
      changes.tradingHours ? JSON.stringify(changes.tradingHours) : null,
      changes.timezone ?? null,
      changes.creditConsent ?? null,
    ],
  );
  return rows[0];
}

/** By id alone: for the payment path, where the tenant comes from the device's own row. */
export async function findMerchantById(db: Queryable, id: string): Promise<MerchantRow | undefined> {
  const { rows } = await db.query<MerchantRow>(`select ${columns} from merchants where id = $1`, [id]);
  return rows[0];
}

export async function findMerchant(db: Queryable, tenantId: string, id: string): Promise<MerchantRow | undefined> {
  const { rows } = await db.query<MerchantRow>(`select ${columns} from merchants where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

/** `q`: the name contains it (the console's search and pickers); `city`: exactly. */
export async function listMerchants(db: Queryable, tenantId: string, filter: { q?: string; city?: string }, page: { orderBy: string; limit: number; offset: number }) {
  // LIKE's own wildcards in what was typed are matched as themselves.
  const contains = filter.q === undefined ? null : `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = `tenant_id = $1 and ($2::text is null or name ilike $2) and ($3::text is null or city = $3)`;
  const [list, count] = await Promise.all([
    db.query<MerchantRow>(`select ${columns} from merchants where ${where} order by ${page.orderBy} limit $4 offset $5`, [tenantId, contains, filter.city ?? null, page.limit, page.offset]),
    db.query<{ total: number }>(`select count(*)::int as total from merchants where ${where}`, [tenantId, contains, filter.city ?? null]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}
