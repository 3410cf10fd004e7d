// The parent's side of a simulated fleet: screens split over worker processes
// (screen-worker.ts), each with 64 loopback source addresses of its own
// (ephemeral ports are per source address), and what they report.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BackoffOptions } from '../backoff.js';
import type { WorkerReport, WorkerStart } from './screen-worker.js';

export type Report<T extends WorkerReport['type']> = Extract<WorkerReport, { type: T }>;

export interface ScreenFleetOptions {
  mqttUrl: string;
  devices: WorkerStart['devices'];
  workers: number;
  rampSeconds: number;
  progressMs?: number;
  reconnect?: BackoffOptions;
  cleanSession?: boolean;
  connectTimeoutMs?: number;
  buyers?: WorkerStart['buyers'];
  ota?: WorkerStart['ota'];
}

export class ScreenFleet {
  private readonly children: ChildProcess[] = [];
  private readonly reports: WorkerReport[][] = [];
  private readonly shares: number[] = [];

  constructor(options: ScreenFleetOptions) {
    const perWorker = Math.ceil(options.devices.length / options.workers);
    for (let w = 0; w < options.workers; w++) {
      const devices = options.devices.slice(w * perWorker, (w + 1) * perWorker);
      const child = fork(fileURLToPath(new URL('./screen-worker.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
      const received: WorkerReport[] = [];
      child.on('message', (m: WorkerReport) => received.push(m));
      this.children.push(child);
      this.reports.push(received);
      this.shares.push(devices.length / Math.max(1, options.devices.length));
      const start: WorkerStart = {
        type: 'start',
        mqttUrl: options.mqttUrl,
        devices,
        sourceAddressFirst: 1 + ((w * 64) % 192),
        sourceAddressCount: 64,
        rampSeconds: options.rampSeconds,
        progressMs: options.progressMs,
        reconnect: options.reconnect,
        cleanSession: options.cleanSession,
        connectTimeoutMs: options.connectTimeoutMs,
        buyers: options.buyers,
        ota: options.ota,
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

  /** Sums a field over the workers' latest progress reports. */
  progress(field: 'connected' | 'heartbeatsAcked' | 'paymentsDone' | 'errors'): number {
    return this.latest('progress').reduce((n, m) => n + (m?.[field] ?? 0), 0);
  }

  /** Screens connected right now, as the workers last said. */
  connectedNow(): number {
    return this.progress('connected');
  }

  /** The whole fleet's payment rate, split over the workers by their share of screens. */
  setPaymentRate(paymentsPerSecond: number): void {
    this.children.forEach((child, w) => child.send({ type: 'rate', paymentsPerSecond: paymentsPerSecond * this.shares[w]! }));
  }

  send(message: { type: 'stop' } | { type: 'reset' }): void {
    for (const child of this.children) child.send(message);
  }

  /** The simulator processes' pids (for their CPU counters). */
  pids(): number[] {
    return this.children.map((child) => child.pid!).filter(Boolean);
  }

  kill(): void {
    for (const child of this.children) child.kill();
  }
}
