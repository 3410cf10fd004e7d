// CPU time and run-queue wait of processes, read from /proc: what each process
// really spent, unlike a wall-clock sampling profiler, which charges the time a
// thread waited for a core to whatever frame it stopped in.
//   /proc/<pid>/stat      utime + stime: every thread of the process, clock ticks
//   /proc/<pid>/schedstat second field: ns the main thread (the event loop, for
//                         Node) waited on a run queue for a core
import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcessTimes {
  cpuSeconds: number;
  runQueueWaitSeconds: number;
}

/** The process's CPU and its main thread's run-queue wait so far; undefined when it is gone. */
export async function processTimes(pid: number): Promise<ProcessTimes | undefined> {
  try {
    const [stat, schedstat] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/schedstat`, 'utf8')]);
    const fields = statFields(stat);
    return {
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      runQueueWaitSeconds: Number(schedstat.split(' ')[1]) / 1e9,
    };
  } catch {
    return undefined;
  }
}

/** The fields after the command name (which may hold spaces and parentheses): fields[0] is the state, fields[1] the parent pid. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

export async function parentOf(pid: number): Promise<number | undefined> {
  try {
    return Number(statFields(await readFile(`/proc/${pid}/stat`, 'utf8'))[1]);
  } catch {
    return undefined;
  }
}

/** The command line with its NULs as spaces ('' when the process is gone or hidden). */
export async function commandLine(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').then(
    (text) => text.replaceAll('\0', ' ').trim(),
    () => '',
  );
}

/** Direct children of `pid`, with their command lines. */
export async function childrenOf(pid: number): Promise<Array<{ pid: number; command: string }>> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const children: Array<{ pid: number; command: string }> = [];
  await Promise.all(
    pids.map(async (candidate) => {
      if ((await parentOf(candidate)) === pid) children.push({ pid: candidate, command: await commandLine(candidate) });
    }),
  );
  return children.sort((a, b) => a.pid - b.pid);
}

/** Each process's times, by pid. */
export type TimesSnapshot = Map<number, ProcessTimes>;

export async function snapshot(pids: number[]): Promise<TimesSnapshot> {
  const times = await Promise.all(pids.map(async (pid) => [pid, await processTimes(pid)] as const));
  return new Map(times.filter((t): t is readonly [number, ProcessTimes] => t[1] !== undefined));
}

/**
 * What the processes of `after` spent since `before`. A process born in between counts from zero; one that died in
 * between is missing (its share is lost, so keep the set stable: pools, not a connection per query).
 */
export function timesBetween(before: TimesSnapshot, after: TimesSnapshot): ProcessTimes & { processes: number } {
  let cpuSeconds = 0;
  let runQueueWaitSeconds = 0;
  for (const [pid, end] of after) {
    const start = before.get(pid) ?? { cpuSeconds: 0, runQueueWaitSeconds: 0 };
    cpuSeconds += end.cpuSeconds - start.cpuSeconds;
    runQueueWaitSeconds += end.runQueueWaitSeconds - start.runQueueWaitSeconds;
  }
  return { cpuSeconds, runQueueWaitSeconds, processes: after.size };
}

/** CPU seconds every core of the machine has spent busy so far (/proc/stat: all but idle and iowait), whoever ran. */
export async function machineBusySeconds(): Promise<number> {
  const [user, nice, system, , , irq, softirq, steal] = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
}
