// SQL of the daily runs (migration 0026): which merchant-days are due, who
// holds each, and how a run ends. Days are China Standard Time (UTC+8), the
// acquirers' settlement day; a day's bill is due `at` minutes after it ends.
import type { Queryable } from '../db/database.js';

export interface ClaimedRun {
  merchant_id: string;
  tenant_id: string;
  bill_date: string;
  attempts: number;
}

export interface DuePolicy {
  /** Minutes after a China day ends that each acquirer publishes its bill (540: 09:00 the next day). */
  alipayAtMinutes: number;
  wechatAtMinutes: number;
  /** How many days back a missed day is still reconciled (after the hub was down, say). */
  lookbackDays: number;
  /** How long a process holds a run before another may take it over, ms. */
  leaseMs: number;
}

const chinaNow = `((now() at time zone 'UTC') + interval '8 hours')`;
const returned = `merchant_id, tenant_id, to_char(bill_date, 'YYYY-MM-DD') as bill_date, attempts`;

/**
 * Starts runs for merchant-days that are due and have none yet, at most `limit`. The primary key makes this safe
 * across processes: of two processes inserting the same merchant-day, one gets it back, the other nothing.
 */
export async function claimNewRuns(db: Queryable, policy: DuePolicy, instanceId: string, limit: number): Promise<ClaimedRun[]> {
  const { rows } = await db.query<ClaimedRun>(
    `insert into reconciliation_runs (merchant_id, bill_date, tenant_id, state, lease_until, claimed_by)
     select m.id, d.day::date, m.tenant_id, 'running', now() + make_interval(secs => $4::int / 1000.0), $5
     from merchants m
     cross join lateral generate_series(
       greatest(((m.created_at at time zone 'UTC') + interval '8 hours')::date, ${chinaNow}::date - $3::int)::timestamp,
       (((${chinaNow} - make_interval(mins => case m.acquirer when 'wechat' then $2::int else $1::int end))::date) - 1)::timestamp,
       interval '1 day') as d(day)
     where not exists (select 1 from reconciliation_runs r where r.merchant_id = m.id and r.bill_date = d.day::date)
     order by d.day, m.id
     limit $6
     on conflict do nothing
     returning ${returned}`,
    [policy.alipayAtMinutes, policy.wechatAtMinutes, policy.lookbackDays, policy.leaseMs, instanceId, limit],
  );
  return rows;
}

/** Takes up runs waiting for their next try, and runs whose process let the lease lapse (it died), at most `limit`. */
export async function claimDueRetries(db: Queryable, leaseMs: number, instanceId: string, limit: number): Promise<ClaimedRun[]> {
  const { rows } = await db.query<ClaimedRun>(
    `update reconciliation_runs r
     set state = 'running', attempts = r.attempts + 1, lease_until = now() + make_interval(secs => $1::int / 1000.0), claimed_by = $2, updated_at = now()
     from (select merchant_id, bill_date from reconciliation_runs
           where (state = 'waiting' and next_attempt_at <= now()) or (state = 'running' and lease_until < now())
           order by next_attempt_at limit $3 for update skip locked) due
     where r.merchant_id = due.merchant_id and r.bill_date = due.bill_date
     returning r.merchant_id, r.tenant_id, to_char(r.bill_date, 'YYYY-MM-DD') as bill_date, r.attempts`,
    [leaseMs, instanceId, limit],
  );
  return rows;
}

const held = `merchant_id = $1 and bill_date = $2::date and state = 'running' and claimed_by = $3 and attempts = $4`;
const heldParams = (run: ClaimedRun, instanceId: string) => [run.merchant_id, run.bill_date, instanceId, run.attempts];

/** Locks the run if this process still holds this try of it (in the transaction that saves its report). */
export async function lockHeldRun(tx: Queryable, run: ClaimedRun, instanceId: string): Promise<boolean> {
  const { rows } = await tx.query(`select 1 from reconciliation_runs where ${held} for update`, heldParams(run, instanceId));
  return rows.length > 0;
}

export async function finishRun(tx: Queryable, run: ClaimedRun, instanceId: string, reconciliationId: string): Promise<void> {
  await tx.query(`update reconciliation_runs set state = 'done', reconciliation_id = $5, lease_until = null, last_error = null, updated_at = now() where ${held}`, [
    ...heldParams(run, instanceId),
    reconciliationId,
  ]);
}

/** The bill is not there yet (or could not be had): try again after `retryMs`. */
export async function postponeRun(db: Queryable, run: ClaimedRun, instanceId: string, retryMs: number, reason: string): Promise<void> {
  await db.query(
    `update reconciliation_runs set state = 'waiting', next_attempt_at = now() + make_interval(secs => $5::int / 1000.0), lease_until = null, last_error = $6, updated_at = now()
     where ${held}`,
    [...heldParams(run, instanceId), retryMs, reason.slice(0, 500)],
  );
}

/** Out of tries: stays `abandoned` (the alert asks a person to look); true if this process held it. */
export async function abandonRun(tx: Queryable, run: ClaimedRun, instanceId: string, reason: string): Promise<boolean> {
  const { rowCount } = await tx.query(`update reconciliation_runs set state = 'abandoned', lease_until = null, last_error = $5, updated_at = now() where ${held}`, [
    ...heldParams(run, instanceId),
    reason.slice(0, 500),
  ]);
  return rowCount > 0;
}

export interface RunRow {
  merchant_id: string;
  bill_date: string;
  state: string;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  reconciliation_id: string | null;
}

/** A merchant's runs, newest day first (the API shows them next to the reports). */
export async function listRuns(db: Queryable, tenantId: string, merchantId: string, limit: number): Promise<RunRow[]> {
  const { rows } = await db.query<RunRow>(
    `select merchant_id, to_char(bill_date, 'YYYY-MM-DD') as bill_date, state, attempts, next_attempt_at, last_error, reconciliation_id
     from reconciliation_runs where tenant_id = $1 and merchant_id = $2 order by bill_date desc limit $3`,
    [tenantId, merchantId, limit],
  );
  return rows;
}
