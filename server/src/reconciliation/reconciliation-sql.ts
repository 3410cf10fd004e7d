// SQL of reconciliation: the hub's side of a merchant's day, and the reports.
import type { Database, Queryable } from '../db/database.js';
import type { MismatchItem } from './statement-matcher.js';

// Lines are matched by the acquirer's numbers (migration 0021), never by the
// screens' order numbers, which repeat across screens.
export interface LedgerPayment {
  acquirer_order_no: string;
  amount_fen: number;
  state: string;
}

export interface LedgerRefund {
  acquirer_order_no: string;
  acquirer_refund_no: string;
  amount_fen: number;
}

// A China Standard Time day ($2) as instants: [day 00:00 +08:00, next day 00:00 +08:00).
const dayStart = `(($2::date - interval '8 hours') at time zone 'UTC')`;
const dayEnd = `(($2::date + interval '16 hours') at time zone 'UTC')`;

/** Payments of the merchant that day: paid ones by payment time, the rest by creation time. */
export async function ledgerPayments(db: Queryable, merchantId: string, day: string): Promise<LedgerPayment[]> {
  const { rows } = await db.query<LedgerPayment>(
    `select acquirer_order_no, amount_fen, state from transactions
     where merchant_id = $1 and (
       (paid_at is not null and paid_at >= ${dayStart} and paid_at < ${dayEnd})
       or (paid_at is null and created_at >= ${dayStart} and created_at < ${dayEnd}))`,
    [merchantId, day],
  );
  return rows;
}

export async function ledgerRefunds(db: Queryable, merchantId: string, day: string): Promise<LedgerRefund[]> {
  const { rows } = await db.query<LedgerRefund>(
    `select t.acquirer_order_no, r.acquirer_refund_no, r.amount_fen from refunds r join transactions t on t.id = r.transaction_id
     where t.merchant_id = $1 and r.state = 'succeeded'
       and r.updated_at >= ${dayStart} and r.updated_at < ${dayEnd}`,
    [merchantId, day],
  );
  return rows;
}

export interface ReconciliationRow {
  id: string;
  tenant_id: string;
  merchant_id: string;
  bill_date: string;
  matched: number;
  mismatched: number;
  /** Null for a scheduled run's report. */
  requested_by: string | null;
  created_at: Date;
}

export interface ItemRow {
  kind: string;
  line_type: string;
  order_no: string | null;
  refund_no: string | null;
  hub_amount_fen: number | null;
  acquirer_amount_fen: number | null;
  hub_state: string | null;
  detail: string | null;
}

const columns = `id, tenant_id, merchant_id, to_char(bill_date, 'YYYY-MM-DD') as bill_date, matched, mismatched, requested_by, created_at`;

export interface NewReport {
  tenantId: string;
  merchantId: string;
  day: string;
  matched: number;
  items: MismatchItem[];
  /** The operator who asked; undefined for the daily run. */
  requestedBy?: string;
}

export async function saveReport(db: Database, report: NewReport): Promise<ReconciliationRow> {
  return db.transaction((tx) => insertReport(tx, report));
}

/** The report and its items, in the caller's transaction. */
export async function insertReport(tx: Queryable, report: NewReport): Promise<ReconciliationRow> {
  const { rows } = await tx.query<ReconciliationRow>(
    `insert into reconciliations (tenant_id, merchant_id, bill_date, matched, mismatched, requested_by) values ($1, $2, $3, $4, $5, $6) returning ${columns}`,
    [report.tenantId, report.merchantId, report.day, report.matched, report.items.length, report.requestedBy ?? null],
  );
  const saved = rows[0]!;
  if (report.items.length > 0) {
    const col = <T>(pick: (i: MismatchItem) => T) => report.items.map(pick);
    await tx.query(
      `insert into reconciliation_items (reconciliation_id, kind, line_type, order_no, refund_no, hub_amount_fen, acquirer_amount_fen, hub_state, detail)
       select $1, * from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::text[], $9::text[])`,
      [
        saved.id,
        col((i) => i.kind),
        col((i) => i.lineType),
        col((i) => i.orderNo ?? null),
        col((i) => i.refundNo ?? null),
        col((i) => i.hubAmountFen ?? null),
        col((i) => i.acquirerAmountFen ?? null),
        col((i) => i.hubState ?? null),
        col((i) => i.detail ?? null),
      ],
    );
  }
  return saved;
}

export async function findReport(db: Queryable, tenantId: string, id: string): Promise<{ report: ReconciliationRow; items: ItemRow[] } | undefined> {
  const { rows } = await db.query<ReconciliationRow>(`select ${columns} from reconciliations where tenant_id = $1 and id = $2`, [tenantId, id]);
  if (!rows[0]) return undefined;
  const items = await db.query<ItemRow>(
    'select kind, line_type, order_no, refund_no, hub_amount_fen, acquirer_amount_fen, hub_state, detail from reconciliation_items where reconciliation_id = $1 order by id',
    [id],
  );
  return { report: rows[0], items: items.rows };
}

export async function listReports(db: Queryable, tenantId: string, merchantId: string, page: { limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<ReconciliationRow>(`select ${columns} from reconciliations where tenant_id = $1 and merchant_id = $2 order by bill_date desc, created_at desc limit $3 offset $4`, [
      tenantId,
      merchantId,
      page.limit,
      page.offset,
    ]),
    db.query<{ total: number }>('select count(*)::int as total from reconciliations where tenant_id = $1 and merchant_id = $2', [tenantId, merchantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}
