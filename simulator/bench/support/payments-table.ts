// The payments benchmark's figures as the tables it prints at the end: the
// ramp and the steady part side by side, then where the steady part's CPU went.
import type { GroupName } from './bench-process-groups.js';
import type { percentilesMs } from './report.js';
import type { Phase } from './rate-ramp.js';

export interface PhaseFigures {
  seconds: number;
  offeredRate: number;
  /** Succeeded answers that arrived within the part, per second of it. */
  achievedRate: number;
  /** Of the payments offered in the part, PayRequest published to PayResult received. */
  latencyMs: ReturnType<typeof percentilesMs>;
  lost: number;
  toldWrong: number;
  /** Answers other than succeeded, by failure reason. */
  notSucceeded: Record<string, number>;
}

export interface GroupFigures {
  processes: number;
  /** CPU seconds per second of the steady part. */
  cores: number;
  cpuMsPerPayment: number;
  /** Main threads' wait for a core. */
  runQueueWaitMsPerPayment: number;
  /** That wait as a share of the steady part's wall time (summed over the group's processes). */
  runQueueWaitShare: number;
}

export interface PaymentsTable {
  title: string;
  phases: Record<Phase, PhaseFigures>;
  /** At least; see chargedNeverTold. */
  doubled: number;
  /** Charged by the acquirer, no screen told of it: doubled, or the charge of a lost payment. */
  chargedNeverTold: number;
  /** Succeeded answers the steady part's CPU is divided by. */
  steadyPayments: number;
  cpu: Record<GroupName | 'all', GroupFigures>;
  hubEventLoopUtilisation: number | null;
  /** This process's (the load generator's): were it near 1, the screens would be the limit. */
  screensEventLoopUtilisation: number;
  /** Cores that processes outside the benchmark kept busy in the steady part (the machine's busy time less the groups'). */
  otherCores: number;
  /** Per cent of a core each group used with every screen connected and no payments, and the cores other work used meanwhile. */
  idle: { percent: Record<GroupName, number>; otherCores: number };
  /** The hub's counters at the end of the run (hub-counters.ts). */
  hub: { counters: Record<string, number>; writesPerBatch: number | null };
  notes: string[];
}

const GROUP_LABELS: Record<GroupName | 'all', string> = {
  hub: 'hub',
  gateway: 'gateway (acquirer)',
  database: 'database (PostgreSQL)',
  screens: 'screens (load generator)',
  all: 'all',
};

export function formatPaymentsTable(t: PaymentsTable): string {
  const count = (n: Record<string, number>) => Object.values(n).reduce((a, b) => a + b, 0);
  const phaseRows = (['ramp', 'steady'] as const).map((phase) => {
    const p = t.phases[phase];
    const l = p.latencyMs;
    return [`${phase} ${p.seconds} s`, p.offeredRate.toFixed(0), p.achievedRate.toFixed(1), l.p50, l.p90, l.p99, l.max, p.lost, p.toldWrong, count(p.notSucceeded)];
  });
  const cpuRows = (['hub', 'gateway', 'database', 'screens', 'all'] as const).map((group) => {
    const g = t.cpu[group];
    const idle = group === 'all' ? count(t.idle.percent) : t.idle.percent[group];
    return [GROUP_LABELS[group], g.processes, g.cores.toFixed(2), g.cpuMsPerPayment.toFixed(3), g.runQueueWaitMsPerPayment.toFixed(3), `${(g.runQueueWaitShare * 100).toFixed(1)} %`, `${idle.toFixed(1)} %`];
  });
  const failures = (['ramp', 'steady'] as const).flatMap((phase) =>
    Object.entries(t.phases[phase].notSucceeded).map(([reason, n]) => `  not succeeded in the ${phase}: ${n} × ${reason}`),
  );
  return [
    t.title,
    '',
    table(['part', 'offered/s', 'achieved/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'lost', 'told wrong', 'not succeeded'], phaseRows),
    `doubled (whole run, from the ledger): ${t.doubled}${t.chargedNeverTold > t.doubled ? ` at least: ${t.chargedNeverTold} charged that no screen was told of, lost payments among them` : ''}`,
    ...failures,
    '',
    `CPU in the steady part, per payment succeeded in it (${t.steadyPayments}):`,
    table(['process', 'processes', 'cores', 'CPU ms/payment', 'run-queue wait ms/payment', 'wait/wall', 'idle CPU'], cpuRows),
    `event-loop utilisation in the steady part: hub ${t.hubEventLoopUtilisation === null ? 'not measured' : t.hubEventLoopUtilisation.toFixed(2)}, screens ${t.screensEventLoopUtilisation.toFixed(2)}`,
    `hub: ${t.hub.writesPerBatch ?? '—'} payment writes per group-commit statement; ${Object.entries(t.hub.counters).map(([k, v]) => `${k} ${v}`).join(', ') || 'nothing refused, dropped, unsent or retried'}`,
    `other work on the machine (not this benchmark): ${t.otherCores.toFixed(2)} cores in the steady part, ${t.idle.otherCores.toFixed(2)} while idle`,
    ...t.notes.map((note) => `note: ${note}`),
  ].join('\n');
}

/** Left-aligned first column, the rest right-aligned. */
function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  return cells.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
