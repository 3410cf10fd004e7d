// Merchant insights over a bank's year on PostgreSQL: --merchants merchants
// (50,000) with --days (365) daily rollups each, seeded in SQL, then the
// questions the console and the bank's systems ask, through the hub's own
// service and SQL: one merchant's year, the fleet now (whole and by each
// dimension), the activity rate over the year, a month's credit export for the
// consenting merchants, and the day close's fleet part. Each question is asked
// --warmup times unmeasured, then a number of times that grows with --repeat;
// p50, p99 and max from HDR histograms, the database's CPU per question from
// /proc, and at the end the plans of the slowest statements. The seeded
// database is kept and used again while its shape matches (--reseed to write it
// anew): on the embedded server in --data-dir, or as `insights_bench` on
// BENCH_DATABASE_URL's server (which must run on this machine, for its CPU).
//
//   npm run bench:insights                                   # 50,000 × 365 on the embedded server (the first run seeds for ~3 min)
//   npm run bench:insights -- --merchants 2000 --days 60     # a quick run
//   BENCH_DATABASE_URL=postgres://… npm run bench:insights   # a server of your own
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open-database.js';
import { refreshActivity, snapshotFleet } from '../src/insights/day-close-sql.js';
import { InsightService } from '../src/insights/insight-service.js';
import { DEFAULT_INSIGHT_SETTINGS } from '../src/insights/insight-settings.js';
import { addDays } from '../src/platform/calendar-days.js';
import { seedFleetHistory, seedInsightsYear, type InsightsShape } from './support/insights-seed.js';
import { withKeptBenchDatabase } from './support/kept-bench-database.js';
import { serverTreeCpuSeconds } from './support/postgres-tree-cpu.js';
import { explainAnalyze, RolledBack, StatementRecorder, type RecordedStatement } from './support/statement-recorder.js';

const { values: args } = parseArgs({
  options: {
    merchants: { type: 'string', default: '50000' },
    days: { type: 'string', default: '365' },
    repeat: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '5' },
    parallel: { type: 'string', default: '2' },
    reseed: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: join(tmpdir(), 'screenhub-insights-bench') },
  },
});
const shape: InsightsShape = { merchants: Number(args.merchants), days: Number(args.days), lastDay: '2026-11-30' };
const repeat = Number(args.repeat);
const warmup = Number(args.warmup);
/** Bump when the seed writes something else: a database seeded by an older version is written again. */
const SEED_VERSION = 3;
/** The issue's bound for a question over the year. */
const ONE_SECOND_MS = 1000;
const minPayments = DEFAULT_INSIGHT_SETTINGS.activeMinPayments;

interface Question {
  name: string;
  times: number;
  ask: (db: Database, recorder: StatementRecorder) => Promise<unknown>;
}

async function main() {
  await withKeptBenchDatabase(
    { name: 'insights_bench', embeddedDir: args['data-dir']!, reseed: args.reseed!, fits: async (client) => (await seededShape(client))?.fits === true },
    async ({ url, name, label, server, postmasterPid, fresh }) => {
      console.log(`merchant insights: ${shape.merchants} merchants × ${shape.days} days of rollups to ${shape.lastDay}`);
      console.log(`  database ${name} on ${label}: ${server}`);
      if (fresh) await seed(url);
      // One connection: every question runs on the one backend whose CPU is read.
      const db = await openDatabase({ url, dataDir: '/tmp', poolSize: 1 });
      try {
        if (!fresh) {
          const { row } = (await seededShape(db))!;
          console.log(`  seed: kept from an earlier run (${row.merchant_days_rows} merchant_days rows seeded ${row.seeded_at.toISOString()} in ${row.seed_seconds} s); --reseed to write it again`);
        }
        // Every day close (ours included, rolled back or not) leaves the table's 50,000 old rows dead; a hub's
        // autovacuum reuses that space day after day, but the measured closes of earlier runs would leave a
        // table many times its size to the fleet questions: rewritten first (unmeasured).
        await db.query('vacuum full analyze merchant_activity');
        await printSizes(db);
        const tenantId = (await db.query<{ tenant_id: string }>('select tenant_id from bench_insights_shape')).rows[0]!.tenant_id;
        const results = [];
        for (const question of await questions(db, tenantId)) results.push(await measure(db, postmasterPid, question));
        report(results);
        await explainSlowest(db, results);
      } finally {
        await db.close();
      }
    },
  );
}

/** Writes the year, closes its last day with the closer's own SQL, seeds the fleet's history, records the shape. */
async function seed(url: string) {
  const began = performance.now();
  const parallel = Number(args.parallel);
  const db = await openDatabase({ url, dataDir: '/tmp', poolSize: parallel });
  try {
    console.log(`  seeding (in SQL, ${parallel} connections)…`);
    const { tenantId, phases } = await seedInsightsYear(db, shape, parallel, (line) => console.log(line));
    let t = performance.now();
    await refreshActivity(db, tenantId, shape.lastDay);
    await snapshotFleet(db, tenantId, shape.lastDay, minPayments);
    phases.push([`the last day closed by the closer's SQL (refreshActivity, snapshotFleet)`, (performance.now() - t) / 1000]);
    t = performance.now();
    await seedFleetHistory(db, tenantId, shape);
    await db.query('vacuum analyze merchant_activity');
    await db.query('vacuum analyze fleet_activity_days');
    phases.push([`${shape.days - 1} earlier fleet_activity_days rows seeded (not computed: each would need that day's activity)`, (performance.now() - t) / 1000]);
    const seconds = (performance.now() - began) / 1000;
    const rows = Number((await db.query<{ n: number }>('select count(*) as n from merchant_days')).rows[0]!.n);
    await db.query(
      `create table bench_insights_shape as select $1::int as merchants, $2::int as days, $3::date as last_day, $4::int as seed_version,
         $5::uuid as tenant_id, now() as seeded_at, $6::numeric as seed_seconds, $7::bigint as merchant_days_rows`,
      [shape.merchants, shape.days, shape.lastDay, SEED_VERSION, tenantId, seconds.toFixed(1), rows],
    );
    for (const [phase, s] of phases) console.log(`    ${s.toFixed(1).padStart(7)} s  ${phase}`);
    console.log(`  seeded ${rows} merchant_days rows in ${seconds.toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

/** What an earlier run seeded (its own record, written last), and whether it is what this run asks for. */
async function seededShape(client: { query(sql: string): Promise<{ rows: unknown[] }> }) {
  const exists = (await client.query(`select 1 from pg_class where relname = 'bench_insights_shape'`)).rows.length > 0;
  if (!exists) return undefined;
  const row = (
    await client.query(
      `select merchants, days, to_char(last_day, 'YYYY-MM-DD') as last_day, seed_version, seeded_at, seed_seconds, merchant_days_rows from bench_insights_shape`,
    )
  ).rows[0] as { merchants: number; days: number; last_day: string; seed_version: number; seeded_at: Date; seed_seconds: string; merchant_days_rows: string };
  const fits = row.merchants === shape.merchants && row.days === shape.days && row.last_day === shape.lastDay && row.seed_version === SEED_VERSION;
  return { fits, row };
}

async function printSizes(db: Database) {
  const { rows } = await db.query<{ name: string; rows: number; heap: string; indexes: string }>(
    `select c.relname as name, c.reltuples::bigint as rows,
       pg_size_pretty(pg_table_size(c.oid)) as heap, pg_size_pretty(pg_indexes_size(c.oid)) as indexes
     from pg_class c where c.relkind = 'r' and c.relname in ('merchants', 'merchant_days', 'merchant_activity', 'fleet_activity_days') order by c.relname`,
  );
  console.log('  tables (rows as the last analyse counted them):');
  for (const r of rows) console.log(`    ${r.name.padEnd(20)} ${String(r.rows).padStart(10)} rows  ${r.heap.padStart(8)} table  ${r.indexes.padStart(8)} indexes`);
}

async function questions(db: Database, tenantId: string): Promise<Question[]> {
  const ids = (await db.query<{ id: string }>('select id from merchants where tenant_id = $1 order by id', [tenantId])).rows.map((r) => r.id);
  const random = mulberry32(42);
  const yearFrom = addDays(shape.lastDay, 1 - Math.min(365, shape.days));
  const service = (recorder: StatementRecorder) => new InsightService(recorder);
  const month = shape.lastDay.slice(0, 7);
  // The export's month is over: "today" is the day after the last seeded day.
  const today = new Date(`${addDays(shape.lastDay, 1)}T12:00:00Z`);
  const fleet = (by?: 'city' | 'district' | 'businessArea' | 'category'): Question => ({
    name: `the fleet now${by ? ` by ${by}` : ''}`,
    times: repeat,
    ask: (_db, r) => service(r).fleet(tenantId, by),
  });
  return [
    {
      name: `one merchant's year (${Math.min(365, shape.days)} days, a random merchant)`,
      times: repeat * 10,
      ask: (_db, r) => service(r).merchantInsights(tenantId, ids[Math.floor(random() * ids.length)]!, { from: yearFrom, to: shape.lastDay }),
    },
    fleet(),
    fleet('city'),
    fleet('district'),
    fleet('businessArea'),
    fleet('category'),
    { name: 'the activity rate over the year', times: repeat * 10, ask: (_db, r) => service(r).fleetHistory(tenantId, { from: yearFrom, to: shape.lastDay }) },
    { name: `a month's credit export (${month}, consenting merchants)`, times: Math.max(5, Math.round(repeat / 5)), ask: (_db, r) => service(r).creditExport(tenantId, month, today) },
    {
      // The last day closed again in a transaction rolled back after (its fleet row removed first, unmeasured):
      // the statements insert and update as a first close does, and the kept database stays as seeded.
      name: "the day close's fleet part (refreshActivity + snapshotFleet)",
      times: Math.max(3, Math.round(repeat / 10)),
      ask: async (db, r) => {
        let ms = 0;
        await db
          .transaction(async (tx) => {
            await tx.query('delete from fleet_activity_days where tenant_id = $1 and day = $2::date', [tenantId, shape.lastDay]);
            const recorded = new StatementRecorder(tx);
            const began = performance.now();
            await refreshActivity(recorded, tenantId, shape.lastDay);
            if (!(await snapshotFleet(recorded, tenantId, shape.lastDay, minPayments))) throw new Error('the snapshot did not insert');
            ms = performance.now() - began;
            r.statements.push(...recorded.statements);
            throw new RolledBack();
          })
          .catch((err) => {
            if (!(err instanceof RolledBack)) throw err;
          });
        return ms;
      },
    },
  ];
}

interface Result {
  name: string;
  count: number;
  p50: number;
  p99: number;
  max: number;
  backendCpuMs: number;
  serverCpuMs: number;
  /** The machine's 1-minute load average when the question's asks ended (2 cores: above 2, something else ran too). */
  load: number;
  /** The statements of the last measured ask. */
  statements: RecordedStatement[];
}

async function measure(db: Database, postmasterPid: number, question: Question): Promise<Result> {
  const recorder = new StatementRecorder(db);
  for (let i = 0; i < Math.min(warmup, question.times); i++) await question.ask(db, recorder);
  const wall = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  let backendSeconds = 0;
  let backendAsks = 0;
  const serverBefore = await serverTreeCpuSeconds(postmasterPid);
  for (let i = 0; i < question.times; i++) {
    recorder.clear();
    // The pool replaces its connection every few minutes (postgres-database.ts): the backend is looked up each time,
    // and an ask whose backend ended meanwhile is left out of its CPU.
    const backend = (await db.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const cpuBefore = await processCpuSeconds(backend);
    const began = performance.now();
    const answered = await question.ask(db, recorder);
    // The day close times its own statements (not the transaction around them).
    const ms = typeof answered === 'number' ? answered : performance.now() - began;
    wall.recordValue(Math.max(1, Math.round(ms * 1000)));
    const cpuAfter = await processCpuSeconds(backend);
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      backendSeconds += cpuAfter - cpuBefore;
      backendAsks++;
    }
  }
  const serverAfter = await serverTreeCpuSeconds(postmasterPid);
  const ms = (us: number) => us / 1000;
  const result = {
    name: question.name,
    count: wall.totalCount,
    p50: ms(wall.getValueAtPercentile(50)),
    p99: ms(wall.getValueAtPercentile(99)),
    max: ms(wall.maxValue),
    backendCpuMs: (backendSeconds * 1000) / Math.max(1, backendAsks),
    serverCpuMs: ((serverAfter - serverBefore) * 1000) / question.times,
    load: loadavg()[0]!,
    statements: recorder.statements,
  };
  console.log(`  measured: ${question.name}: p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms (${result.count} asks)`);
  return result;
}

function report(results: Result[]) {
  console.log('');
  console.log(`method: each question ${warmup} times unmeasured, then "count" times one after another on one connection; wall time at`);
  console.log('the client around the hub\'s call (its statements, their rows\' transfer and the service\'s own work) in HDR histograms');
  console.log('(3 significant digits); database CPU per ask = CPU ticks (10 ms) summed over the asks / count, of the backend, and of');
  console.log("the whole server (its processes alive and those that ended: the backend's parallel workers, autovacuum, checkpointer, WAL");
  console.log('writer; on a shared server, other clients\' backends too). load: the machine\'s 1-minute load average as the asks ended.');
  console.log('');
  const header = ['question', 'count', 'p50 ms', 'p99 ms', 'max ms', 'backend CPU ms', 'server CPU ms', 'load', 'p99 < 1 s'];
  const widths = [62, 6, 9, 9, 9, 15, 14, 5, 10];
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '));
  line(header);
  for (const r of results) {
    line([r.name, String(r.count), fmt(r.p50), fmt(r.p99), fmt(r.max), fmt(r.backendCpuMs), fmt(r.serverCpuMs), r.load.toFixed(1), r.p99 < ONE_SECOND_MS ? 'yes' : 'NO']);
  }
  const missed = results.filter((r) => r.p99 >= ONE_SECOND_MS);
  const month = shape.lastDay.slice(0, 7);
  const yearBefore = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}-01`;
  if (yearBefore < addDays(shape.lastDay, 1 - shape.days)) {
    console.log(`note: the export also reads the same month a year before (${yearBefore.slice(0, 7)}), which is before the seeded days: it`);
    console.log('reads one month of rows here, where a hub with thirteen months of rollups has two.');
  }
  console.log('');
  console.log(missed.length === 0 ? 'every question answers in under a second at p99' : `over a second at p99: ${missed.map((r) => r.name).join('; ')}`);
}

/** The plan of the slowest statement of the slowest question, and of each question over a second at p99. */
async function explainSlowest(db: Database, results: Result[]) {
  const slowest = [...results].sort((a, b) => b.p99 - a.p99)[0]!;
  const chosen = results.filter((r) => r === slowest || r.p99 >= ONE_SECOND_MS);
  for (const r of chosen) {
    const statement = [...r.statements].sort((a, b) => b.ms - a.ms)[0];
    if (!statement) continue;
    console.log('');
    console.log(`EXPLAIN (ANALYZE, BUFFERS) of the slowest statement of "${r.name}" (${fmt(statement.ms)} ms of its last ask's ${r.statements.length} statements; parameters ${JSON.stringify(statement.params)}):`);
    console.log(statement.text.replace(/\s+/g, ' ').trim());
    console.log(await explainAnalyze(db, statement));
  }
}

/** CPU seconds of one process (utime + stime); undefined once it has ended. */
async function processCpuSeconds(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** A small seeded generator: the same merchants are asked about in every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
