// SQL of alert rules, alerts, the conditions the rules test, and where a
// tenant's alert notifications go.
import type { Queryable } from '../db/database.js';

export type RuleKind = 'offline' | 'temperature_above' | 'free_storage_below' | 'repeated_reboots' | 'payment_failure_rate';
/**
 * Rule kinds, and alerts raised by an event: a payment (or its refund) a person must settle; a scheduled
 * reconciliation that found mismatches; a merchant's bill the acquirer never published.
 */
export type AlertKind = RuleKind | 'payment_needs_attention' | 'reconciliation_mismatch' | 'reconciliation_unavailable' | MerchantWarningKind;
/** Early warnings about a merchant's trade, raised when a day closes (insights/early-warnings.ts). */
export type MerchantWarningKind = 'takings_drop' | 'silent_while_online' | 'refund_ratio_high' | 'round_ticket_burst';
export type AlertState = 'open' | 'acknowledged' | 'resolved';
export type Severity = 'critical' | 'warning' | 'info';

export interface RuleRow {
  id: string;
  tenant_id: string;
  name: string;
  kind: RuleKind;
  threshold: number;
  window_minutes: number;
  enabled: boolean;
  severity: Severity;
  open_after_minutes: number;
  clear_after_minutes: number;
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
  acknowledged_note: string | null;
  /** The rule's; an event's alert is critical when a payment needs a person, a warning otherwise. */
  severity: Severity;
  threshold: number | null;
  device_name: string | null;
  store_id: string | null;
  store_name: string | null;
  /** The alert's merchant, or its screen's. */
  any_merchant_id: string | null;
  merchant_name: string | null;
  city: string | null;
  /** An early warning's figures (what it judged on); null for other alerts. */
  evidence: Record<string, unknown> | null;
}

const ruleColumns = 'id, tenant_id, name, kind, threshold, window_minutes, enabled, severity, open_after_minutes, clear_after_minutes, created_at, updated_at';
const EVENT_SEVERITY = `case a.kind when 'payment_needs_attention' then 'critical' else 'warning' end`;
const alertColumns = `a.id, a.tenant_id, a.rule_id, a.device_id, a.transaction_id, a.merchant_id, a.reconciliation_id, a.state, a.value, a.opened_at, a.acknowledged_at, a.acknowledged_by, a.resolved_at,
  r.name as rule_name, a.kind, a.acknowledged_note, coalesce(r.severity, ${EVENT_SEVERITY}) as severity, r.threshold,
  d.name as device_name, s.id as store_id, s.name as store_name, m.id as any_merchant_id, m.name as merchant_name, m.city, a.evidence`;
/** What an alert names: its rule, its screen with the screen's store and merchant (or the alert's own merchant). */
const alertJoins = `left join alert_rules r on r.id = a.rule_id left join devices d on d.id = a.device_id
  left join stores s on s.id = d.store_id left join merchants m on m.id = coalesce(a.merchant_id, d.merchant_id)`;

export interface RuleValues {
  name?: string;
  threshold?: number;
  windowMinutes?: number;
  enabled?: boolean;
  severity?: Severity;
  openAfterMinutes?: number;
  clearAfterMinutes?: number;
}

const ruleParams = (v: RuleValues) => [v.name ?? null, v.threshold ?? null, v.windowMinutes ?? null, v.enabled ?? null, v.severity ?? null, v.openAfterMinutes ?? null, v.clearAfterMinutes ?? null];

export async function insertRule(db: Queryable, tenantId: string, values: RuleValues & { name: string; kind: RuleKind; threshold: number }): Promise<RuleRow> {
  const { rows } = await db.query<RuleRow>(
    `insert into alert_rules (tenant_id, kind, name, threshold, window_minutes, enabled, severity, open_after_minutes, clear_after_minutes)
     values ($1, $2, $3, $4, coalesce($5, 60), coalesce($6, true), coalesce($7, 'warning'), coalesce($8, 0), coalesce($9, 0)) returning ${ruleColumns}`,
    [tenantId, values.kind, ...ruleParams(values)],
  );
  return rows[0]!;
}

export async function updateRule(db: Queryable, tenantId: string, id: string, changes: RuleValues): Promise<RuleRow | undefined> {
  const { rows } = await db.query<RuleRow>(
    `update alert_rules set name = coalesce($3, name), threshold = coalesce($4, threshold), window_minutes = coalesce($5, window_minutes),
       enabled = coalesce($6, enabled), severity = coalesce($7, severity), open_after_minutes = coalesce($8, open_after_minutes),
       clear_after_minutes = coalesce($9, clear_after_minutes), updated_at = now()
     where tenant_id = $1 and id = $2 returning ${ruleColumns}`,
    [tenantId, id, ...ruleParams(changes)],
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
  /** The alert's merchant or its screen's. */
  merchantId?: string;
  severity?: Severity;
  kind?: string;
  city?: string;
  openedFrom?: string;
  openedTo?: string;
}

/** Open first, then acknowledged, then resolved: what the list sorts by as "priority". */
export const ALERT_STATE_RANK = `case a.state when 'open' then 0 when 'acknowledged' then 1 else 2 end`;

export async function listAlerts(db: Queryable, tenantId: string, filter: AlertFilter, page: { orderBy: string; limit: number; offset: number }) {
  const where = `a.tenant_id = $1 and ($2::text is null or a.state = $2) and ($3::text is null or a.device_id = $3) and ($4::uuid is null or a.rule_id = $4::uuid)
    and ($5::uuid is null or a.transaction_id = $5::uuid) and ($6::uuid is null or m.id = $6::uuid)
    and ($7::text is null or coalesce(r.severity, ${EVENT_SEVERITY}) = $7) and ($8::text is null or a.kind = any(string_to_array($8, ','))) and ($9::text is null or m.city = $9)
    and ($10::timestamptz is null or a.opened_at >= $10) and ($11::timestamptz is null or a.opened_at < $11)`;
  const params = [
    tenantId, filter.state ?? null, filter.deviceId ?? null, filter.ruleId ?? null, filter.transactionId ?? null, filter.merchantId ?? null,
    filter.severity ?? null, filter.kind ?? null, filter.city ?? null, filter.openedFrom ?? null, filter.openedTo ?? null,
  ];
  const [list, count] = await Promise.all([
    db.query<AlertRow>(`select ${alertColumns} from alerts a ${alertJoins} where ${where} order by ${page.orderBy} limit $12 offset $13`, [...params, page.limit, page.offset]),
    db.query<{ total: number }>(`select count(*)::int as total from alerts a ${alertJoins} where ${where}`, params),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function findAlert(db: Queryable, tenantId: string, id: string): Promise<AlertRow | undefined> {
  const { rows } = await db.query<AlertRow>(`select ${alertColumns} from alerts a ${alertJoins} where a.tenant_id = $1 and a.id = $2`, [tenantId, id]);
  return rows[0];
}

/** open → acknowledged, with the operator's note; undefined if the alert is not open. */
export async function acknowledgeAlert(db: Queryable, tenantId: string, id: string, operatorId: string, note: string | null): Promise<AlertRow | undefined> {
  const { rows } = await db.query<AlertRow>(
    `with a as (update alerts set state = 'acknowledged', acknowledged_at = now(), acknowledged_by = $3, acknowledged_note = $4
                where tenant_id = $1 and id = $2 and state = 'open' returning *)
     select ${alertColumns} from a ${alertJoins}`,
    [tenantId, id, operatorId, note],
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

/**
 * Keeps since when each screen has broken the rule: new breaches start now, screens no longer in breach are
 * forgotten. Returns the screens that have broken it for the rule's open_after_minutes at least.
 */
export async function heldBreaches(db: Queryable, rule: RuleRow, breaching: string[]): Promise<Set<string>> {
  await db.query(`delete from alert_breaches where rule_id = $1 and not (device_id = any($2::text[]))`, [rule.id, breaching]);
  await db.query(
    `insert into alert_breaches (rule_id, device_id, tenant_id, since)
     select $1, d.id, d.tenant_id, now() from devices d where d.id = any($2::text[]) and d.tenant_id = $3
     on conflict (rule_id, device_id) do nothing`,
    [rule.id, breaching, rule.tenant_id],
  );
  const { rows } = await db.query<{ device_id: string }>(
    `select device_id from alert_breaches where rule_id = $1 and since <= now() - ($2::int * interval '1 minute')`,
    [rule.id, rule.open_after_minutes],
  );
  return new Set(rows.map((r) => r.device_id));
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
     ) select ${alertColumns} from a ${alertJoins}`,
    [rule.tenant_id, rule.id, breaches.map((b) => b.device_id), breaches.map((b) => b.value), rule.kind],
  );
  return rows;
}

/**
 * Resolves the rule's unresolved alerts whose device has been out of breach for the rule's clear_after_minutes;
 * a device breaking it again starts that wait over. Returns the resolved alerts.
 */
export async function resolveCleared(db: Queryable, rule: RuleRow, stillBreaching: string[]): Promise<AlertRow[]> {
  await db.query(
    `update alerts set cleared_since = case when device_id = any($2::text[]) then null else coalesce(cleared_since, now()) end
     where rule_id = $1 and state <> 'resolved'`,
    [rule.id, stillBreaching],
  );
  const { rows } = await db.query<AlertRow>(
    `with a as (
       update alerts set state = 'resolved', resolved_at = now()
       where rule_id = $1 and state <> 'resolved' and cleared_since <= now() - ($2::int * interval '1 minute')
       returning *
     ) select ${alertColumns} from a ${alertJoins}`,
    [rule.id, rule.clear_after_minutes],
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
     ) select ${alertColumns} from a ${alertJoins}`,
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
     ) select ${alertColumns} from a ${alertJoins}`,
    [values.tenantId, values.kind, values.merchantId, values.reconciliationId ?? null, values.value],
  );
  return rows[0];
}

/**
 * Opens an early warning per merchant and kind, or refreshes the open one's value and evidence (the latest day's);
 * returns the alerts opened now (not the refreshed).
 */
export async function openMerchantWarnings(
  db: Queryable,
  tenantId: string,
  warnings: Array<{ merchantId: string; kind: MerchantWarningKind; value: number; evidence: Record<string, unknown> }>,
): Promise<AlertRow[]> {
  if (warnings.length === 0) return [];
  const { rows } = await db.query<AlertRow>(
    `with a as (
       insert into alerts (tenant_id, kind, merchant_id, value, evidence)
       select $1, w.kind, w.merchant_id, w.value, w.evidence from unnest($2::uuid[], $3::text[], $4::bigint[], $5::jsonb[]) as w(merchant_id, kind, value, evidence)
       on conflict (merchant_id, kind) where kind in ('takings_drop', 'silent_while_online', 'refund_ratio_high', 'round_ticket_burst') and state <> 'resolved'
       do update set value = excluded.value, evidence = excluded.evidence
       returning *, xmax = 0 as opened
     ) select ${alertColumns} from a ${alertJoins} where a.opened`,
    [tenantId, warnings.map((w) => w.merchantId), warnings.map((w) => w.kind), warnings.map((w) => w.value), warnings.map((w) => JSON.stringify(w.evidence))],
  );
  return rows;
}

/** Resolves the tenant's open early warnings of `kinds` whose merchant is not in `stillWarned` (merchant id and kind pairs); returns them. */
export async function resolveMerchantWarnings(db: Queryable, tenantId: string, merchantIds: string[], stillWarned: Array<{ merchantId: string; kind: MerchantWarningKind }>): Promise<AlertRow[]> {
  const { rows } = await db.query<AlertRow>(
    `with a as (
       update alerts set state = 'resolved', resolved_at = now()
       where tenant_id = $1 and merchant_id = any($2::uuid[]) and state <> 'resolved'
         and kind in ('takings_drop', 'silent_while_online', 'refund_ratio_high', 'round_ticket_burst')
         and (merchant_id::text || ' ' || kind) <> all($3::text[])
       returning *
     ) select ${alertColumns} from a ${alertJoins}`,
    [tenantId, merchantIds, stillWarned.map((w) => `${w.merchantId} ${w.kind}`)],
  );
  return rows;
}
