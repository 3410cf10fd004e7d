// A bank's year for the insights benchmark, written in SQL (18 M rows from Node
// one by one would take an hour): merchants over thirty cities, their districts
// and business areas and six categories, joined over the three years before the
// seeded year; then one merchant_days row per merchant and day, as the closer
// leaves them (it writes every merchant's row when it closes a day), a day per
// statement oldest first so that a merchant's year lies on as many pages as in
// a hub that wrote it day by day. Merchants are idle, sporadic, steady, growing,
// shrinking, gone quiet lately or newly trading, with a weekly rhythm, noise,
// closed days, failed payments, a few refunds and round tickets, a channel mix
// and 24 hourly counts that add up to the day's successful payments.
import type { Database, Queryable } from '../../src/db/database.js';
import { addDays } from '../../src/platform/calendar-days.js';

const CITIES = [
  '上海', '北京', '深圳', '广州', '成都', '杭州', '重庆', '武汉', '西安', '苏州', '南京', '天津', '长沙', '郑州', '东莞',
  '青岛', '沈阳', '宁波', '昆明', '合肥', '佛山', '福州', '无锡', '厦门', '济南', '大连', '哈尔滨', '温州', '南宁', '贵阳',
];
const DISTRICTS = ['东城', '西城', '南湖', '北湖', '高新', '滨江', '新区', '老城', '江北', '开发区', '城南', '城北'];
/** Merchant category codes by share: restaurants, fast food, grocery, convenience, department stores, beauty. */
const CATEGORIES = [
  { mcc: '5812', share: 0.3, name: '餐馆', ticketFen: 6500, weekend: 1.35, profiles: [0, 2] },
  { mcc: '5814', share: 0.2, name: '快餐', ticketFen: 2800, weekend: 1.2, profiles: [6, 0] },
  { mcc: '5411', share: 0.15, name: '超市', ticketFen: 4200, weekend: 1.25, profiles: [1, 7] },
  { mcc: '5499', share: 0.15, name: '便利店', ticketFen: 1900, weekend: 1.05, profiles: [3, 4] },
  { mcc: '5311', share: 0.05, name: '百货', ticketFen: 16000, weekend: 1.5, profiles: [5, 5] },
  { mcc: '7230', share: 0.15, name: '美发', ticketFen: 9800, weekend: 1.3, profiles: [5, 7] },
];
/** Relative payments per local hour of eight kinds of shop (lunch and dinner, late dinner, breakfast, night...). */
const HOUR_PROFILES = [
  [0, 0, 0, 0, 0, 0, 1, 3, 8, 6, 4, 6, 12, 10, 4, 3, 3, 4, 8, 10, 7, 4, 2, 1],
  [0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 6, 8, 9, 8, 7, 7, 8, 9, 9, 8, 6, 4, 2, 0],
  [1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2, 6, 14, 12, 3, 2, 2, 5, 13, 14, 9, 5, 3, 2],
  [0, 0, 0, 0, 0, 2, 6, 9, 8, 6, 5, 5, 6, 5, 5, 5, 6, 7, 8, 7, 5, 3, 1, 0],
  [3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 4, 3, 3, 4, 6, 9, 12, 13, 12, 10, 6],
  [0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 8, 9, 9, 9, 9, 9, 9, 9, 8, 7, 4, 2, 1, 0],
  [0, 0, 0, 0, 0, 0, 4, 12, 14, 8, 4, 4, 6, 5, 4, 4, 5, 8, 9, 6, 3, 2, 1, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 7, 10, 10, 8, 7, 7, 8, 10, 10, 8, 4, 1, 0],
];
/** The most successful payments a seeded merchant takes in a day (a busy supermarket); the hour shapes go this far. */
const MAX_DAILY = 1500;

export interface InsightsShape {
  merchants: number;
  days: number;
  lastDay: string;
}

export interface SeededYear {
  tenantId: string;
  /** Seconds spent on each part of the seed, in order. */
  phases: Array<[string, number]>;
}

/**
 * Seeds the tenant's merchants and their `days` days ending `lastDay`, `parallel` days at a time (one connection
 * each: `db` needs that many). merchant_days is filled without its indexes and foreign keys, which are then made
 * again exactly as the migration left them (their definitions read from the catalogue): 18 M index insertions in
 * random order would take longer than the rows.
 */
export async function seedInsightsYear(db: Database, shape: InsightsShape, parallel: number, progress: (line: string) => void): Promise<SeededYear> {
  const phases: Array<[string, number]> = [];
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const began = performance.now();
    const result = await work();
    phases.push([phase, (performance.now() - began) / 1000]);
    return result;
  };
  const tenantId = await timed('merchants and their profiles', () => seedMerchants(db, shape));
  const restore = await timed('merchant_days emptied of indexes and keys', () => withoutIndexes(db, 'merchant_days'));
  await timed(`${shape.days} days of rollups, ${parallel} days at a time`, async () => {
    const first = addDays(shape.lastDay, 1 - shape.days);
    let next = 0;
    let done = 0;
    const began = performance.now();
    const worker = async () => {
      for (let g = next++; g < shape.days; g = next++) {
        await seedDay(db, tenantId, shape, g, addDays(first, g));
        if (++done % 30 === 0) progress(`    ${done}/${shape.days} days written, ${((performance.now() - began) / 1000).toFixed(0)} s`);
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  });
  await timed('merchant_days indexes and keys made again', () => restore());
  await timed('vacuum analyze (visibility map and statistics, as autovacuum leaves a table in use)', () => db.query('vacuum analyze'));
  return { tenantId, phases };
}

async function seedMerchants(db: Queryable, shape: InsightsShape): Promise<string> {
  const tenant = (await db.query<{ id: string }>(`insert into tenants (name) values ('insights bench') returning id`)).rows[0]!.id;
  await db.query('select setseed(0.42)');
  const cumulative = CATEGORIES.map((_, i) => CATEGORIES.slice(0, i + 1).reduce((sum, c) => sum + c.share, 0));
  // A city's share falls with its rank (Shanghai has many times Guiyang's merchants); districts and business areas
  // are uniform within it. Every merchant joined before the seeded year, so each has all its days.
  await db.query(
    `insert into merchants (tenant_id, name, acquirer, acquirer_credentials, city, district, business_area, merchant_category_code,
       timezone, created_at, credit_consent, credit_consent_at)
     select $1, ($8::text[])[r.c] || ' ' || lpad(r.i::text, 6, '0'), 'alipay', '\\x00', ($4::text[])[r.ci],
       ($4::text[])[r.ci] || r.district || '区', ($4::text[])[r.ci] || r.district || '区商圈' || (1 + floor(r.u_area * 5))::int,
       ($7::text[])[r.c], 'Asia/Shanghai', r.created, r.u_consent < 0.8, case when r.u_consent < 0.8 then r.created + interval '20 days' end
     from (
       select i, u.u_area, u.u_consent, u.ci,
         -- A bigger city has more districts: 4 to 12.
         ($5::text[])[1 + floor(u.u_district * (4 + (u.ci * 7) % 9))::int] as district,
         (select count(*) + 1 from unnest($6::float8[]) s where s < u.u_category)::int as c,
         $3::date - $2::int - (u.u_created * greatest(0, 1095 - $2::int))::int + interval '8 hours' + u.u_hour * interval '10 hours' as created
       from generate_series(1, $9::int) i
       cross join lateral (
         select 1 + floor(array_length($4::text[], 1) * power(random() + 0 * i, 1.7))::int as ci, random() as u_district, random() as u_area,
           random() as u_consent, random() as u_category, random() as u_created, random() as u_hour
       ) u
     ) r`,
    [tenant, shape.days, shape.lastDay, CITIES, DISTRICTS, cumulative.slice(0, -1), CATEGORIES.map((c) => c.mcc), CATEGORIES.map((c) => c.name), shape.merchants],
  );
  // Each merchant's character, drawn once: the bench's own table in the bench's own database.
  await db.query(
    `create table bench_merchant_profiles as
     select u.id as merchant_id,
       case when u.kind < 0.12 then 'idle' when u.kind < 0.22 then 'sporadic' when u.kind < 0.27 then 'quiet' when u.kind < 0.32 then 'new'
            when u.kind < 0.55 then 'growing' when u.kind < 0.72 then 'shrinking' else 'steady' end as kind,
       -- Successful payments on an ordinary day: log-normal around 22, from 1 to 600.
       least(600, greatest(1, exp(ln(22) + 0.8 * sqrt(-2 * ln(1 - u.n1)) * cos(2 * pi() * u.n2)))) as base,
       (c.ticket * (0.6 + u.ticket))::int as ticket, c.weekend,
       c.profiles[1 + (u.profile < 0.5)::int] as profile,
       0.35 + 0.35 * u.alipay as alipay_share, 0.12 * u.unionpay as unionpay_share,
       -- quiet: stops within the last 60 days; new: starts within the last 90.
       case when u.kind < 0.27 then $2::int - 1 - floor(u.change * 60)::int else $2::int - 1 - floor(u.change * 90)::int end as change_at,
       480 + 60 * floor(u.hours * 7)::int as trading_minutes,
       case when u.online < 0.05 then 0.3 + 0.4 * u.online2 else 0.93 + 0.07 * u.online2 end as online_share
     from (select id, merchant_category_code, random() as kind, random() as n1, random() as n2, random() as ticket, random() as profile,
             random() as alipay, random() as unionpay, random() as change, random() as hours, random() as online, random() as online2
           from merchants where tenant_id = $1 order by created_at, id) u
     join (select * from jsonb_to_recordset($3::jsonb) as x(mcc text, ticket int, weekend float8, profiles int[])) c on c.mcc = u.merchant_category_code`,
    [tenant, shape.days, JSON.stringify(CATEGORIES.map((c) => ({ mcc: c.mcc, ticket: c.ticketFen, weekend: c.weekend, profiles: c.profiles })))],
  );
  await db.query('create table bench_hour_shapes (profile integer, n integer, hours integer[], primary key (profile, n))');
  await db.query(
    `insert into bench_hour_shapes select (e ->> 'p')::int, (e ->> 'n')::int, array(select jsonb_array_elements_text(e -> 'h')::int)
     from jsonb_array_elements($1::jsonb) e`,
    [JSON.stringify(hourShapes())],
  );
  await db.query('analyze bench_merchant_profiles');
  await db.query('analyze bench_hour_shapes');
  return tenant;
}

/** For each profile and day's count n, 24 hourly counts adding up to n (cumulative rounding keeps the sum exact). */
function hourShapes(): Array<{ p: number; n: number; h: number[] }> {
  const shapes = [];
  for (const [p, weights] of HOUR_PROFILES.entries()) {
    const total = weights.reduce((a, b) => a + b, 0);
    let cum = 0;
    const cumulative = weights.map((w) => (cum += w));
    for (let n = 0; n <= MAX_DAILY; n++) {
      shapes.push({ p, n, h: cumulative.map((c, h) => Math.round((n * c) / total) - Math.round((n * (c - weights[h]!)) / total)) });
    }
  }
  return shapes;
}

/** Every merchant's row of day number `g` (0 is the first), with the day's own random seed. */
async function seedDay(db: Database, tenantId: string, shape: InsightsShape, g: number, day: string): Promise<void> {
  const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
  await db.transaction(async (tx) => {
    await tx.query('select setseed($1)', [g / (shape.days + 1)]);
    await tx.query(
      `insert into merchant_days (tenant_id, merchant_id, day, payments, succeeded, gross_fen, refunds, refunded_fen,
         alipay_count, wechat_count, unionpay_count, hour_counts, round_tickets, round_fen, trading_minutes, online_trading_minutes)
       select $1, x.merchant_id, $2::date, x.n + x.failed, x.n, x.gross, x.refunds, x.refunds * x.ticket,
         x.alipay, x.n - x.alipay - x.unionpay, x.unionpay, s.hours, x.round, x.round * x.round_hundreds * 10000, x.trading_minutes, x.online
       from (
         select p.merchant_id, p.profile, p.ticket, p.trading_minutes, d.n,
           (d.n * random() * 0.08)::int as failed,
           (d.n * p.ticket * (0.9 + random() * 0.2))::bigint as gross,
           case when d.n > 0 and random() < 0.03 then 1 + (random() < 0.2)::int else 0 end as refunds,
           round(d.n * p.alipay_share)::int as alipay, round(d.n * p.unionpay_share)::int as unionpay,
           case when d.n > 0 and random() < 0.01 then 1 + (random() * 2)::int else 0 end as round,
           1 + (random() * 4)::int as round_hundreds,
           (p.trading_minutes * least(1, p.online_share * (0.9 + random() * 0.15)))::int as online
         from bench_merchant_profiles p
         cross join lateral (
           select least(${MAX_DAILY}, greatest(0, round(
             case p.kind
               when 'idle' then 0
               -- A payment or two on one day in ten: mostly under the activity threshold.
               when 'sporadic' then case when random() < 0.1 then 1 + random() * 2 else 0 end
               when 'quiet' then case when $3::int >= p.change_at then 0 else p.base * least(1, (p.change_at - $3::int) / 14.0) end
               when 'new' then case when $3::int < p.change_at then 0 else p.base * least(1, ($3::int - p.change_at + 1) / 30.0) end
               when 'growing' then p.base * (0.6 + 0.8 * $4::float8)
               when 'shrinking' then p.base * (1.4 - 0.8 * $4::float8)
               else p.base end
             * case when $5::boolean then p.weekend else 1 end
             * (0.75 + random() * 0.5)
             -- One day in fifty the shop is shut.
             * (random() >= 0.02)::int)))::int as n
         ) d
       ) x
       join bench_hour_shapes s on s.profile = x.profile and s.n = x.n`,
      [tenantId, day, g, g / Math.max(1, shape.days - 1), weekend],
    );
  });
}

/**
 * Drops the table's primary key, unique and foreign keys and other indexes, and returns what makes them again as
 * they were (definitions from the catalogue, so the migration's DDL is not copied here).
 */
async function withoutIndexes(db: Queryable, table: string): Promise<() => Promise<void>> {
  const constraints = (
    await db.query<{ name: string; def: string; type: string }>(
      `select conname as name, pg_get_constraintdef(oid) as def, contype as type from pg_constraint
       where conrelid = $1::regclass and contype in ('p', 'u', 'f') order by contype = 'f', conname`,
      [table],
    )
  ).rows;
  const indexes = (
    await db.query<{ name: string; def: string }>(
      `select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def from pg_index i
       where indrelid = $1::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)`,
      [table],
    )
  ).rows;
  for (const c of [...constraints].reverse()) await db.query(`alter table ${table} drop constraint ${c.name}`);
  for (const i of indexes) await db.query(`drop index ${i.name}`);
  return async () => {
    await db.query(`set maintenance_work_mem = '1GB'`);
    for (const c of constraints.filter((c) => c.type !== 'f')) await db.query(`alter table ${table} add constraint ${c.name} ${c.def}`);
    for (const i of indexes) await db.query(i.def);
    for (const c of constraints.filter((c) => c.type === 'f')) await db.query(`alter table ${table} add constraint ${c.name} ${c.def}`);
    await db.query('reset maintenance_work_mem');
  };
}

/**
 * The fleet's rows of the days before the last (the closer writes one a day): seeded, not computed, since each
 * would need the merchants' activity as of that day. They drift towards the last day's real snapshot.
 */
export async function seedFleetHistory(db: Queryable, tenantId: string, shape: InsightsShape): Promise<void> {
  await db.query(
    `insert into fleet_activity_days (tenant_id, day, merchants, active, newly_active, gone_quiet, active_min_payments, closed_at)
     select $1, f.day - i, f.merchants, greatest(0, least(f.merchants, round(f.active * (1 - 0.12 * i / 365.0) * (0.98 + random() * 0.04))))::int,
       round(f.merchants * 0.004 * (0.5 + random()))::int, round(f.merchants * 0.003 * (0.5 + random()))::int, f.active_min_payments,
       (f.day - i + 1)::timestamp + interval '30 minutes'
     from fleet_activity_days f cross join generate_series(1, $3::int - 1) i
     where f.tenant_id = $1 and f.day = $2::date`,
    [tenantId, shape.lastDay, shape.days],
  );
}
