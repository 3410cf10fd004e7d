// `npm start -- --workers N` (or HUB_WORKERS=N): N hub processes on this
// machine sharing the HTTP and MQTT ports. Each worker accepts connections
// from the shared listening sockets itself (SCHED_NONE): node:cluster's default
// has the primary accept every connection and pass it on over IPC, a queue
// with no bound that, in a reconnect storm, fills with screens that have long
// given up, and costs four IPC writes per connection. Accepting in the workers
// leaves the backlog in the kernel, where it is bounded, and a busy worker
// simply accepts less. Each worker is a whole hub; they share the
// PostgreSQL server and route MQTT through Redis (config.ts refuses this mode
// without both). The primary only starts, restarts and stops workers: a worker
// that dies is replaced, and its screens reconnect to the others meanwhile.
// Without DATABASE_URL the primary runs the embedded PostgreSQL server the
// workers share, and stops it after the last worker has exited.
import cluster, { type Worker } from 'node:cluster';
import type { HubConfig } from './config.js';
import { startEmbeddedPostgres } from './db/embedded-postgres-server.js';

const RESTART_DELAY_MS = 1000;

export async function runPrimary(config: HubConfig): Promise<void> {
  let stopping = false;
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  if (embedded) console.log(`screenhub: embedded PostgreSQL server in ${embedded.dir}, shared by the workers`);
  const fork = () => cluster.fork({ HUB_WORKER: '1', ...(embedded ? { DATABASE_URL: embedded.url } : {}) });

  // Until a worker has been ready, one that exits is a hub that cannot start (database away, port taken): the
  // primary fails as a single process would instead of restarting workers forever.
  let started = false;
  cluster.on('message', (_worker: Worker, message: { type?: string }) => {
    if (message?.type === 'ready') started = true;
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    if (!started) {
      console.error(`screenhub: worker ${worker.id} exited (${signal ?? code}) before any worker was ready`);
      void stop('SIGTERM', 1);
      return;
    }
    console.error(`screenhub: worker ${worker.id} (pid ${worker.process.pid}) exited (${signal ?? code}); starting a new one in ${RESTART_DELAY_MS} ms`);
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS);
  });

  // Every worker starts at once: migrations and the first admin are each taken under a PostgreSQL advisory lock
  // (db/migrate.ts, operator-service.ts), so the others wait for whichever comes first. Starting the rest only once
  // the first was ready left a restarted hub on one worker for ~9 s while the whole fleet came back to it.
  for (let i = 0; i < config.workers; i++) fork();

  async function stop(signal: NodeJS.Signals, exitCode = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill(signal);
          }),
      ),
    );
    await embedded?.stop();
    process.exit(exitCode);
  }
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGTERM'));
}
