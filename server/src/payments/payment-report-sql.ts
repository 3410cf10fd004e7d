// The operators' reads of payments: the transaction list with its filters, one
// transaction and its state history, and the daily and per-channel summaries.
// The payment path's own SQL is payment-sql.ts.
import type { Queryable } from '../db/database.js';
import { columns, type TransactionRow, type TransactionState } from './payment-sql.js';

export interface TransactionFilter {
  deviceId?: string;
  merchantId?: string;
  state?: TransactionState;
  orderNo?: string;
  acquirerOrderNo?: string;
  channel?: string;
  createdFrom?: string;
  createdTo?: string;
  minAmountFen?: number;
  maxAmountFen?: number;
}

/** The transaction id an acquirer order number stands for; the nil id (no row) when it cannot be one. */
function idOfAcquirerOrderNo(acquirerOrderNo: string): string {
  const hex = /^[0-9a-f]{32}$/.test(acquirerOrderNo) ? acquirerOrderNo : '0'.repeat(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function listTransactions(db: Queryable, tenantId: string, filter: TransactionFilter, page: { orderBy: string; limit: number; offset: number }) {
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  for (const [column, value] of [
    ['device_id', filter.deviceId],
    ['merchant_id', filter.merchantId],
    ['state', filter.state],
    ['order_no', filter.orderNo],
    // The acquirer's number is the id without dashes (migration 0021): looked up through the primary key.
    ['id', filter.acquirerOrderNo === undefined ? undefined : idOfAcquirerOrderNo(filter.acquirerOrderNo)],
    ['channel', filter.channel],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    conditions.push(`${column} = $${params.length}`);
  }
  // Ranges: created in [createdFrom, createdTo), amount in [minAmountFen, maxAmountFen].
  for (const [condition, value] of [
    ['created_at >=', filter.createdFrom],
    ['created_at <', filter.createdTo],
    ['amount_fen >=', filter.minAmountFen],
    ['amount_fen <=', filter.maxAmountFen],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    conditions.push(`${condition} $${params.length}`);
  }
  const where = conditions.join(' and ');
  const [list, count] = await Promise.all([
    db.query<TransactionRow>(`select ${columns} from transactions where ${where} order by ${page.orderBy} limit $${params.length + 1} offset $${params.length + 2}`, [...params, page.limit, page.offset]),
    db.query<{ total: number }>(`select count(*)::int as total from transactions where ${where}`, params),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function findTransaction(db: Queryable, tenantId: string, id: string): Promise<TransactionRow | undefined> {
  const { rows } = await db.query<TransactionRow>(`select ${columns} from transactions where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export interface TransactionEventRow {
  id: number;
  at: Date;
  from_state: string | null;
  to_state: string;
  detail: Record<string, unknown> | null;
}

export async function listTransactionEvents(db: Queryable, tenantId: string, transactionId: string): Promise<TransactionEventRow[]> {
  const { rows } = await db.query<TransactionEventRow>(
    'select id, at, from_state, to_state, detail from transaction_events where tenant_id = $1 and transaction_id = $2 order by id',
    [tenantId, transactionId],
  );
  return rows;
}

export interface DailySummaryRow {
  day: string;
  payments: number;
  succeeded: number;
  gross_fen: number;
  refunded_fen: number;
}

/**
 * Per day in China Standard Time (UTC+8, where the merchants trade): payments
 * attempted, succeeded (refunded ones included), their amount and refunds.
 */
export async function dailySummary(db: Queryable, tenantId: string, merchantId: string, fromDay: string, toDay: string): Promise<DailySummaryRow[]> {
  const { rows } = await db.query<DailySummaryRow>(
    `select to_char(((created_at at time zone 'UTC') + interval '8 hours')::date, 'YYYY-MM-DD') as day,
            count(*)::int as payments,
            count(*) filter (where state in ('succeeded', 'refunded'))::int as succeeded,
            coalesce(sum(amount_fen) filter (where state in ('succeeded', 'refunded')), 0)::bigint as gross_fen,
            coalesce(sum(refunded_fen), 0)::bigint as refunded_fen
     from transactions
     where tenant_id = $1 and merchant_id = $2
       and created_at >= ($3::date - interval '8 hours') at time zone 'UTC'
       and created_at < ($4::date + interval '1 day' - interval '8 hours') at time zone 'UTC'
     group by 1 order by 1`,
    [tenantId, merchantId, fromDay, toDay],
  );
  return rows;
}

export interface ChannelSummaryRow {
  channel: string;
  payments: number;
  succeeded: number;
  amount_fen: number;
}

/**
 * Payments of the tenant since a moment, per channel (the acquirer: alipay,
 * wechat): attempted, succeeded (refunded ones included) and their amount. For
 * the console's dashboard; uses transactions_tenant_created.
 */
export async function paymentSummarySince(db: Queryable, tenantId: string, since: Date): Promise<ChannelSummaryRow[]> {
  const { rows } = await db.query<ChannelSummaryRow>(
    `select channel,
            count(*)::int as payments,
            count(*) filter (where state in ('succeeded', 'refunded'))::int as succeeded,
            coalesce(sum(amount_fen) filter (where state in ('succeeded', 'refunded')), 0)::bigint as amount_fen
     from transactions
     where tenant_id = $1 and created_at >= $2
     group by channel order by channel`,
    [tenantId, since],
  );
  return rows.map((r) => ({ ...r, amount_fen: Number(r.amount_fen) }));
}
