// The hub's event-loop utilisation over a stretch of a benchmark: each hub
// process runs event-loop-probe.mjs (through NODE_OPTIONS), which keeps its
// utilisation so far in a file of its own; this reads those files.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const probe = fileURLToPath(new URL('./event-loop-probe.mjs', import.meta.url));

type Utilisation = Map<number, { idle: number; active: number }>;

export class HubEventLoop {
  private constructor(private readonly dir: string) {}

  static async create(): Promise<HubEventLoop> {
    return new HubEventLoop(await mkdtemp(join(tmpdir(), 'screenhub-elu-')));
  }

  /** Add to the hub's environment. */
  get hubEnv(): Record<string, string> {
    return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${probe}`.trim(), SCREENHUB_ELU_DIR: this.dir };
  }

  /** Each process's idle and active milliseconds so far (as of its last write, at most 250 ms ago). */
  async read(pids: number[]): Promise<Utilisation> {
    const entries = await Promise.all(
      pids.map(async (pid) => {
        const text = await readFile(join(this.dir, `${pid}.json`), 'utf8').catch(() => undefined);
        return text ? ([pid, JSON.parse(text) as { idle: number; active: number }] as const) : undefined;
      }),
    );
    return new Map(entries.filter((e) => e !== undefined));
  }

  /** The busiest hub process's utilisation between two readings (0..1); null when no process reported twice. */
  static between(before: Utilisation, after: Utilisation): number | null {
    let busiest: number | null = null;
    for (const [pid, end] of after) {
      const start = before.get(pid);
      if (!start) continue;
      const active = end.active - start.active;
      const total = active + end.idle - start.idle;
      if (total > 0) busiest = Math.max(busiest ?? 0, active / total);
    }
    return busiest;
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
