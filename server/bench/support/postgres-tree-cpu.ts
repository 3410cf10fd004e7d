// The CPU of a PostgreSQL server's whole process tree, counting the processes
// that ended as well as those alive: a query's parallel workers live only while
// it runs, so summing the live processes before and after it misses them. The
// postmaster reaps its children, and the kernel adds a reaped child's CPU to
// the parent's cutime/cstime; the live children are read one by one.
import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime and ppid of one process, from /proc/<pid>/stat. */
async function stat(pid: string): Promise<{ ppid: number; own: number; reaped: number } | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), reaped: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return undefined; // A process that ended while we read.
  }
}

/** CPU seconds of the postmaster, its live children, and every child it has reaped since it started. */
export async function serverTreeCpuSeconds(postmasterPid: number): Promise<number> {
  const postmaster = await stat(String(postmasterPid));
  if (!postmaster) throw new Error(`no process ${postmasterPid}`);
  let ticks = postmaster.own + postmaster.reaped;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = await stat(entry);
    if (child?.ppid === postmasterPid) ticks += child.own;
  }
  return ticks / TICKS_PER_SECOND;
}
