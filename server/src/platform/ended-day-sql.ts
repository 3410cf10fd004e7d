// Which calendar day has ended everywhere a tenant trades: what closes daily
// (merchant insights, discount statements) closes a day once it is over in
// every one of the tenant's merchants' time zones, plus a grace period for
// what is still on its way.
import type { Queryable } from '../db/database.js';

/** The newest day that ended `graceMinutes` ago in every one of `zones` (YYYY-MM-DD). */
export async function lastEndedDay(db: Queryable, zones: string[], graceMinutes: number): Promise<string> {
  const { rows } = await db.query<{ day: string }>(
    `select to_char(min(((now() - $2::int * interval '1 minute') at time zone z)::date - 1), 'YYYY-MM-DD') as day from unnest($1::text[]) as z`,
    [zones, graceMinutes],
  );
  return rows[0]!.day;
}
