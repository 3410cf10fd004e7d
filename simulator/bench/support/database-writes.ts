// What the hub's writes cost PostgreSQL over a stretch of a benchmark: rows
// updated in the device tables, how many of those were HOT (no index touched),
// and the WAL written (the whole server's; the benchmark's database is the one at work).
import pg from 'pg';

export interface DatabaseWrites {
  tables: Record<string, { updated: number; hot: number }>;
  walBytes: number;
}

const TABLES = ['devices', 'device_live'];

export async function databaseWrites(url: string): Promise<DatabaseWrites> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Backends report their statistics a little behind; let the latest flush arrive.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { rows } = await client.query<{ relname: string; n_tup_upd: string; n_tup_hot_upd: string }>(
      'select relname, n_tup_upd, n_tup_hot_upd from pg_stat_user_tables where relname = any($1)',
      [TABLES],
    );
    const wal = await client.query<{ bytes: string }>(`select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint as bytes`);
    return {
      tables: Object.fromEntries(rows.map((r) => [r.relname, { updated: Number(r.n_tup_upd), hot: Number(r.n_tup_hot_upd) }])),
      walBytes: Number(wal.rows[0]!.bytes),
    };
  } finally {
    await client.end();
  }
}

/** The difference between two snapshots. */
export function writesBetween(before: DatabaseWrites, after: DatabaseWrites) {
  const tables: Record<string, { updated: number; hot: number; hotPercent: number }> = {};
  for (const [name, a] of Object.entries(after.tables)) {
    const b = before.tables[name] ?? { updated: 0, hot: 0 };
    const updated = a.updated - b.updated;
    tables[name] = { updated, hot: a.hot - b.hot, hotPercent: updated > 0 ? Math.round(((a.hot - b.hot) / updated) * 1000) / 10 : 0 };
  }
  return {
    tables,
    walMiB: Math.round(((after.walBytes - before.walBytes) / 2 ** 20) * 10) / 10,
  };
}
