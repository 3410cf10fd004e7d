// --pin: the hub and its database on one core, the acquirer gateway and the
// screens on the other (Linux `taskset`, every thread of each process). On a
// 2-core machine this keeps the load generator and the simulated acquirer from
// taking the hub's core, so what the hub and database can do on one core shows
// apart from what the machine as a whole can. A database server started before
// the hub (a shared one) is pinned whole; its new backends inherit the core.
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { promisify } from 'node:util';
import type { BenchProcesses } from './bench-process-groups.js';

const run = promisify(execFile);

export const HUB_CORE = 0;
export const LOAD_CORE = 1;

export async function pinToCores(processes: BenchProcesses): Promise<string> {
  if (cpus().length < 2) throw new Error('--pin needs at least two cores');
  const pin = async (pids: number[], core: number) => {
    for (const pid of pids) await run('taskset', ['-a', '-p', '-c', String(core), String(pid)]).catch(() => undefined);
  };
  const [hub, database, gateway, screens] = await Promise.all((['hub', 'database', 'gateway', 'screens'] as const).map((g) => processes.allPids(g)));
  await pin([...hub!, ...database!], HUB_CORE);
  await pin([...gateway!, ...screens!], LOAD_CORE);
  return `pinned with taskset: hub and database (${hub!.length + database!.length} processes) on core ${HUB_CORE}, gateway and screens on core ${LOAD_CORE}`;
}
