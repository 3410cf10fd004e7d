// The parent's side of the simulated fleet: seeded screens split over worker
// processes (screen-worker.ts), each with 64 loopback source addresses of its
// own (ephemeral ports are per source address), and what they report.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seededDeviceId, seededSecret } from './fleet-seed.js';
import type { WorkerReport, WorkerStart } from './screen-worker.js';

export type Report<T extends WorkerReport['type']> = Extract<WorkerReport, { type: T }>;

export class ScreenFleet {
  private readonly children: ChildProcess[] = [];
  private readonly reports: WorkerReport[][] = [];

  /** Starts `screens` seeded screens (SN0000000…) over `workers` processes, connecting over `rampSeconds`. */
  constructor(options: { mqttUrl: string; screens: number; workers: number; rampSeconds: number; progressMs?: number }) {
    const perWorker = Math.ceil(options.screens / options.workers);
    for (let w = 0; w < options.workers; w++) {
      const child = fork(fileURLToPath(new URL('./screen-worker.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
      const received: WorkerReport[] = [];
      child.on('message', (m: WorkerReport) => received.push(m));
      this.children.push(child);
      this.reports.push(received);
      const ids = Array.from({ length: Math.max(0, Math.min(perWorker, options.screens - w * perWorker)) }, (_, i) => seededDeviceId(w * perWorker + i));
      const start: WorkerStart = {
        type: 'start',
        mqttUrl: options.mqttUrl,
        devices: ids.map((id) => ({ id, secret: seededSecret(id) })),
        sourceAddressFirst: 1 + ((w * 64) % 192),
        sourceAddressCount: 64,
        rampSeconds: options.rampSeconds,
        progressMs: options.progressMs,
      };
      child.send(start);
    }
  }

  /** Each worker's latest report of a type (undefined where none came yet). */
  latest<T extends WorkerReport['type']>(type: T): Array<Report<T> | undefined> {
    return this.reports.map((r) => [...r].reverse().find((m): m is Report<T> => m.type === type));
  }

  /** Resolves once every worker has sent a report of this type. */
  async all<T extends WorkerReport['type']>(type: T): Promise<Array<Report<T>>> {
    while (!this.latest(type).every(Boolean)) await new Promise((resolve) => setTimeout(resolve, 200));
    return this.latest(type) as Array<Report<T>>;
  }

  /** Screens connected right now, as the workers last said. */
  connectedNow(): number {
    return this.latest('progress').reduce((n, m) => n + (m?.connected ?? 0), 0);
  }

  send(message: { type: 'stop' } | { type: 'reset' }): void {
    for (const child of this.children) child.send(message);
  }

  kill(): void {
    for (const child of this.children) child.kill();
  }
}
