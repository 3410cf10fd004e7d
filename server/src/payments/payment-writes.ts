// The payment path's writes under load: new transactions and state changes of
// many payments go to the database through group commit (platform/
// group-commit.ts), both kinds in one statement per batch (payment-sql.ts
// `writePayments`), so one commit and one WAL flush serve every payment in
// it. Each payment still waits for the commit that holds its write before
// its next call to the acquirer, as the state machine requires.
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { GroupCommit } from '../platform/group-commit.js';
import {
  insertTransaction,
  transition,
  writePayments,
  type NewTransaction,
  type TransactionRow,
  type TransactionState,
  type TransitionFacts,
  type TransitionRequest,
  type TransitionWebhook,
} from './payment-sql.js';

type PaymentWrite = { kind: 'insert'; values: NewTransaction } | { kind: 'transition'; request: TransitionRequest };

export class PaymentWrites {
  private readonly writes: GroupCommit<PaymentWrite, TransactionRow | undefined>;

  /**
   * `registry`: where its gauges go (the hub's metrics); none in a test. `gatherMs`: how long a batch gathers under
   * load (HUB_PAYMENT_WRITE_GATHER_MS), trading a little latency per write for fewer, larger statements.
   */
  constructor(db: Database, registry?: Registry, gatherMs = 0) {
    this.writes = new GroupCommit({
      writeBatch: async (batch) => {
        const inserts = batch.flatMap((w) => (w.kind === 'insert' ? [w.values] : []));
        const transitions = batch.flatMap((w) => (w.kind === 'transition' ? [w.request] : []));
        const { inserted, moved } = await writePayments(db, inserts, transitions);
        let i = 0;
        let t = 0;
        return batch.map((w) => (w.kind === 'insert' ? inserted[i++] : moved[t++]));
      },
      writeOne: (w) => (w.kind === 'insert' ? insertTransaction(db, w.values) : transition(db, w.request.id, w.request.from, w.request.to, w.request.facts, w.request.webhook)),
      // A screen's order number is inserted once per batch; a transaction moves once per batch.
      keyOf: (w) => (w.kind === 'insert' ? `insert\u0000${w.values.deviceId}\u0000${w.values.orderNo}` : `move\u0000${w.request.id}`),
      // One batch at a time: writes that arrive meanwhile gather for the next, so batches grow with the load and
      // the database commits (and flushes its WAL) once per batch, not once per payment.
      parallel: 1,
      gatherMs,
    });
    if (registry) this.registerGauges(registry);
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

  /** The new transaction in state `sent`, or undefined when the screen's (device, order number) exists. */
  insert(values: NewTransaction): Promise<TransactionRow | undefined> {
    return this.writes.submit({ kind: 'insert', values });
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
