// The database side of the SQL benchmarks: a fresh database on the server
// measured, and that server's CPU read from /proc (what the statements cost
// the database, apart from the client). The server must run on this machine.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres-server.js';
import { openDatabase } from '../../src/db/open-database.js';

const TICKS_PER_SECOND = 100;

/** CPU seconds (utime + stime) of every process whose command line says it is a PostgreSQL server's. */
export async function serverCpuSeconds(postmasterPid: number): Promise<number> {
  let ticks = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      if (pid !== postmasterPid && ppid !== postmasterPid) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A process that ended while we read.
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** The server's postmaster: the parent of our own backend (the server must run on this machine). */
export async function postmasterOf(admin: pg.Client): Promise<number> {
  const backend = (await admin.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  const stat = await readFile(`/proc/${backend}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}


/** A fresh database for one benchmark, on the server the benchmark measures, with that server's postmaster. */
export interface BenchDatabase {
  db: Database;
  name: string;
  /** Where it runs: 'the embedded server' or 'BENCH_DATABASE_URL'. */
  label: string;
  postmasterPid: number;
}

/**
 * Runs `work` on a fresh database named `<prefix>_<time>`: on BENCH_DATABASE_URL's server when set, else on the
 * hub's embedded server (fsync on, as `npm start` runs it) in a directory of its own. Everything is dropped after.
 */
export async function withBenchDatabase(prefix: string, poolSize: number, work: (bench: BenchDatabase) => Promise<void>): Promise<void> {
  const externalUrl = process.env.BENCH_DATABASE_URL;
  const embedded = externalUrl ? undefined : await startEmbeddedPostgres(await mkdtemp(join(tmpdir(), `${prefix}-`)));
  try {
    const url = externalUrl ?? embedded!.url;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = `${prefix.replaceAll('-', '_')}_${Date.now().toString(36)}`;
    await admin.query(`create database ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const db = await openDatabase({ url: dbUrl.toString(), dataDir: '/tmp', poolSize });
    try {
      await work({ db, name, label: embedded ? 'the embedded server' : 'BENCH_DATABASE_URL', postmasterPid: await postmasterOf(admin) });
    } finally {
      await db.close();
      await admin.query(`drop database ${name}`);
      await admin.end();
    }
  } finally {
    await embedded?.stop();
    if (embedded) await rm(embedded.dir, { recursive: true, force: true });
  }
}
