// /proc readings of the payments benchmark: this process's CPU and run-queue wait grow as it works.
import { describe, expect, it } from 'vitest';
import { childrenOf, machineBusySeconds, parentOf, processTimes, snapshot, timesBetween } from '../../bench/support/process-cpu.js';

describe('process-cpu', () => {
  it('reads CPU time that grows with work, and nothing for a process that is gone', async () => {
    const before = await snapshot([process.pid]);
    // Burn 100 ms of CPU (by the process's own count: on a busy machine wall time is not CPU time).
    const from = process.cpuUsage();
    while (process.cpuUsage(from).user < 100_000);
    const spent = timesBetween(before, await snapshot([process.pid]));
    expect(spent.processes).toBe(1);
    expect(spent.cpuSeconds).toBeGreaterThanOrEqual(0.08);
    expect(spent.runQueueWaitSeconds).toBeGreaterThanOrEqual(0);
    expect(await processTimes(2 ** 22 + 1)).toBeUndefined();
  });

  it('finds parents and children', async () => {
    expect(await parentOf(process.pid)).toBe(process.ppid);
    expect((await childrenOf(process.ppid)).map((c) => c.pid)).toContain(process.pid);
  });

  it('reads the machine busy time', async () => {
    expect(await machineBusySeconds()).toBeGreaterThan(0);
  });
});
