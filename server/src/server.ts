// `npm start`: reads the environment, starts the hub, prints where it listens,
// and shuts down gracefully on SIGINT/SIGTERM. `npm start -- --workers N` runs N
// hub processes sharing the ports (cluster-primary.ts).
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import closeWithGrace from 'close-with-grace';
import { runPrimary } from './cluster-primary.js';
import { ConfigError, loadConfig } from './config.js';
import { startHub, type Hub } from './hub.js';
import { adminLines, bannerLines } from './startup-banner.js';

async function main(): Promise<void> {
  const { values: args } = parseArgs({ options: { workers: { type: 'string' } } });
  let config;
  try {
    config = loadConfig({ ...process.env, ...(args.workers ? { HUB_WORKERS: args.workers } : {}) });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`screenhub: configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  if (cluster.isPrimary && config.workers > 1) return runPrimary(config);
  const hub = await startHub(config);
  if (cluster.isWorker) {
    // One banner is enough; the others say which process they are (tests and benchmarks find workers by these lines).
    process.send?.({ type: 'ready' });
    if (cluster.worker!.id > 1) process.stdout.write(`  worker ${cluster.worker!.id} pid ${process.pid} ready\n`);
  }
  if (cluster.isWorker && cluster.worker!.id > 1) {
    // Workers start together; whichever took the migration lock first made the first admin and shows its password.
    if (hub.bootstrapAdmin) process.stdout.write(adminLines(hub.bootstrapAdmin).join('\n') + '\n\n');
    return shutDownOnSignal(hub);
  }
  const lines = bannerLines(hub, cluster.isWorker ? `${config.workers} processes; worker 1 pid ${process.pid}` : undefined);
  process.stdout.write(lines.join('\n') + '\n\n');
  shutDownOnSignal(hub);
}

/** A stop that has not ended by then is cut short (the exit closes what is left): a deploy must not hang on one process. */
const STOP_GRACE_MS = 10_000;

function shutDownOnSignal(hub: Hub): void {
  closeWithGrace({ delay: STOP_GRACE_MS }, async ({ err, signal }) => {
    if (err) hub.app.log.error({ err }, 'shutting down after an error');
    else hub.app.log.info({ signal }, 'shutting down');
    await hub.close({ exiting: true });
  });
}

main().catch((err: unknown) => {
  console.error('screenhub: failed to start:', err);
  process.exit(1);
});
