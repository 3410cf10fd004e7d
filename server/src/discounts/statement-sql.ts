// SQL of the bank's daily discount statements: which day is next to close, the
// close itself (discounts of paid payments assigned to the day, late ones of
// earlier days included, payments refunded in full left out, and taken back
// when the refund came after their own statement closed), and reading the
// closed days, their lines and the payments behind each line.
import type { Queryable } from '../db/database.js';

/** Tenants with campaigns, their merchants' zones, and their last closed statement day. */
export async function tenantsWithCampaigns(db: Queryable): Promise<Array<{ tenant_id: string; zones: string[]; last_closed: string | null }>> {
  const { rows } = await db.query<{ tenant_id: string; zones: string[]; last_closed: string | null }>(
    `select c.tenant_id,
       coalesce((select array_agg(distinct m.timezone) from merchants m where m.tenant_id = c.tenant_id), array['Asia/Shanghai']) as zones,
       (select to_char(max(day), 'YYYY-MM-DD') from discount_statement_days s where s.tenant_id = c.tenant_id) as last_closed
     from (select distinct tenant_id from discount_campaigns) c`,
  );
  return rows;
}

export async function isStatementClosed(db: Queryable, tenantId: string, day: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from discount_statement_days where tenant_id = $1 and day = $2::date', [tenantId, day]);
  return rows.length > 0;
}

/**
 * Closes the tenant's `day`: paid discounts of that day and earlier not yet in a statement go into it (those refunded
 * in full are marked reversed instead); discounts of earlier statements whose payment was refunded in full since are
 * clawed back in it; then its lines per campaign and merchant and its totals are written.
 */
export async function closeStatement(db: Queryable, tenantId: string, day: string): Promise<{ payments: number; subsidyFen: number; clawbackFen: number }> {
  await db.query(
    `update payment_discounts d set state = 'reversed', settled_at = now() from transactions t
     where t.id = d.transaction_id and d.tenant_id = $1 and d.state = 'used' and d.statement_day is null and d.day <= $2::date and t.state = 'refunded'`,
    [tenantId, day],
  );
  await db.query(`update payment_discounts set statement_day = $2::date where tenant_id = $1 and state = 'used' and statement_day is null and day <= $2::date`, [
    tenantId,
    day,
  ]);
  // Refunds found from the refunds since the last close (less a day, for one that committed while that close ran).
  await db.query(
    `update payment_discounts d set clawback_day = $2::date
     from refunds r join transactions t on t.id = r.transaction_id
     where r.tenant_id = $1 and r.state = 'succeeded'
       and r.updated_at >= coalesce((select max(closed_at) from discount_statement_days where tenant_id = $1), '-infinity') - interval '1 day'
       and t.state = 'refunded' and d.transaction_id = t.id and d.state = 'used' and d.statement_day < $2::date and d.clawback_day is null`,
    [tenantId, day],
  );
  await db.query(
    `insert into discount_statement_lines (tenant_id, day, campaign_id, merchant_id, payments, ticket_fen, charged_fen, subsidy_fen, clawbacks, clawback_fen)
     select tenant_id, $2::date, campaign_id, merchant_id,
       count(*) filter (where statement_day = $2::date),
       coalesce(sum(ticket_fen) filter (where statement_day = $2::date), 0),
       coalesce(sum(ticket_fen - discount_fen) filter (where statement_day = $2::date), 0),
       coalesce(sum(discount_fen) filter (where statement_day = $2::date), 0),
       count(*) filter (where clawback_day = $2::date),
       coalesce(sum(discount_fen) filter (where clawback_day = $2::date), 0)
     from payment_discounts where tenant_id = $1 and (statement_day = $2::date or clawback_day = $2::date)
     group by tenant_id, campaign_id, merchant_id`,
    [tenantId, day],
  );
  const { rows } = await db.query<{ payments: number; subsidy_fen: number; clawback_fen: number }>(
    `insert into discount_statement_days (tenant_id, day, payments, subsidy_fen, clawback_fen)
     select $1, $2::date, coalesce(sum(payments), 0), coalesce(sum(subsidy_fen), 0), coalesce(sum(clawback_fen), 0)
     from discount_statement_lines where tenant_id = $1 and day = $2::date
     returning payments, subsidy_fen, clawback_fen`,
    [tenantId, day],
  );
  return { payments: rows[0]!.payments, subsidyFen: Number(rows[0]!.subsidy_fen), clawbackFen: Number(rows[0]!.clawback_fen) };
}

export interface StatementDayRow {
  day: string;
  closed_at: Date;
  payments: number;
  subsidy_fen: number;
  clawback_fen: number;
}

export async function statementDays(db: Queryable, tenantId: string, from: string, to: string): Promise<StatementDayRow[]> {
  const { rows } = await db.query<StatementDayRow>(
    `select to_char(day, 'YYYY-MM-DD') as day, closed_at, payments, subsidy_fen, clawback_fen from discount_statement_days
     where tenant_id = $1 and day between $2::date and $3::date order by day desc`,
    [tenantId, from, to],
  );
  return rows;
}

export async function statementDay(db: Queryable, tenantId: string, day: string): Promise<StatementDayRow | undefined> {
  return (await statementDays(db, tenantId, day, day))[0];
}

export interface StatementLineRow {
  campaign_id: string;
  campaign_name: string;
  merchant_id: string;
  merchant_name: string;
  payments: number;
  ticket_fen: number;
  charged_fen: number;
  subsidy_fen: number;
  clawbacks: number;
  clawback_fen: number;
}

export async function statementLines(db: Queryable, tenantId: string, day: string): Promise<StatementLineRow[]> {
  const { rows } = await db.query<StatementLineRow>(
    `select l.campaign_id, c.name as campaign_name, l.merchant_id, m.name as merchant_name, l.payments, l.ticket_fen, l.charged_fen, l.subsidy_fen, l.clawbacks, l.clawback_fen
     from discount_statement_lines l join discount_campaigns c on c.id = l.campaign_id join merchants m on m.id = l.merchant_id
     where l.tenant_id = $1 and l.day = $2::date order by c.name, m.name, l.merchant_id`,
    [tenantId, day],
  );
  return rows;
}

export interface StatementPaymentRow {
  transaction_id: string;
  order_no: string;
  device_id: string;
  campaign_id: string;
  merchant_id: string;
  day: string;
  ticket_fen: number;
  discount_fen: number;
  paid_at: Date | null;
  /** subsidy: owed in this statement; clawback: refunded in full after its own statement closed, taken back in this one. */
  kind: 'subsidy' | 'clawback';
}

/** The payments behind a closed day's figures (its subsidies and its claw-backs), optionally of one campaign and one merchant. */
export async function statementPayments(db: Queryable, tenantId: string, day: string, filter: { campaignId?: string; merchantId?: string }): Promise<StatementPaymentRow[]> {
  const { rows } = await db.query<StatementPaymentRow>(
    `select d.transaction_id, t.order_no, d.device_id, d.campaign_id, d.merchant_id, to_char(d.day, 'YYYY-MM-DD') as day, d.ticket_fen, d.discount_fen, t.paid_at,
       case when d.clawback_day = $2::date then 'clawback' else 'subsidy' end as kind
     from payment_discounts d join transactions t on t.id = d.transaction_id
     where d.tenant_id = $1 and (d.statement_day = $2::date or d.clawback_day = $2::date) and ($3::uuid is null or d.campaign_id = $3) and ($4::uuid is null or d.merchant_id = $4)
     order by t.paid_at, d.transaction_id`,
    [tenantId, day, filter.campaignId ?? null, filter.merchantId ?? null],
  );
  return rows;
}

/** What a campaign has given so far: payments and discounts used (paid), and reserved for payments in flight. */
export async function campaignFigures(db: Queryable, campaignId: string): Promise<{ used_payments: number; used_fen: number; in_flight_fen: number }> {
  const { rows } = await db.query<{ used_payments: number; used_fen: number; in_flight_fen: number }>(
    `select count(*) filter (where state = 'used')::int as used_payments,
       coalesce(sum(discount_fen) filter (where state = 'used'), 0)::bigint as used_fen,
       coalesce(sum(discount_fen) filter (where state = 'reserved'), 0)::bigint as in_flight_fen
     from payment_discounts where campaign_id = $1`,
    [campaignId],
  );
  return rows[0]!;
}

/** Which of `ids` are the tenant's merchants. */
export async function tenantMerchantIds(db: Queryable, tenantId: string, ids: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('select id from merchants where tenant_id = $1 and id = any($2::uuid[])', [tenantId, ids]);
  return rows.map((r) => r.id);
}
