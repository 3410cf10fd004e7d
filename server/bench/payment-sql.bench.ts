// The payment path's SQL alone, against a PostgreSQL server: what each payment
// costs the database, apart from the hub, the acquirer and MQTT. Runs the
// statements a barcode payment writes (the new transaction with its two events,
// then its final state with its event and webhook) in group-commit batches of
// --batch, --parallel batches at a time, as payment-writes.ts does, and reads
// the server's CPU per payment from /proc (every process of the server: its
// backends, WAL writer, checkpointer). The table first holds --history earlier
// payments, analysed, as a running hub's does.
//
// --trigger: each round twice, with the insights' trigger on `transactions`
// (transactions_merchant_day_fact, migration 0033) enabled and disabled, in
// alternating order, for what the trigger adds to each payment; after each
// round with it enabled, the facts it appended are folded into merchant_days
// as insight-folder.ts folds them (foldFacts), for the fold's cost per fact.
// Payments then spread over --merchants merchants (one screen belongs to one).
//
//   npm run bench:payment-sql -- --payments 20000 --batch 10        (the embedded server, as npm start runs it)
//   npm run bench:payment-sql -- --trigger --merchants 2000 --rounds 6
//   BENCH_DATABASE_URL=postgres://… npm run bench:payment-sql -- …  (a server on this machine)
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open-database.js';
import { serverCpuSeconds, withBenchDatabase } from './support/postgres-cpu.js';
import { insertTransactions, transitionMany, writePayments, type NewTransaction, type TransactionRow } from '../src/payments/payment-sql.js';
import { foldFacts } from '../src/insights/rollup-sql.js';
import { serverTreeCpuSeconds } from './support/postgres-tree-cpu.js';

const { values: args } = parseArgs({
  options: {
    payments: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '10' },
    parallel: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    history: { type: 'string', default: '200000' },
    separate: { type: 'boolean', default: false },
    trigger: { type: 'boolean', default: false },
    merchants: { type: 'string', default: '1' },
  },
});
const payments = Number(args.payments);
const batchSize = Number(args.batch);
const parallel = Number(args.parallel);
const SCREENS = 10000;
/** Facts per fold statement, as insight-folder.ts folds them (its FACTS_PER_FOLD). */
const FACTS_PER_FOLD = 5000;
const TRIGGER = 'transactions_merchant_day_fact';
async function main() {
  await withBenchDatabase('payment-sql-bench', parallel + 1, async ({ db, name, label, postmasterPid }) => {
    const tenant = (await db.query<{ id: string }>(`insert into tenants (name) values ('bench') returning id`)).rows[0]!.id;
    const merchants = (
      await db.query<{ id: string }>(
        `insert into merchants (tenant_id, name, acquirer, acquirer_credentials) select $1, 'm' || i, 'alipay', '\\x00' from generate_series(1, $2::int) i returning id`,
        [tenant, Number(args.merchants)],
      )
    ).rows.map((r) => r.id);
    const merchant = merchants[0]!;
    // Screen Di belongs to merchant i mod --merchants (with one merchant, to it).
    const merchantOf = (screen: number) => merchants[screen % merchants.length]!;
    await db.query(
      `insert into devices (id, tenant_id, secret_hash, merchant_id) select 'D' || i, $1, '\\x00', ($2::uuid[])[1 + i % $3::int] from generate_series(1, ${SCREENS}) i`,
      [tenant, merchants, merchants.length],
    );
    const t0 = performance.now();
    await seedHistory(db, tenant, merchant, Number(args.history));
    console.log(`  ${args.history} earlier payments (rows and events) written and analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`payment SQL: ${payments} payments a round, batches of ${batchSize}${args.separate ? ' (inserts and final states in separate statements)' : ''}, ${parallel} at a time, database ${name} on ${label}`);
    if (args.trigger) {
      // The history's own facts, folded as the folder would have (unmeasured): today's rows then exist, as in a running hub.
      const folded = await foldAll(db);
      console.log(`  trigger comparison: rounds alternate the order of enabled and disabled; payments over ${merchants.length} merchants; the history's ${folded} facts folded first`);
      console.log('  database CPU here: the whole server, its processes alive and those that ended (postgres-tree-cpu.ts)');
    }
    const results: Record<string, number[]> = {};
    const arms = args.trigger ? (['enabled', 'disabled'] as const) : ([undefined] as const);
    for (let round = 1; round <= Number(args.rounds); round++) {
      for (const arm of round % 2 === 1 ? arms : [...arms].reverse()) {
        if (arm) await db.query(`alter table transactions ${arm === 'enabled' ? 'enable' : 'disable'} trigger ${TRIGGER}`);
        const cpuSeconds = arm ? () => serverTreeCpuSeconds(postmasterPid) : () => serverCpuSeconds(postmasterPid);
        const { perSecond, cpuMs } = await paymentRound(arm ? `R${round}${arm[0]}` : `R${round}`, cpuSeconds);
        if (!arm) {
          console.log(`  round ${round}: ${perSecond} payments/s, database CPU ${cpuMs.toFixed(3)} ms per payment`);
          continue;
        }
        const facts = Number((await db.query<{ n: number }>('select count(*) as n from merchant_day_facts')).rows[0]!.n);
        console.log(`  round ${round}, trigger ${arm}: ${perSecond} payments/s, database CPU ${cpuMs.toFixed(3)} ms per payment (${facts} facts appended)`);
        (results[arm] ??= []).push(cpuMs);
        if (facts === 0) continue;
        const before = await serverTreeCpuSeconds(postmasterPid);
        const started = performance.now();
        await foldAll(db);
        const foldUs = (((await serverTreeCpuSeconds(postmasterPid)) - before) / facts) * 1e6;
        console.log(`    fold of those ${facts} facts (statements of ${FACTS_PER_FOLD}): database CPU ${foldUs.toFixed(1)} µs per fact, ${(((performance.now() - started) / facts) * 1000).toFixed(1)} µs wall per fact`);
        (results.fold ??= []).push(foldUs);
      }
    }
    if (args.trigger) {
      const median = (xs: number[]) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      };
      const [on, off, fold] = [median(results.enabled!), median(results.disabled!), median(results.fold!)];
      // Paired by round, so that a drift over the run (the table grows by each round's payments) cancels out.
      const added = median(results.enabled!.map((ms, i) => (ms - results.disabled![i]!) * 1000));
      console.log(`median database CPU per payment: trigger enabled ${on.toFixed(3)} ms, disabled ${off.toFixed(3)} ms`);
      console.log(`the trigger adds ${added.toFixed(0)} µs per payment (median of the rounds' enabled − disabled: ${results.enabled!.map((ms, i) => ((ms - results.disabled![i]!) * 1000).toFixed(0)).join(', ')})`);
      console.log(`median fold: ${fold.toFixed(1)} µs of database CPU per fact (one fact per payment that ends): the insights cost ${(added + fold).toFixed(0)} µs of database CPU per payment in all`);
      await db.query(`alter table transactions enable trigger ${TRIGGER}`);
    }

    /** One round of `payments` payments as payment-writes.ts writes them; order numbers start with `prefix`. */
    async function paymentRound(prefix: string, cpuSeconds: () => Promise<number>): Promise<{ perSecond: number; cpuMs: number }> {
      const before = await cpuSeconds();
      const started = performance.now();
      let next = 0;
      // As payment-writes.ts writes them: each statement inserts --batch new payments and finishes the ones the
      // previous statement inserted (--separate: two statements, two commits, as before writePayments).
      const worker = async () => {
        let previous: TransactionRow[] = [];
        while (next < payments || previous.length > 0) {
          const batch: NewTransaction[] = [];
          for (; batch.length < batchSize && next < payments; next++) {
            const screen = (next % SCREENS) + 1;
            batch.push({ tenantId: tenant, merchantId: merchantOf(screen), deviceId: `D${screen}`, orderNo: `${prefix}-${next}`, amountFen: 1250, currency: 'CNY', channel: 'alipay', authCodeMasked: '280000******0000', mode: 'barcode', ownerInstance: 'bench' });
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
      const cpu = (await cpuSeconds()) - before;
      return { perSecond: Math.round(payments / wall), cpuMs: (cpu / payments) * 1000 };
    }
  });
}

/** Folds every pending fact, a statement of FACTS_PER_FOLD at a time, each in its own transaction as the folder does. */
async function foldAll(db: Awaited<ReturnType<typeof openDatabase>>): Promise<number> {
  let total = 0;
  for (;;) {
    const folded = await db.transaction((tx) => foldFacts(tx, FACTS_PER_FOLD));
    total += folded;
    if (folded < FACTS_PER_FOLD) return total;
  }
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
