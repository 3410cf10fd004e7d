// The payment path's writes under load: new transactions and state changes of
// many payments go to the database through group commit (platform/
// group-commit.ts), one statement per batch instead of one per payment. Each
// payment still waits for the commit that holds its write before its next
// call to the acquirer, as the state machine requires.
import type { Database } from '../db/database.js';
import { GroupCommit } from '../platform/group-commit.js';
import {
  insertTransaction,
  insertTransactions,
  transition,
  transitionMany,
  type NewTransaction,
  type TransactionRow,
  type TransactionState,
  type TransitionFacts,
  type TransitionRequest,
  type TransitionWebhook,
} from './payment-sql.js';

export class PaymentWrites {
  private readonly inserts: GroupCommit<NewTransaction, TransactionRow | undefined>;
  private readonly transitions: GroupCommit<TransitionRequest, TransactionRow | undefined>;

  constructor(db: Database) {
    this.inserts = new GroupCommit({
      writeBatch: (batch) => insertTransactions(db, batch),
      writeOne: (values) => insertTransaction(db, values),
      keyOf: (values) => `${values.deviceId}\u0000${values.orderNo}`,
    });
    this.transitions = new GroupCommit({
      writeBatch: (batch) => transitionMany(db, batch),
      writeOne: (r) => transition(db, r.id, r.from, r.to, r.facts, r.webhook),
      keyOf: (r) => r.id,
    });
  }

  /** The new transaction in state `sent`, or undefined when the screen's (device, order number) exists. */
  insert(values: NewTransaction): Promise<TransactionRow | undefined> {
    return this.inserts.submit(values);
  }

  /** As payment-sql's `transition`, committed with other payments' changes. */
  transition(id: string, from: TransactionState, to: TransactionState, facts: TransitionFacts = {}, webhook?: TransitionWebhook): Promise<TransactionRow | undefined> {
    return this.transitions.submit({ id, from, to, facts, webhook });
  }

  /** Statements written and payments' writes in them, for the metrics. */
  stats(): { batches: number; writes: number } {
    return { batches: this.inserts.batches + this.transitions.batches, writes: this.inserts.items + this.transitions.items };
  }
}
