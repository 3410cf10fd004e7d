// The payment path's SQL alone, against a PostgreSQL server: what each payment
// costs the database, apart from the hub, the acquirer and MQTT. Runs the
// statements a barcode payment writes (the new transaction with its two events,
// then its final state with its event and webhook) in group-commit batches of
// --batch, --parallel batches at a time, as payment-writes.ts does, and reads
// the server's CPU per payment from /proc (every process of the server: its
// backends, WAL writer, checkpointer). The table first holds --history earlier
// payments, analysed, as a running hub's does.
//
//   npm run bench:payment-sql -- --payments 20000 --batch 10        (the embedded server, as npm start runs it)
//   BENCH_DATABASE_URL=postgres://… npm run bench:payment-sql -- …  (a server on this machine)
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open-database.js';
import { serverCpuSeconds, withBenchDatabase } from './support/postgres-cpu.js';
import { insertTransactions, transitionMany, writePayments, type NewTransaction, type TransactionRow } from '../src/payments/payment-sql.js';

const { values: args } = parseArgs({
  options: {
    payments: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '10' },
    parallel: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    history: { type: 'string', default: '200000' },
    separate: { type: 'boolean', default: false },
  },
});
const payments = Number(args.payments);
const batchSize = Number(args.batch);
const parallel = Number(args.parallel);
async function main() {
  await withBenchDatabase('payment-sql-bench', parallel + 1, async ({ db, name, label, postmasterPid }) => {
    const tenant = (await db.query<{ id: string }>(`insert into tenants (name) values ('bench') returning id`)).rows[0]!.id;
    const merchant = (await db.query<{ id: string }>(`insert into merchants (tenant_id, name, acquirer, acquirer_credentials) values ($1, 'm', 'alipay', '\\x00') returning id`, [tenant])).rows[0]!.id;
    await db.query(`insert into devices (id, tenant_id, secret_hash, merchant_id) select 'D' || i, $1, '\\x00', $2 from generate_series(1, 10000) i`, [tenant, merchant]);
    const t0 = performance.now();
    await seedHistory(db, tenant, merchant, Number(args.history));
    console.log(`  ${args.history} earlier payments (rows and events) written and analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`payment SQL: ${payments} payments a round, batches of ${batchSize}${args.separate ? ' (inserts and final states in separate statements)' : ''}, ${parallel} at a time, database ${name} on ${label}`);
    for (let round = 1; round <= Number(args.rounds); round++) {
      const before = await serverCpuSeconds(postmasterPid);
      const started = performance.now();
      let next = 0;
      // As payment-writes.ts writes them: each statement inserts --batch new payments and finishes the ones the
      // previous statement inserted (--separate: two statements, two commits, as before writePayments).
      const worker = async () => {
        let previous: TransactionRow[] = [];
        while (next < payments || previous.length > 0) {
          const batch: NewTransaction[] = [];
          for (; batch.length < batchSize && next < payments; next++) {
            batch.push({ tenantId: tenant, merchantId: merchant, deviceId: `D${(next % 10000) + 1}`, orderNo: `R${round}-${next}`, amountFen: 1250, currency: 'CNY', channel: 'alipay', authCodeMasked: '280000******0000', mode: 'barcode', ownerInstance: 'bench' });
          }
          const finals = previous.map((row) => ({ id: row.id, from: 'sent' as const, to: 'succeeded' as const, facts: { acquirerTradeNo: `T${row.order_no}`, paidAt: Date.now() }, webhook: { event: 'payment.succeeded', payload: { id: row.id } } }));
          if (args.separate) {
            previous = (await insertTransactions(db, batch)) as TransactionRow[];
            if (finals.length > 0) await transitionMany(db, finals);
          } else {
            previous = (await writePayments(db, batch, finals)).inserted as TransactionRow[];
          }
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      const wall = (performance.now() - started) / 1000;
      const cpu = (await serverCpuSeconds(postmasterPid)) - before;
      console.log(`  round ${round}: ${Math.round(payments / wall)} payments/s, database CPU ${((cpu / payments) * 1000).toFixed(3)} ms per payment`);
    }
  });
}

/**
 * A table that has been in use: finished payments with their events, analysed. A young table misleads twice: its
 * indexes fit in a few pages, and a statement prepared while it was nearly empty keeps a plan that scans it whole.
 */
async function seedHistory(db: Awaited<ReturnType<typeof openDatabase>>, tenant: string, merchant: string, count: number): Promise<void> {
  if (count <= 0) return;
  await db.query(
    `with t as (
       insert into transactions (tenant_id, merchant_id, device_id, order_no, amount_fen, currency, channel, auth_code_masked, state, mode, acquirer_trade_no, paid_at, created_at, updated_at)
       select $1, $2, 'D' || (i % 10000 + 1), 'H' || i, 1250, 'CNY', 'alipay', '280000******0000', 'succeeded', 'barcode', 'T' || i, now() - interval '1 day', now() - interval '1 day', now() - interval '1 day'
       from generate_series(1, $3::int) i
       returning id, tenant_id)
     insert into transaction_events (tenant_id, transaction_id, from_state, to_state)
     select tenant_id, id, s.f, s.t from t, (values (null, 'received'), ('received', 'sent'), ('sent', 'succeeded')) s(f, t)`,
    [tenant, merchant, count],
  );
  await db.query('vacuum analyze transactions');
  await db.query('vacuum analyze transaction_events');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
