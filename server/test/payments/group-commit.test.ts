// Group commit of the payment path's writes, on the real database: many
// payments' writes made at once share a few statements, each caller gets its
// own row back, a screen's order number sent twice in one batch is one
// transaction, and a write the database refuses fails alone while the rest of
// its batch commits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaymentWrites } from '../../src/payments/payment-writes.js';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Group Commit Bank' });
});
afterAll(async () => scene?.stop());

describe('group commit of payment writes', () => {
  it('batches inserts and state changes, and isolates a write the database refuses', async () => {
    const writes = new PaymentWrites(scene.t.hub.db);
    const tenantId = (await scene.t.hub.db.query<{ tenant_id: string }>('select tenant_id from merchants where id = $1', [scene.merchant.id])).rows[0]!.tenant_id;
    const base = { tenantId, merchantId: scene.merchant.id, deviceId: scene.deviceId, currency: 'CNY', channel: 'alipay', authCodeMasked: '28**********0010', mode: 'barcode' as const, ownerInstance: 'test:0' };
    const orders = Array.from({ length: 60 }, (_, i) => `GC${i}`);
    // GC0 twice in the same turn: one transaction, the second caller told it exists.
    const inserted = await Promise.all([...orders, 'GC0'].map((orderNo, i) => writes.insert({ ...base, orderNo, amountFen: 100 + i })));
    expect(inserted.slice(0, 60).map((row) => [row?.order_no, row?.state, row?.amount_fen])).toEqual(orders.map((o, i) => [o, 'sent', 100 + i]));
    expect(inserted[60]).toBeUndefined();
    const afterInserts = writes.stats();
    expect(afterInserts.writes).toBe(61);
    expect(afterInserts.batches).toBeLessThanOrEqual(4);

    // One change carries a detail jsonb cannot hold (a NUL character): the database refuses the whole statement,
    // then each write goes alone and only that one fails.
    const rows = inserted.slice(0, 60).map((row) => row!);
    const moved = await Promise.allSettled(rows.map((row, i) => writes.transition(row.id, 'sent', 'unknown', { detail: i === 7 ? { bad: 'nul\u0000' } : { n: i } })));
    expect(moved[7]!.status).toBe('rejected');
    const others = moved.filter((_, i) => i !== 7);
    expect(others.every((m) => m.status === 'fulfilled' && m.value?.state === 'unknown')).toBe(true);
    const { rows: states } = await scene.t.hub.db.query<{ state: string; n: number }>(
      `select state, count(*)::int as n from transactions where device_id = $1 and order_no like 'GC%' group by state order by state`,
      [scene.deviceId],
    );
    expect(states).toEqual([
      { state: 'sent', n: 1 },
      { state: 'unknown', n: 59 },
    ]);
    // A change from a state the row is no longer in moves nothing, and says so.
    expect(await writes.transition(rows[0]!.id, 'sent', 'failed')).toBeUndefined();
    const { rows: events } = await scene.t.hub.db.query<{ n: number }>(
      `select count(*)::int as n from transaction_events e join transactions t on t.id = e.transaction_id where t.device_id = $1 and t.order_no like 'GC%'`,
      [scene.deviceId],
    );
    // received and sent for each, and the 59 moves to unknown.
    expect(events[0]!.n).toBe(60 * 2 + 59);
  });

  it('under load, lets the next batch gather for gatherMs, so writes that trickle in share one statement', async () => {
    // A gathering window far longer than the trickle: under CI load ten 1 ms timers took longer than a 50 ms window.
    const writes = new PaymentWrites(scene.t.hub.db, undefined, 500);
    const tenantId = (await scene.t.hub.db.query<{ tenant_id: string }>('select tenant_id from merchants where id = $1', [scene.merchant.id])).rows[0]!.tenant_id;
    const base = { tenantId, merchantId: scene.merchant.id, deviceId: scene.deviceId, currency: 'CNY', channel: 'alipay', authCodeMasked: '28**********0010', mode: 'barcode' as const, ownerInstance: 'test:0', amountFen: 100 };
    // Two at once: a batch of two says the hub is busy. Then ten more, one a millisecond, each in a turn of its own.
    const first = [0, 1].map((i) => writes.insert({ ...base, orderNo: `GATHER${i}` }));
    const trickled: Array<ReturnType<PaymentWrites['insert']>> = [];
    for (let i = 2; i < 12; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      trickled.push(writes.insert({ ...base, orderNo: `GATHER${i}` }));
    }
    const rows = await Promise.all([...first, ...trickled]);
    expect(rows.every((row) => row?.state === 'sent')).toBe(true);
    // Without gathering, the ten would go in as many batches as database round trips fit in their ten milliseconds.
    expect(writes.stats()).toEqual({ batches: 2, writes: 12 });
  });
});
