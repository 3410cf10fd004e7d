// A PostgreSQL server's CPU, read from /proc: what a benchmark's statements
// cost the database, apart from the client. The server must run on this machine.
import { readFile, readdir } from 'node:fs/promises';
import type pg from 'pg';

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

