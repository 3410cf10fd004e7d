// The payment path's writes under load: new transactions and state changes of
// many payments go to the database through group commit (platform/
// group-commit.ts), both kinds in one statement per batch (payment-sql.ts
// `writePayments`), so one commit and one WAL flush serve every payment in
// it. Each payment still waits for the commit that holds its write before
// its next call to the acquirer, as the state machine requires. A batch with
// discounts on offer decides and reserves them in its own commit
// (discounted-writes.ts): still one commit per batch.
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import type { DiscountDesk, Offer } from '../discounts/index.js';
import { GroupCommit } from '../platform/group-commit.js';
import { writeDiscounted, type OfferedInsert } from './discounted-writes.js';
import {
  writePayments,
  type NewTransaction,
  type TransactionRow,
  type TransactionState,
  type TransitionFacts,
  type TransitionRequest,
  type TransitionWebhook,
} from './payment-sql.js';

type PaymentWrite = ({ kind: 'insert' } & OfferedInsert) | { kind: 'transition'; request: TransitionRequest };

export class PaymentWrites {
  private readonly writes: GroupCommit<PaymentWrite, TransactionRow | undefined>;

  /**
   * `registry`: where its gauges go (the hub's metrics); none in a test. `gatherMs`: how long a batch gathers under
   * load (HUB_PAYMENT_WRITE_GATHER_MS), trading a little latency per write for fewer, larger statements. `desk`: the
   * bank's discounts, for inserts with offers.
   */
  constructor(
    private readonly db: Database,
    registry?: Registry,
    gatherMs = 0,
    private readonly desk?: DiscountDesk,
  ) {
    this.writes = new GroupCommit({
      writeBatch: (batch) => this.writeBatch(batch),
      // After a batch failed: each write alone, the same way.
      writeOne: async (w) => (await this.writeBatch([w]))[0],
      // A screen's order number is inserted once per batch; a transaction moves once per batch.
      keyOf: (w) => (w.kind === 'insert' ? `insert\u0000${w.values.deviceId}\u0000${w.values.orderNo}` : `move\u0000${w.request.id}`),
      // One batch at a time: writes that arrive meanwhile gather for the next, so batches grow with the load and
      // the database commits (and flushes its WAL) once per batch, not once per payment.
      parallel: 1,
      gatherMs,
    });
    if (registry) this.registerGauges(registry);
  }

  /** One statement for the batch's writes, or one transaction when some of its new payments have discounts on offer. */
  private async writeBatch(batch: PaymentWrite[]): Promise<Array<TransactionRow | undefined>> {
    const inserts = batch.flatMap((w) => (w.kind === 'insert' ? [w] : []));
    const transitions = batch.flatMap((w) => (w.kind === 'transition' ? [w.request] : []));
    const desk = this.desk;
    const { inserted, moved } =
      desk && inserts.some((w) => w.offers?.length)
        ? await this.db.transaction((tx) => writeDiscounted(tx, desk, inserts, transitions))
        : await writePayments(
            this.db,
            inserts.map((w) => w.values),
            transitions,
          );
    let i = 0;
    let t = 0;
    return batch.map((w) => (w.kind === 'insert' ? inserted[i++] : moved[t++]));
  }

  private registerGauges(registry: Registry): void {
    const writes = this.writes;
    new Gauge({
      name: 'hub_payment_write_batches',
      help: 'Statements the payment path has written through group commit (see hub_payment_writes for the writes in them)',
      registers: [registry],
      collect() {
        this.set(writes.batches);
      },
    });
    new Gauge({
      name: 'hub_payment_writes',
      help: 'Payment writes (new transactions, state changes) committed through group commit',
      registers: [registry],
      collect() {
        this.set(writes.items);
      },
    });
  }

  /**
   * The new transaction in state `sent`, or undefined when the screen's (device, order number) exists. With `offers`
   * (best first), the best one the campaigns' budgets and daily limits still allow is reserved in the same commit and
   * the row is at the ticket less its discount; with none left, at the ticket.
   */
  insert(values: NewTransaction, offers?: Offer[]): Promise<TransactionRow | undefined> {
    return this.writes.submit({ kind: 'insert', values, offers });
  }

  /** As payment-sql's `transition`, committed with other payments' writes. */
  transition(id: string, from: TransactionState, to: TransactionState, facts: TransitionFacts = {}, webhook?: TransitionWebhook): Promise<TransactionRow | undefined> {
    return this.writes.submit({ kind: 'transition', request: { id, from, to, facts, webhook } });
  }

  /** Statements written and payments' writes in them, for the metrics. */
  stats(): { batches: number; writes: number } {
    return { batches: this.writes.batches, writes: this.writes.items };
  }
}
