// A screen that says Hello starts a new connection with a clean session: nothing
// the broker held for it survived. What it may have missed of its payments goes
// again (PaymentProcessor.tellAgain: the PayResult if final, the code of a
// dynamic QR still open):
// - every payment it started within a payment's longest life (plus a minute),
//   whether or not it says it is waiting (a screen that restarted lost count);
// - every order its Hello names as awaiting an outcome, whatever its age: a
//   screen away longer than the window above (the tail of a restart storm)
//   still learns what happened to the money. Looked up by (screen, order
//   number): another screen's order of the same number is not this one.
// A screen acts only on answers to orders it waits for, so one it already had
// is ignored. An awaited order the hub never received gets no answer: its
// PayRequest may still be in the screen's queue, behind this Hello.
import type { UplinkEvent } from '@screenhub/broker';
import type { Database } from '../db/database.js';
import { groupBy, perTurnBatch } from '../platform/per-turn-batch.js';
import { ORDER_NO } from './pay-request-check.js';
import { recentTransactionsOf, transactionsByOrder, type TransactionRow } from './payment-sql.js';

/** How long after a payment's longest life its outcome is still sent again to a screen that comes back. */
const REPLAY_GRACE_MS = 60_000;

export class HelloReplay {
  /** A screen's recent payments; the Hellos of one event-loop turn ask in one query (a reconnect storm). */
  private readonly recentOf: (deviceId: string) => Promise<TransactionRow[] | undefined>;
  /** A payment by `<device id> <order number>` (neither holds a space), batched the same way. */
  private readonly byOrder: (key: string) => Promise<TransactionRow | undefined>;

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
    this.byOrder = perTurnBatch(async (keys: string[]) => {
      const orders = keys.map((key) => key.split(' ') as [string, string]).map(([deviceId, orderNo]) => ({ deviceId, orderNo }));
      return new Map((await transactionsByOrder(db, orders)).map((row) => [`${row.device_id} ${row.order_no}`, row]));
    });
  }

  async onHello(event: UplinkEvent): Promise<void> {
    const deviceId = event.identity.deviceId;
    const awaited = [...new Set(event.message.hello?.awaitingOrderNos ?? [])].filter((orderNo) => ORDER_NO.test(orderNo));
    const [recent, named] = await Promise.all([this.recentOf(deviceId), Promise.all(awaited.map((orderNo) => this.byOrder(`${deviceId} ${orderNo}`)))]);
    const told = new Set<string>();
    for (const row of [...(recent ?? []), ...named]) {
      if (!row || told.has(row.id)) continue;
      told.add(row.id);
      await this.payments.tellAgain(row);
    }
  }
}
