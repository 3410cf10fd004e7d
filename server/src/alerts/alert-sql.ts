// SQL of alert rules, alerts, the conditions the rules test, and where a
// tenant's alert notifications go.
import type { Queryable } from '../db/database.js';

export type RuleKind = 'offline' | 'temperature_above' | 'free_storage_below' | 'repeated_reboots' | 'payment_failure_rate';
/**
 * Rule kinds, and alerts raised by an event: a payment (or its refund) a person must settle; a scheduled
 * reconciliation that found mismatches; a merchant's bill the acquirer never published.
 */
export type AlertKind = RuleKind | 'payment_needs_attention' | 'reconciliation_mismatch' | 'reconciliation_unavailable';
export type AlertState = 'open' | 'acknowledged' | 'resolved';

export interface RuleRow {
  id: string;
  tenant_id: string;
  name: string;
  kind: RuleKind;
  threshold: number;
  window_minutes: number;
  enabled: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface AlertRow {
  id: string;
  tenant_id: string;
  /** Null for an alert raised by an event (then `transaction_id` says which payment). */
  rule_id: string | null;
  /** Null for an alert about a merchant (reconciliation). */
  device_id: string | null;
  transaction_id: string | null;
  merchant_id: string | null;
  reconciliation_id: string | null;
  state: AlertState;
  value: number | null;
  opened_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  resolved_at: Date | null;
  rule_name: string | null;
  kind: AlertKind;
}

const ruleColumns = 'id, tenant_id, name, kind, threshold, window_minutes, enabled, created_at, updated_at';
const alertColumns = `a.id, a.tenant_id, a.rule_id, a.device_id, a.transaction_id, a.merchant_id, a.reconciliation_id, a.state, a.value, a.opened_at, a.acknowledged_at, a.acknowledged_by, a.resolved_at,
  r.name as rule_name, a.kind`;

export async function insertRule(db: Queryable, tenantId: string, values: { name: string; kind: RuleKind; threshold: number; windowMinutes?: number; enabled?: boolean }): Promise<RuleRow> {
  const { rows } = await db.query<RuleRow>(
    `insert into alert_rules (tenant_id, name, kind, threshold, window_minutes, enabled) values ($1, $2, $3, $4, coalesce($5, 60), coalesce($6, true)) returning ${ruleColumns}`,
    [tenantId, values.name, values.kind, values.threshold, values.windowMinutes ?? null, values.enabled ?? null],
  );
  return rows[0]!;
}

export async function updateRule(db: Queryable, tenantId: string, id: string, changes: { name?: string; threshold?: number; windowMinutes?: number; enabled?: boolean }): Promise<RuleRow | undefined> {
  const { rows } = await db.query<RuleRow>(
    `update alert_rules set name = coalesce($3, name), threshold = coalesce($4, threshold), window_minutes = coalesce($5, window_minutes),
       enabled = coalesce($6, enabled), updated_at = now()
     where tenant_id = $1 and id = $2 returning ${ruleColumns}`,
    [tenantId, id, changes.name ?? null, changes.threshold ?? null, changes.windowMinutes ?? null, changes.enabled ?? null],
  );
  return rows[0];
}

export async function deleteRule(db: Queryable, tenantId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from alert_rules where tenant_id = $1 and id = $2', [tenantId, id]);
  return rowCount > 0;
}

export async function findRule(db: Queryable, tenantId: string, id: string): Promise<RuleRow | undefined> {
  const { rows } = await db.query<RuleRow>(`select ${ruleColumns} from alert_rules where tenant_id = $1 and id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listRules(db: Queryable, tenantId: string, page: { orderBy: string; limit: number; offset: number }) {
  const [list, count] = await Promise.all([
    db.query<RuleRow>(`select ${ruleColumns} from alert_rules where tenant_id = $1 order by ${page.orderBy} limit $2 offset $3`, [tenantId, page.limit, page.offset]),
    db.query<{ total: number }>('select count(*)::int as total from alert_rules where tenant_id = $1', [tenantId]),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

/** Every rule of every tenant: the evaluator's work list. */
export async function allRules(db: Queryable): Promise<RuleRow[]> {
  const { rows } = await db.query<RuleRow>(`select ${ruleColumns} from alert_rules order by tenant_id, created_at`);
  return rows;
}

export interface AlertFilter {
  state?: AlertState;
  deviceId?: string;
  ruleId?: string;
  transactionId?: string;
  merchantId?: string;
}

export async function listAlerts(db: Queryable, tenantId: string, filter: AlertFilter, page: { orderBy: string; limit: number; offset: number }) {
  const where = `a.tenant_id = $1 and ($2::text is null or a.state = $2) and ($3::text is null or a.device_id = $3) and ($4::uuid is null or a.rule_id = $4::uuid)
    and ($5::uuid is null or a.transaction_id = $5::uuid) and ($6::uuid is null or a.merchant_id = $6::uuid)`;
  const params = [tenantId, filter.state ?? null, filter.deviceId ?? null, filter.ruleId ?? null, filter.transactionId ?? null, filter.merchantId ?? null];
  const [list, count] = await Promise.all([
    db.query<AlertRow>(`select ${alertColumns} from alerts a left join alert_rules r on r.id = a.rule_id where ${where} order by ${page.orderBy} limit $7 offset $8`, [...params, page.limit, page.offset]),
    db.query<{ total: number }>(`select count(*)::int as total from alerts a where ${where}`, params),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function findAlert(db: Queryable, tenantId: string, id: string): Promise<AlertRow | undefined> {
  const { rows } = await db.query<AlertRow>(`select ${alertColumns} from alerts a left join alert_rules r on r.id = a.rule_id where a.tenant_id = $1 and a.id = $2`, [tenantId, id]);
  return rows[0];
}

/** open → acknowledged; undefined if the alert is not open. */
export async function acknowledgeAlert(db: Queryable, tenantId: string, id: string, operatorId: string): Promise<AlertRow | undefined> {
  const { rows } = await db.query<AlertRow>(
    `with a as (update alerts set state = 'acknowledged', acknowledged_at = now(), acknowledged_by = $3
                where tenant_id = $1 and id = $2 and state = 'open' returning *)
     select ${alertColumns} from a left join alert_rules r on r.id = a.rule_id`,
    [tenantId, id, operatorId],
  );
  return rows[0];
}

/** A device in breach of a rule, with the measured value and what is needed to decide about trading hours. */
export interface Breach {
  device_id: string;
  value: number;
  trading_hours: unknown;
  timezone: string | null;
}

/** The devices that break a rule now. */
export async function findBreaches(db: Queryable, rule: RuleRow): Promise<Breach[]> {
  const merchant = 'left join merchants m on m.id = d.merchant_id';
  const live = 'device_live l join devices d on d.id = l.device_id';
  const sql: Record<RuleKind, string> = {
    offline: `select d.id as device_id, floor(extract(epoch from now() - l.last_seen_at) / 60)::bigint as value, m.trading_hours, m.timezone
              from ${live} ${merchant}
              where l.tenant_id = $1 and d.status = 'active' and not l.online and l.last_seen_at < now() - ($2::int * interval '1 minute')`,
    temperature_above: `select d.id as device_id, (l.last_heartbeat ->> 'temperatureDc')::bigint as value, null as trading_hours, null as timezone
              from ${live} where l.tenant_id = $1 and d.status = 'active' and l.online and (l.last_heartbeat ->> 'temperatureDc')::int > $2 * 10`,
    free_storage_below: `select d.id as device_id, (l.last_heartbeat ->> 'freeStorageBytes')::bigint as value, null as trading_hours, null as timezone
              from ${live} where l.tenant_id = $1 and d.status = 'active' and l.online and (l.last_heartbeat ->> 'freeStorageBytes')::bigint < $2::bigint * 1048576`,
    // A reboot is an uptime that went down between two heartbeats.
    repeated_reboots: `select device_id, count(*)::bigint as value, null as trading_hours, null as timezone from (
                select device_id, uptime_s < lag(uptime_s) over (partition by device_id order by received_at) as rebooted
                from device_heartbeats where tenant_id = $1 and received_at > now() - ($3::int * interval '1 minute')
              ) h where rebooted group by device_id having count(*) >= greatest($2, 1)`,
    // At least five payments in the window, so one failed test payment is not an alert.
    payment_failure_rate: `select device_id, (100 * count(*) filter (where state in ('failed', 'cancelled')) / count(*))::bigint as value, null as trading_hours, null as timezone
              from transactions where tenant_id = $1 and created_at > now() - ($3::int * interval '1 minute')
                and state in ('succeeded', 'failed', 'cancelled')
              group by device_id having count(*) >= 5 and 100 * count(*) filter (where state in ('failed', 'cancelled')) > $2 * count(*)`,
  };
  const usesWindow = rule.kind === 'repeated_reboots' || rule.kind === 'payment_failure_rate';
  const params = usesWindow ? [rule.tenant_id, rule.threshold, rule.window_minutes] : [rule.tenant_id, rule.threshold];
  const { rows } = await db.query<Breach>(sql[rule.kind], params);
  return rows;
}

/** Opens an alert for each device without an unresolved one for this rule; returns the new ones. */
export async function openAlerts(db: Queryable, rule: RuleRow, breaches: Array<{ device_id: string; value: number }>): Promise<AlertRow[]> {
  if (breaches.length === 0) return [];
  const { rows } = await db.query<AlertRow>(
    `with a as (
       insert into alerts (tenant_id, rule_id, kind, device_id, value)
       select $1, $2, $5, u.device_id, u.value from unnest($3::text[], $4::bigint[]) as u(device_id, value)
       on conflict (rule_id, device_id) where state <> 'resolved' do nothing
       returning *
     ) select ${alertColumns} from a join alert_rules r on r.id = a.rule_id`,
    [rule.tenant_id, rule.id, breaches.map((b) => b.device_id), breaches.map((b) => b.value), rule.kind],
  );
  return rows;
}

/** Resolves the rule's unresolved alerts whose device is no longer in breach; returns them. */
export async function resolveCleared(db: Queryable, rule: RuleRow, stillBreaching: string[]): Promise<AlertRow[]> {
  const { rows } = await db.query<AlertRow>(
    `with a as (
       update alerts set state = 'resolved', resolved_at = now()
       where rule_id = $1 and state <> 'resolved' and not (device_id = any($2::text[]))
       returning *
     ) select ${alertColumns} from a join alert_rules r on r.id = a.rule_id`,
    [rule.id, stillBreaching],
  );
  return rows;
}

/** Where the tenant's alert notifications go, with the sealed signing secret. */
export async function setAlertWebhook(db: Queryable, tenantId: string, url: string, sealedSecret: Buffer): Promise<void> {
  await db.query('update tenants set alert_webhook_url = $2, alert_webhook_secret = $3 where id = $1', [tenantId, url, sealedSecret]);
}

/**
 * Opens an alert about one transaction (no rule: the event itself is the
 * breach); undefined when the transaction already has an unresolved one.
 */
export async function openTransactionAlert(
  db: Queryable,
  values: { tenantId: string; kind: AlertKind; deviceId: string; transactionId: string; value: number },
): Promise<AlertRow | undefined> {
  const { rows } = await db.query<AlertRow>(
    `with a as (
       insert into alerts (tenant_id, kind, device_id, transaction_id, value) values ($1, $2, $3, $4, $5)
       on conflict (transaction_id) where transaction_id is not null and state <> 'resolved' do nothing
       returning *
     ) select ${alertColumns} from a left join alert_rules r on r.id = a.rule_id`,
    [values.tenantId, values.kind, values.deviceId, values.transactionId, values.value],
  );
  return rows[0];
}

/**
 * An alert about a merchant's reconciliation, at most one unresolved per report (mismatches) or per merchant (a bill
 * that never came); undefined when that one is already open.
 */
export async function openMerchantAlert(
  db: Queryable,
  values: { tenantId: string; kind: 'reconciliation_mismatch' | 'reconciliation_unavailable'; merchantId: string; reconciliationId?: string; value: number },
): Promise<AlertRow | undefined> {
  const { rows } = await db.query<AlertRow>(
    `with a as (
       insert into alerts (tenant_id, kind, merchant_id, reconciliation_id, value) values ($1, $2, $3, $4, $5)
       on conflict do nothing
       returning *
     ) select ${alertColumns} from a left join alert_rules r on r.id = a.rule_id`,
    [values.tenantId, values.kind, values.merchantId, values.reconciliationId ?? null, values.value],
  );
  return rows[0];
}
