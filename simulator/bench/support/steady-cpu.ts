// Where the steady part's CPU went: what each group of processes spent, as
// cores, per payment, and its main threads' wait for a core.
import type { GroupName } from './bench-process-groups.js';
import type { ProcessTimes } from './process-cpu.js';
import type { GroupFigures } from './payments-table.js';

type Spent = ProcessTimes & { processes: number };

/** `payments`: those that succeeded within the `wallSeconds` the times were spent in. */
export function steadyCpu(spent: Record<GroupName, Spent>, wallSeconds: number, payments: number): Record<GroupName | 'all', GroupFigures> {
  const perPayment = (seconds: number) => (payments > 0 ? round((seconds * 1000) / payments, 3) : 0);
  const figures = (g: Spent): GroupFigures => ({
    processes: g.processes,
    cores: round(g.cpuSeconds / wallSeconds, 2),
    cpuMsPerPayment: perPayment(g.cpuSeconds),
    runQueueWaitMsPerPayment: perPayment(g.runQueueWaitSeconds),
    runQueueWaitShare: round(g.runQueueWaitSeconds / wallSeconds, 3),
  });
  const all = Object.values(spent).reduce((a, g) => ({
    cpuSeconds: a.cpuSeconds + g.cpuSeconds,
    runQueueWaitSeconds: a.runQueueWaitSeconds + g.runQueueWaitSeconds,
    processes: a.processes + g.processes,
  }));
  const groups = Object.fromEntries(Object.entries(spent).map(([name, g]) => [name, figures(g)])) as Record<GroupName, GroupFigures>;
  return { ...groups, all: figures(all) };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
