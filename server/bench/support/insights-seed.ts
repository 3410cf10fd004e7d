// A bank's year for the insights benchmark, written in SQL (18 M rows from
// Node one by one would take an hour): --merchants merchants over thirty
// cities, their districts and business areas and a few categories, joined over
// three years; one merchant_days row per merchant and day (the closer writes
// one for every merchant each closed day), with steady, growing, shrinking and
// idle merchants, a few refunds and round tickets, and 24 hourly counts from
// eight shop profiles (their sizes are what matters here, not their sum).
import type { Queryable } from '../../src/db/database.js';

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

export async function seedInsightsYear(db: Queryable, options: { merchants: number; days: number; lastDay: string }): Promise<string> {
  const tenant = (await db.query<{ id: string }>(`insert into tenants (name) values ('insights bench') returning id`)).rows[0]!.id;
  await db.query('select setseed(0.42)');
  await db.query(
    `insert into merchants (tenant_id, name, acquirer, acquirer_credentials, city, district, business_area, merchant_category_code, timezone, created_at, credit_consent)
     select $1, '商户' || i, 'alipay', '\\x00', '城市' || (i % 30), '城市' || (i % 30) || '区' || (i % 7), '商圈' || (i % 150),
       (array['5812', '5411', '5814', '5499', '5311', '7230'])[1 + i % 6], 'Asia/Shanghai',
       $3::date - (random() * 1095)::int, i % 5 <> 0
     from generate_series(1, $2::int) i`,
    [tenant, options.merchants, options.lastDay],
  );
  // The profiles in a table of the bench's own database: each merchant takes one by its row number.
  await db.query('create table bench_hour_profiles (p integer primary key, hours integer[] not null)');
  await db.query('insert into bench_hour_profiles select i - 1, array(select jsonb_array_elements_text($1::jsonb -> (i - 1))::int) from generate_series(1, 8) i', [JSON.stringify(HOUR_PROFILES)]);
  // Each merchant's size and trend from its row number: 10 % idle, the rest 5-65 tickets a day, a third growing,
  // a third shrinking by up to half over the year, with weekly rhythm and noise.
  await db.query(
    `insert into merchant_days (tenant_id, merchant_id, day, payments, succeeded, gross_fen, refunds, refunded_fen,
       alipay_count, wechat_count, unionpay_count, hour_counts, round_tickets, round_fen, trading_minutes, online_trading_minutes)
     select $1, m.id, $3::date - g.i, d.n + d.n / 20, d.n, d.n * m.ticket, d.refunds, d.refunds * m.ticket,
       d.n * 6 / 10, d.n * 3 / 10, d.n - d.n * 6 / 10 - d.n * 3 / 10, m.hours,
       d.round, d.round * 50000, 720, case when m.k % 10 = 0 then 0 else 700 end
     from (select x.*, h.hours from (select id, row_number() over (order by id) as k, 1500 + (random() * 4000)::int as ticket, 5 + (random() * 60)::int as base
             from merchants where tenant_id = $1) x join bench_hour_profiles h on h.p = x.k % 8) m
     cross join generate_series(0, $2::int - 1) g(i)
     cross join lateral (
       select case when m.k % 10 = 0 then 0
                   else greatest(0, (m.base * (1 + (case m.k % 3 when 0 then 0.5 when 1 then -0.5 else 0 end) * (1 - g.i / 365.0))
                        * (case extract(isodow from $3::date - g.i) when 6 then 1.3 when 7 then 1.2 else 1 end) * (0.8 + random() * 0.4))::int) end as n,
              (random() < 0.05)::int as refunds,
              (random() < 0.01)::int as round
     ) d`,
    [tenant, options.days, options.lastDay],
  );
  return tenant;
}

/** The fleet's figures of the year before the last day, as the closer would have left them (one row a day). */
export async function seedFleetHistory(db: Queryable, tenantId: string, options: { merchants: number; days: number; lastDay: string }): Promise<void> {
  await db.query(
    `insert into fleet_activity_days (tenant_id, day, merchants, active, newly_active, gone_quiet, active_min_payments)
     select $1, $3::date - i, $2::int, ($2::int * (0.62 + 0.14 * (1 - i / 365.0)))::int, ($2::int * 0.01)::int, ($2::int * 0.008)::int, 10
     from generate_series(1, $4::int - 1) i`,
    [tenantId, options.merchants, options.lastDay, options.days],
  );
}
