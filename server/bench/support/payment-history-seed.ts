// Earlier payments for the benchmark's merchant, written straight into the hub's
// database before the run: a hub that has been taking payments for a while, not
// one on its first day. On a nearly empty `transactions` table every index fits
// in a page or two and the planner's choices are made for a table that is about
// to grow, so the database's cost per payment would be measured on a table no
// running hub has. The rows are what the payment path leaves behind: succeeded
// transactions of the seeded screens with their three events, a day old.
import pg from 'pg';

/** Payments per statement: each writes the transactions and their events. */
const CHUNK = 50_000;

export async function seedPaymentHistory(options: { databaseUrl: string; merchantId: string; screenIds: string[]; count: number }): Promise<void> {
  if (options.count <= 0) return;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    for (let first = 0; first < options.count; first += CHUNK) {
      await client.query(
        `with t as (
           insert into transactions (tenant_id, merchant_id, device_id, order_no, amount_fen, currency, channel, auth_code_masked, state, mode,
                                     acquirer_trade_no, paid_at, created_at, updated_at, owner_instance)
           select m.tenant_id, m.id, ($2::text[])[1 + i % array_length($2::text[], 1)], 'H' || i, 100 + i % 10000, 'CNY', 'alipay', '280000******0000',
                  'succeeded', 'barcode', 'H' || i, now() - interval '1 day', now() - interval '1 day', now() - interval '1 day', null
           from generate_series($3::int, $4::int) i cross join merchants m where m.id = $1
           returning id, tenant_id)
         insert into transaction_events (tenant_id, transaction_id, from_state, to_state)
         select tenant_id, id, s.f, s.t from t, (values (null, 'received'), ('received', 'sent'), ('sent', 'succeeded')) as s(f, t)`,
        [options.merchantId, options.screenIds, first, Math.min(first + CHUNK, options.count) - 1],
      );
    }
    // As autovacuum would have by now: planner statistics and the visibility map of a table in use.
    await client.query('vacuum analyze transactions, transaction_events');
  } finally {
    await client.end();
  }
}
