// SQL of webhook deliveries. Due deliveries are claimed with FOR UPDATE SKIP
// LOCKED so several hub processes never send the same one at once.
import type { Database, Queryable } from '../db/database.js';

export interface DeliveryRow {
  id: string;
  tenant_id: string;
  merchant_id: string | null;
  transaction_id: string | null;
  event: string;
  payload: Record<string, unknown>;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: Date;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

const columns = 'id, tenant_id, merchant_id, transaction_id, event, payload, state, attempts, next_attempt_at, last_status, last_error, created_at, delivered_at';

/** Queues an alert notification if the tenant has an alert webhook; merchant_id stays null (the claim then uses the tenant's URL). */
export async function enqueueAlertDelivery(db: Queryable, values: { tenantId: string; alertId: string; event: string; payload: object }): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into webhook_deliveries (tenant_id, alert_id, event, payload)
     select id, $2, $3, $4::jsonb from tenants where id = $1 and alert_webhook_url is not null`,
    [values.tenantId, values.alertId, values.event, JSON.stringify(values.payload)],
  );
  return rowCount > 0;
}

/** Queues a delivery if the merchant has a webhook; returns whether one was queued. */
export async function enqueueDelivery(db: Queryable, values: { merchantId: string; transactionId: string | null; event: string; payload: object }): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into webhook_deliveries (tenant_id, merchant_id, transaction_id, event, payload)
     select tenant_id, id, $2, $3, $4::jsonb from merchants where id = $1 and webhook_url is not null`,
    [values.merchantId, values.transactionId, values.event, JSON.stringify(values.payload)],
  );
  return rowCount > 0;
}

export interface DueDelivery extends DeliveryRow {
  webhook_url: string;
  webhook_secret: Uint8Array;
}

/** Claims up to `limit` due deliveries: pushes their next attempt out by `leaseMs` so no other process takes them meanwhile. */
export async function claimDueDeliveries(db: Database, limit: number, leaseMs: number): Promise<DueDelivery[]> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<DueDelivery>(
      `select d.id, d.tenant_id, d.merchant_id, d.transaction_id, d.event, d.payload, d.state, d.attempts, d.next_attempt_at,
              d.last_status, d.last_error, d.created_at, d.delivered_at,
              coalesce(m.webhook_url, t.alert_webhook_url) as webhook_url, coalesce(m.webhook_secret, t.alert_webhook_secret) as webhook_secret
       from webhook_deliveries d
       left join merchants m on m.id = d.merchant_id
       left join tenants t on t.id = d.tenant_id and d.merchant_id is null
       where d.state = 'pending' and d.next_attempt_at <= now() and coalesce(m.webhook_url, t.alert_webhook_url) is not null
       order by d.next_attempt_at limit $1 for update of d skip locked`,
      [limit],
    );
    if (rows.length > 0) {
      await tx.query(`update webhook_deliveries set next_attempt_at = now() + ($2::int * interval '1 millisecond') where id = any($1::uuid[])`, [rows.map((r) => r.id), leaseMs]);
    }
    return rows;
  });
}

export async function recordAttempt(
  db: Queryable,
  id: string,
  result: { delivered: boolean; status: number | null; error: string | null; retryInMs: number | null },
): Promise<void> {
  await db.query(
    `update webhook_deliveries set attempts = attempts + 1, last_status = $2, last_error = $3,
       state = case when $4 then 'delivered' when $5::int is null then 'failed' else 'pending' end,
       delivered_at = case when $4 then now() else null end,
       next_attempt_at = case when $5::int is null then next_attempt_at else now() + ($5::int * interval '1 millisecond') end
     where id = $1`,
    [id, result.status, result.error, result.delivered, result.retryInMs],
  );
}

export async function listDeliveries(db: Queryable, tenantId: string, merchantId: string, page: { orderBy: string; limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<DeliveryRow>(`select ${columns} from webhook_deliveries where tenant_id = $1 and merchant_id = $2 order by ${page.orderBy} limit $3 offset $4`, [tenantId, merchantId, page.limit, page.offset]),
    db.query<{ total: number }>('select count(*)::int as total from webhook_deliveries where tenant_id = $1 and merchant_id = $2', [tenantId, merchantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function setWebhook(db: Queryable, tenantId: string, merchantId: string, url: string | null, sealedSecret: Buffer | null): Promise<boolean> {
  const { rowCount } = await db.query('update merchants set webhook_url = $3, webhook_secret = $4, updated_at = now() where tenant_id = $1 and id = $2', [tenantId, merchantId, url, sealedSecret]);
  return rowCount > 0;
}
