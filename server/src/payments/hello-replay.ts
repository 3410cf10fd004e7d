// A screen that says Hello starts a new connection with a clean session: nothing
// the broker held for it survived. What it may have missed of its payments goes
// again: for each payment it started within a payment's longest life (plus a
// minute), the PayResult if final, the code of a dynamic QR still open
// (PaymentProcessor.tellAgain). A screen acts only on answers to orders it waits
// for, so one it already had is ignored.
import type { UplinkEvent } from '@screenhub/broker';
import type { Database } from '../db/database.js';
import { groupBy, perTurnBatch } from '../platform/per-turn-batch.js';
import { recentTransactionsOf, type TransactionRow } from './payment-sql.js';

/** How long after a payment's longest life its outcome is still sent again to a screen that comes back. */
const REPLAY_GRACE_MS = 60_000;

export class HelloReplay {
  /** A screen's recent payments; the Hellos of one event-loop turn ask in one query (a reconnect storm). */
  private readonly recentOf: (deviceId: string) => Promise<TransactionRow[] | undefined>;

  constructor(
    db: Database,
    private readonly payments: { tellAgain(row: TransactionRow): Promise<void> },
    /** The longest a payment stays open (barcode or QR), ms. */
    longestPaymentMs: number,
  ) {
    const replayMs = longestPaymentMs + REPLAY_GRACE_MS;
    this.recentOf = perTurnBatch(async (deviceIds: string[]) =>
      groupBy(await recentTransactionsOf(db, deviceIds, new Date(Date.now() - replayMs)), (row) => row.device_id),
    );
  }

  async onHello(event: UplinkEvent): Promise<void> {
    for (const row of (await this.recentOf(event.identity.deviceId)) ?? []) await this.payments.tellAgain(row);
  }
}
