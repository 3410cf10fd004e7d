// Runs the hub as a separate process (the same entry point as `npm start`)
// for benchmarks and crash tests, and reads its CPU and memory from its own
// /metrics. A crash test kills it with SIGKILL and starts it again on the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const BENCH_ADMIN = { email: 'bench@screenhub.local', password: 'benchmark admin password' };

export interface HubProcess {
  httpUrl: string;
  mqttUrl: string;
  child: ChildProcess;
  dataDir: string;
  /** Process CPU seconds and resident memory, from the hub's Prometheus endpoint. */
  sample(): Promise<{ cpuSeconds: number; rssBytes: number; metrics: string }>;
  /** SIGKILL: no shutdown hooks, no final flush. The data directory stays. */
  kill(): Promise<void>;
  /** With --workers: the pids of the worker processes that said they are ready, in order. */
  workerPids(): number[];
  /** SIGTERM and wait; removes the data directory unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * The V8 flags `npm start` gives the hub (package.json, "start"). A young generation of 64 MB semi-spaces instead of
 * 16: a payment's garbage (MQTT packets, pg rows, HTTP bodies) dies young, and scavenging a space four times larger
 * four times less often took the hub's GC from 9 % to 4 % of its CPU at 600 payments/s (`perf`, README Performance).
 */
const HUB_V8_FLAGS = ['--max-semi-space-size=64'];

export interface HubProcessOptions {
  env?: Record<string, string>;
  /** Reuse this data directory (a restart); a fresh temporary one when omitted. */
  dataDir?: string;
  /**
   * Run the compiled hub, as `npm start` does (server/dist, built by `npm run build:hub` beforehand), instead of the
   * sources through tsx: for benchmarks of starting and restarting. Default false.
   */
  compiled?: boolean;
}

/** A hub of the benchmarks' own: loopback only, ports the system picks, `dataDir`, and the benchmarks' admin. */
export function localHubEnv(dataDir: string): Record<string, string> {
  return {
    HUB_HOST: '127.0.0.1',
    HUB_HTTP_PORT: '0',
    HUB_MQTT_PORT: '0',
    HUB_DATA_DIR: dataDir,
    HUB_ADMIN_EMAIL: BENCH_ADMIN.email,
    HUB_ADMIN_PASSWORD: BENCH_ADMIN.password,
  };
}

export async function startHubProcess(options: HubProcessOptions = {}): Promise<HubProcess> {
  const env = options.env ?? {};
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'screenhub-hub-')));
  // SCREENHUB_HUB_NODE_ARGS adds Node flags to the hub alone, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it under load.
  const nodeArgs = (process.env.SCREENHUB_HUB_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const entry = options.compiled ? ['--conditions=screenhub-build', 'server/dist/server.js'] : ['--import', 'tsx', 'server/src/server.ts'];
  const child = spawn(process.execPath, [...HUB_V8_FLAGS, ...nodeArgs, ...entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...localHubEnv(dataDir),
      HUB_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // SCREENHUB_HUB_LOG names a file that gets the hub's log too (the tests and benchmarks keep it otherwise).
  if (process.env.SCREENHUB_HUB_LOG) child.stdout!.pipe(createWriteStream(process.env.SCREENHUB_HUB_LOG, { flags: 'a' }));
  let banner = '';
  const urls = await new Promise<{ httpUrl: string; mqttUrl: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`hub exited with ${code} before it was ready:\n${banner}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      // Kept after start too (bounded): workers of a cluster announce themselves here.
      if (banner.length < 1_000_000) banner += chunk.toString();
      const http = banner.match(/HTTP API\s+(http:\/\/\S+)\/api/);
      const mqtt = banner.match(/MQTT\s+(mqtt:\/\/\S+)/);
      if (http && mqtt) resolve({ httpUrl: http[1]!, mqttUrl: mqtt[1]! });
    });
  });
  return {
    ...urls,
    child,
    dataDir,
    workerPids() {
      return [...banner.matchAll(/worker \d+ pid (\d+)/g)].map((m) => Number(m[1]));
    },
    async sample() {
      const metrics = await (await fetch(`${urls.httpUrl}/metrics`)).text();
      const read = (name: string) => Number(metrics.match(new RegExp(`^${name} ([0-9.e+]+)`, 'm'))?.[1] ?? NaN);
      return { cpuSeconds: read('process_cpu_seconds_total'), rssBytes: read('process_resident_memory_bytes'), metrics };
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
    },
    async stop(stopOptions = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      if (!stopOptions.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Reads one labelled sample from Prometheus text, 0 when absent. */
export function metricValue(metrics: string, name: string, labels = ''): number {
  const escaped = labels.replace(/[{}"]/g, (c) => `\\${c}`);
  return Number(metrics.match(new RegExp(`^${name}${escaped} ([0-9.e+]+)`, 'm'))?.[1] ?? 0);
}
