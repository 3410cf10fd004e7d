// Merchant insights over a bank's year on PostgreSQL: --merchants merchants
// (50,000) with --days (365) daily rollups each, seeded in SQL, then the
// questions the console and the bank's systems ask, through the hub's own
// service and SQL: one merchant's year, the fleet now (whole and by each
// dimension), the activity rate over the year, a month's credit export for the
// consenting merchants, and the day close's fleet part. Each question is asked
// --warmup times unmeasured, then --repeat times; p50, p99 and max from HDR
// histograms, and the database backend's CPU per question from /proc.
//
//   npm run bench:insights -- --merchants 50000 --days 365 --repeat 50
//   BENCH_DATABASE_URL=postgres://… npm run bench:insights      # a server of your own (on this machine, for its CPU)
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import { refreshActivity, snapshotFleet } from '../src/insights/day-close-sql.js';
import { InsightService } from '../src/insights/insight-service.js';
import { addDays } from '../src/platform/calendar-days.js';
import { withBenchDatabase } from './support/postgres-cpu.js';
import { seedFleetHistory, seedInsightsYear } from './support/insights-seed.js';

const { values: args } = parseArgs({
  options: {
    merchants: { type: 'string', default: '50000' },
    days: { type: 'string', default: '365' },
    repeat: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
  },
});
const merchants = Number(args.merchants);
const days = Number(args.days);
const repeat = Number(args.repeat);
const warmup = Number(args.warmup);
const LAST_DAY = '2026-11-30';
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** CPU seconds of one process (utime + stime). */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main() {
  // One connection: every question runs on the one backend whose CPU is read.
  await withBenchDatabase('insights-bench', 1, async ({ db, name, label }) => {
    console.log(`merchant insights: ${merchants} merchants × ${days} days of rollups, database ${name} on ${label}; each question ${warmup} times unmeasured, then ${repeat} times`);
    let t0 = performance.now();
    const tenantId = await seedInsightsYear(db, { merchants, days, lastDay: LAST_DAY });
    const seedSeconds = round((performance.now() - t0) / 1000);
    t0 = performance.now();
    await refreshActivity(db, tenantId, LAST_DAY);
    await snapshotFleet(db, tenantId, LAST_DAY, 10);
    await seedFleetHistory(db, tenantId, { merchants, days, lastDay: LAST_DAY });
    await db.query('vacuum analyze');
    const sizes = (await db.query<{ rows: string; size: string }>(`select count(*) as rows, pg_size_pretty(pg_total_relation_size('merchant_days')) as size from merchant_days`)).rows[0]!;
    console.log(`  seeded ${sizes.rows} merchant_days rows (${sizes.size} with indexes) in ${seedSeconds} s; the last day closed and the year's fleet history in ${round((performance.now() - t0) / 1000)} s`);

    const backend = (await db.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const service = new InsightService(db);
    const ids = (await db.query<{ id: string }>('select id from merchants where tenant_id = $1', [tenantId])).rows.map((r) => r.id);
    let scratch = LAST_DAY;
    const questions: Array<[string, () => Promise<unknown>, number?]> = [
      ["one merchant's year (365 days, random merchant)", () => service.merchantInsights(tenantId, ids[Math.floor(Math.random() * ids.length)]!, { from: addDays(LAST_DAY, -364), to: LAST_DAY })],
      ['the fleet now', () => service.fleet(tenantId, undefined)],
      ['the fleet by city', () => service.fleet(tenantId, 'city')],
      ['the fleet by district', () => service.fleet(tenantId, 'district')],
      ['the fleet by business area', () => service.fleet(tenantId, 'businessArea')],
      ['the fleet by category', () => service.fleet(tenantId, 'category')],
      ['the activity rate over the year', () => service.fleetHistory(tenantId, { from: addDays(LAST_DAY, -364), to: LAST_DAY })],
      ["a month's credit export (80 % consenting)", () => service.creditExport(tenantId, LAST_DAY.slice(0, 7)), Math.min(repeat, 10)],
      [
        "the day close's fleet part (30-day activity of every merchant, the day's snapshot)",
        async () => {
          scratch = addDays(scratch, 1);
          await refreshActivity(db, tenantId, scratch);
          await snapshotFleet(db, tenantId, scratch, 10);
        },
        Math.min(repeat, 10),
      ],
    ];
    const results = [];
    for (const [question, ask, times = repeat] of questions) results.push(await measure(backend, question, ask, times));
    console.log('');
    console.log('question                                                                   count   p50 ms   p99 ms   max ms  db CPU ms  < 1 s at p99');
    for (const r of results) {
      console.log(
        `${r.question.padEnd(74)} ${String(r.count).padStart(5)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.max).padStart(8)} ${String(r.dbCpuMs).padStart(10)}  ${r.p99 < 1000 ? 'yes' : 'NO'}`,
      );
    }
    const slowest = results.filter((r) => !r.question.startsWith("the day close") && !r.question.startsWith("a month's")).sort((a, b) => b.p99 - a.p99)[0]!;
    console.log(`\nslowest interactive question: ${slowest.question} (p99 ${slowest.p99} ms)`);
    console.log('note: p50/p99/max are wall time at the client (the service, the queries and their transfer); db CPU ms is the backend process\'s CPU per question, median of its repeats');
    console.log('note: the fleet history rows are seeded (one a day, as the closer writes them); merchant_activity and the last day\'s snapshot are computed by the closer\'s own SQL');
  });
}

async function measure(backend: number, question: string, ask: () => Promise<unknown>, times: number) {
  for (let i = 0; i < Math.min(warmup, times); i++) await ask();
  const wall = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  const cpu: number[] = [];
  for (let i = 0; i < times; i++) {
    const cpuBefore = await cpuSeconds(backend);
    const began = performance.now();
    await ask();
    wall.recordValue(Math.max(1, Math.round((performance.now() - began) * 1000)));
    cpu.push((await cpuSeconds(backend)) - cpuBefore);
  }
  cpu.sort((a, b) => a - b);
  const ms = (us: number) => round(us / 1000);
  return { question, count: wall.totalCount, p50: ms(wall.getValueAtPercentile(50)), p99: ms(wall.getValueAtPercentile(99)), max: ms(wall.maxValue), dbCpuMs: round(cpu[Math.floor(cpu.length / 2)]! * 1000) };
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
