// Loaded into each hub process by the payments benchmark (NODE_OPTIONS=--import):
// every 250 ms it writes the event loop's utilisation so far (ms idle and
// active since start) to $SCREENHUB_ELU_DIR/<pid>.json, which the benchmark
// reads at both ends of the steady part. The hub's /metrics has no utilisation
// (prom-client's defaults give lag only). Plain JavaScript: it loads before tsx.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = process.env.SCREENHUB_ELU_DIR;
if (dir) {
  const file = join(dir, `${process.pid}.json`);
  setInterval(() => {
    const { idle, active } = performance.eventLoopUtilization();
    // Written aside and renamed: a reader never sees half a file.
    writeFileSync(`${file}.new`, JSON.stringify({ idle, active }));
    renameSync(`${file}.new`, file);
  }, 250).unref();
}
