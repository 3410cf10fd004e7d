// CPU seconds and resident memory of processes, read from /proc: the only view
// that adds up every hub process of a cluster (each process's /metrics shows itself).
import { readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export async function processStats(pids: number[]): Promise<{ cpuSeconds: number; rssBytes: number }> {
  let cpuSeconds = 0;
  let rssBytes = 0;
  for (const pid of pids) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start at ") ".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuSeconds += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      rssBytes += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process is gone (a restarted worker); its share is simply missing from this sample.
    }
  }
  return { cpuSeconds, rssBytes };
}
