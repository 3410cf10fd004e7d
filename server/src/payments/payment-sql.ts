// SQL of transactions and their events. Every state change is one statement
// that moves the row only from the state the caller saw, and appends the event
// in the same statement: durable before the next call to the acquirer.
import { prepared, type Queryable } from '../db/database.js';
import { instanceAlive } from '../platform/instance-lease.js';
import { acquirerText } from './acquirer-text.js';

export type TransactionState = 'received' | 'sent' | 'paying' | 'unknown' | 'cancelling' | 'succeeded' | 'failed' | 'cancelled' | 'refunded' | 'needs_attention';
/** `needs_attention`: final for the hub (never swept again); a person settles it with the acquirer (migration 0025). */
export const FINAL_STATES: readonly TransactionState[] = ['succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention'];

export interface TransactionRow {
  id: string;
  tenant_id: string;
  merchant_id: string;
  device_id: string;
  order_no: string;
  /** The number the acquirer knows this payment by (out_trade_no); the hub's own, see migration 0021. */
  acquirer_order_no: string;
  amount_fen: number;
  currency: string;
  channel: string;
  auth_code_masked: string;
  state: TransactionState;
  acquirer_trade_no: string | null;
  failure_reason: string | null;
  paid_at: Date | null;
  refunded_fen: number;
  mode: 'barcode' | 'qr';
  qr_code: string | null;
  /** Cancels the acquirer answered "try again" (migration 0025). */
  cancel_retries: number;
  /** With a bank-funded discount (migration 0034): the ticket the screen asked for; amount_fen is what was charged. */
  ticket_fen: number | null;
  discount_fen: number;
  discount_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns of a transaction row, as every read of one returns them. */
export const columns = `id, tenant_id, merchant_id, device_id, order_no, acquirer_order_no, amount_fen, currency, channel, auth_code_masked, state,
  acquirer_trade_no, failure_reason, paid_at, refunded_fen, mode, qr_code, cancel_retries, ticket_fen, discount_fen, discount_name, created_at, updated_at`;

export interface NewTransaction {
  tenantId: string;
  merchantId: string;
  deviceId: string;
  orderNo: string;
  amountFen: number;
  currency: string;
  channel: string;
  authCodeMasked: string;
  mode: 'barcode' | 'qr';
  /** The hub process driving it (instance-lease.ts). */
  ownerInstance: string;
  /** A bank's discount reserved in the same commit: `amountFen` is then the ticket less it (what the acquirer charges). */
  discount?: { ticketFen: number; discountFen: number; name: string };
}

/**
 * Inserts the transaction already in state `sent` (history: received, sent), or
 * returns undefined when (device, order number) exists. One commit before the
 * acquirer is called: whatever happens next, the sweeper finds the row.
 */
export async function insertTransaction(db: Queryable, values: NewTransaction): Promise<TransactionRow | undefined> {
  return (await insertTransactions(db, [values]))[0];
}

const TRANSACTION_BY_ORDER = prepared('transaction_by_order', `select ${columns} from transactions where device_id = $1 and order_no = $2`);

export async function findTransactionByOrder(db: Queryable, deviceId: string, orderNo: string): Promise<TransactionRow | undefined> {
  const { rows } = await db.query<TransactionRow>(TRANSACTION_BY_ORDER, [deviceId, orderNo]);
  return rows[0];
}

/** The screens' payments started since `since`, oldest first: what a screen that just said Hello may have missed. */
export async function recentTransactionsOf(db: Queryable, deviceIds: string[], since: Date): Promise<TransactionRow[]> {
  const { rows } = await db.query<TransactionRow>(
    `select ${columns} from transactions where device_id = any($1::text[]) and created_at > $2 order by created_at`,
    [deviceIds, since],
  );
  return rows;
}

/** The payments these screens name by their own order numbers (order numbers are unique per screen, not across them). */
export async function transactionsByOrder(db: Queryable, orders: Array<{ deviceId: string; orderNo: string }>): Promise<TransactionRow[]> {
  const { rows } = await db.query<TransactionRow>(
    `select ${columns} from transactions where (device_id, order_no) in (select * from unnest($1::text[], $2::text[]))`,
    [orders.map((o) => o.deviceId), orders.map((o) => o.orderNo)],
  );
  return rows;
}

export interface TransitionFacts {
  acquirerTradeNo?: string;
  failureReason?: string;
  paidAt?: number;
  qrCode?: string;
  detail?: Record<string, unknown>;
}

/** What the merchant's webhook receives about a transition (see pay-result.ts), in the statement that makes it. */
export interface TransitionWebhook {
  event: string;
  payload: Record<string, unknown>;
}

/**
 * Moves `id` from `from` to `to`; returns the updated row, or undefined if it was no longer in `from`. With `webhook`,
 * the merchant's webhook delivery (the webhooks domain's outbox table) is queued by the same statement, so the final
 * state and its notification commit together in one round trip; merchants without a webhook URL get none.
 */
export async function transition(
  db: Queryable,
  id: string,
  from: TransactionState,
  to: TransactionState,
  facts: TransitionFacts = {},
  webhook?: TransitionWebhook,
): Promise<TransactionRow | undefined> {
  return (await transitionMany(db, [{ id, from, to, facts, webhook }]))[0];
}

/** The row as `transition` will leave it (the same coalesces), for what is said about it before the statement runs. */
export function afterTransition(row: TransactionRow, to: TransactionState, facts: TransitionFacts): TransactionRow {
  return {
    ...row,
    state: to,
    acquirer_trade_no: facts.acquirerTradeNo ?? row.acquirer_trade_no,
    failure_reason: facts.failureReason === undefined ? row.failure_reason : acquirerText(facts.failureReason),
    paid_at: facts.paidAt ? new Date(facts.paidAt) : row.paid_at,
    qr_code: facts.qrCode ?? row.qr_code,
  };
}

/**
 * Several screens' transactions in one statement (group commit, see payment-writes.ts): one result per input, in
 * order, undefined where (device, order number) exists. The caller never puts one device's order number twice in a batch.
 */
export async function insertTransactions(db: Queryable, batch: NewTransaction[]): Promise<Array<TransactionRow | undefined>> {
  const { rows } = await db.query<TransactionRow>(INSERT_TRANSACTIONS, insertParams(batch));
  return insertResults(batch, rows);
}

/** One state change as `transition` takes it. */
export interface TransitionRequest {
  id: string;
  from: TransactionState;
  to: TransactionState;
  facts?: TransitionFacts;
  webhook?: TransitionWebhook;
}

/**
 * Several transactions' state changes in one statement (group commit), each with its event and webhook as
 * `transition` does: one result per input, in order, undefined where the row was no longer in `from`. The caller
 * never puts one transaction twice in a batch.
 */
export async function transitionMany(db: Queryable, batch: TransitionRequest[]): Promise<Array<TransactionRow | undefined>> {
  const { rows } = await db.query<TransactionRow>(TRANSITION_MANY, transitionParams(batch));
  return transitionResults(batch, rows);
}

/**
 * New transactions and other transactions' state changes in one statement, so one commit (one WAL flush) for both:
 * the payment path's group commit at its cheapest (payment-writes.ts). Results as `insertTransactions` and
 * `transitionMany` give them. A transition never concerns a row inserted by the same statement: its caller waited
 * for the insert's commit.
 */
export async function writePayments(
  db: Queryable,
  inserts: NewTransaction[],
  transitions: TransitionRequest[],
): Promise<{ inserted: Array<TransactionRow | undefined>; moved: Array<TransactionRow | undefined> }> {
  const { rows } = await db.query<TransactionRow & { created: boolean }>(PAYMENT_WRITES, [...insertParams(inserts), ...transitionParams(transitions)]);
  return {
    inserted: insertResults(
      inserts,
      rows.filter((r) => r.created),
    ),
    moved: transitionResults(
      transitions,
      rows.filter((r) => !r.created),
    ),
  };
}

function insertParams(batch: NewTransaction[]): unknown[] {
  const col = <T>(pick: (v: NewTransaction) => T) => batch.map(pick);
  return [
    col((v) => v.tenantId),
    col((v) => v.merchantId),
    col((v) => v.deviceId),
    col((v) => v.orderNo),
    col((v) => v.amountFen),
    col((v) => v.currency),
    col((v) => v.channel),
    col((v) => v.authCodeMasked),
    col((v) => v.mode),
    col((v) => v.ownerInstance),
    col((v) => v.discount?.ticketFen ?? null),
    col((v) => v.discount?.discountFen ?? 0),
    col((v) => v.discount?.name ?? null),
  ];
}

function insertResults(batch: NewTransaction[], rows: TransactionRow[]): Array<TransactionRow | undefined> {
  const byOrder = new Map(rows.map((r) => [`${r.device_id}\u0000${r.order_no}`, r]));
  return batch.map((v) => byOrder.get(`${v.deviceId}\u0000${v.orderNo}`));
}

function transitionParams(batch: TransitionRequest[]): unknown[] {
  const col = <T>(pick: (r: TransitionRequest) => T) => batch.map(pick);
  return [
    col((r) => r.id),
    col((r) => r.from),
    col((r) => r.to),
    col((r) => r.facts?.acquirerTradeNo ?? null),
    col((r) => (r.facts?.failureReason === undefined ? null : acquirerText(r.facts.failureReason))),
    col((r) => (r.facts?.paidAt ? new Date(r.facts.paidAt).toISOString() : null)),
    col((r) => (r.facts?.detail ? JSON.stringify(r.facts.detail) : null)),
    col((r) => r.facts?.qrCode ?? null),
    col((r) => r.webhook?.event ?? null),
    col((r) => (r.webhook ? JSON.stringify(r.webhook.payload) : null)),
  ];
}

function transitionResults(batch: TransitionRequest[], rows: TransactionRow[]): Array<TransactionRow | undefined> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return batch.map((r) => byId.get(r.id));
}

/** New rows already `sent` (`created`) with their two events (received, sent); parameters from `$first`, thirteen arrays. */
function insertSteps(first: number): string {
  const $ = (n: number) => `$${first + n}`;
  return `created as (
       insert into transactions (tenant_id, merchant_id, device_id, order_no, amount_fen, currency, channel, auth_code_masked, state, mode, owner_instance,
         ticket_fen, discount_fen, discount_name)
       select v.tenant_id, v.merchant_id, v.device_id, v.order_no, v.amount_fen, v.currency, v.channel, v.auth_code_masked, 'sent', v.mode, v.owner_instance,
         v.ticket_fen, v.discount_fen, v.discount_name
       from unnest(${$(0)}::uuid[], ${$(1)}::uuid[], ${$(2)}::text[], ${$(3)}::text[], ${$(4)}::bigint[], ${$(5)}::text[], ${$(6)}::text[], ${$(7)}::text[], ${$(8)}::text[], ${$(9)}::text[],
           ${$(10)}::bigint[], ${$(11)}::bigint[], ${$(12)}::text[])
         as v(tenant_id, merchant_id, device_id, order_no, amount_fen, currency, channel, auth_code_masked, mode, owner_instance, ticket_fen, discount_fen, discount_name)
       on conflict (device_id, order_no) do nothing
       returning ${columns}
     ), created_event as (
       insert into transaction_events (tenant_id, transaction_id, from_state, to_state)
       select tenant_id, id, step.from_state, step.to_state from created,
         (values (null, 'received', 1), ('received', 'sent', 2)) as step(from_state, to_state, n)
       order by created.id, step.n
     )`;
}

/** Rows moved from the state their caller saw (`moved`), each with its event and, when asked, its webhook; ten arrays from `$first`. */
function transitionSteps(first: number): string {
  const $ = (n: number) => `$${first + n}`;
  return `v as (
       select * from unnest(${$(0)}::uuid[], ${$(1)}::text[], ${$(2)}::text[], ${$(3)}::text[], ${$(4)}::text[], ${$(5)}::timestamptz[], ${$(6)}::jsonb[], ${$(7)}::text[], ${$(8)}::text[], ${$(9)}::jsonb[])
         as v(v_id, v_from, v_to, v_trade_no, v_failure, v_paid_at, v_detail, v_qr_code, v_hook_event, v_hook_payload)
     ), moved as (
       update transactions set state = v_to, updated_at = now(),
         acquirer_trade_no = coalesce(v_trade_no, acquirer_trade_no),
         failure_reason = coalesce(v_failure, failure_reason),
         paid_at = coalesce(v_paid_at, paid_at),
         qr_code = coalesce(v_qr_code, qr_code)
       from v where id = v_id and state = v_from
       returning ${columns}, v_from, v_detail, v_hook_event, v_hook_payload
     ), moved_event as (
       insert into transaction_events (tenant_id, transaction_id, from_state, to_state, detail)
       select tenant_id, id, v_from, state, v_detail from moved
     ), hook as (
       insert into webhook_deliveries (tenant_id, merchant_id, transaction_id, event, payload)
       select m.tenant_id, m.id, moved.id, v_hook_event, v_hook_payload from moved join merchants m on m.id = moved.merchant_id
       where v_hook_event is not null and m.webhook_url is not null
     )`;
}

const INSERT_TRANSACTIONS = prepared('insert_transactions', `with ${insertSteps(1)} select * from created`);
const TRANSITION_MANY = prepared('transition_many', `with ${transitionSteps(1)} select ${columns} from moved`);
const PAYMENT_WRITES = prepared(
  'payment_writes',
  `with ${insertSteps(1)}, ${transitionSteps(14)}
   select true as created, ${columns} from created union all select false as created, ${columns} from moved`,
);

/**
 * Counts one "try again" answer to a cancel (the row stays `cancelling` for the
 * sweeper), with an event saying why; undefined if the row is no longer cancelling.
 */
export async function countCancelRetry(db: Queryable, id: string, reason: string): Promise<TransactionRow | undefined> {
  const { rows } = await db.query<TransactionRow>(
    `with counted as (
       update transactions set cancel_retries = cancel_retries + 1, updated_at = now()
       where id = $1 and state = 'cancelling'
       returning ${columns}
     ), event as (
       insert into transaction_events (tenant_id, transaction_id, from_state, to_state, detail)
       select tenant_id, id, 'cancelling', 'cancelling', jsonb_build_object('cancelRetry', cancel_retries, 'reason', $2::text) from counted
     )
     select * from counted`,
    [id, reason],
  );
  return rows[0];
}

/**
 * Takes over in-flight transactions for this process: those whose process is
 * gone (its lease expired: a crash, a lost machine), and this process's own
 * that stopped moving for `ownStaleMs`. The update re-assigns them atomically,
 * so two surviving processes never drive the same one.
 */
export async function claimInFlight(db: Queryable, instanceId: string, ownStaleMs: number, limit: number): Promise<TransactionRow[]> {
  const { rows } = await db.query<TransactionRow>(
    `update transactions set owner_instance = $1
     where id in (
       select id from transactions
       where state in ('received', 'sent', 'paying', 'unknown', 'cancelling')
         and ((owner_instance = $1 and updated_at < now() - ($2::int * interval '1 millisecond'))
              or owner_instance is null or not ${instanceAlive('owner_instance')})
       order by updated_at limit $3 for update skip locked
     )
     returning ${columns}`,
    [instanceId, ownStaleMs, limit],
  );
  return rows;
}
