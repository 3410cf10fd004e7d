// `npm start`: reads the environment, starts the hub, prints where it listens,
// and shuts down gracefully on SIGINT/SIGTERM. `npm start -- --workers N` runs N
// hub processes sharing the ports (cluster-primary.ts).
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import closeWithGrace from 'close-with-grace';
import { startHub } from './app.js';
import { runPrimary } from './cluster-primary.js';
import { ConfigError, loadConfig } from './config.js';

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
  const lines = [
    '',
    cluster.isWorker ? `ScreenHub is running (${config.workers} processes; worker 1 pid ${process.pid})` : 'ScreenHub is running',
    `  HTTP API      ${hub.httpUrl}/api`,
    `  API docs      ${hub.httpUrl}/docs`,
    `  MQTT          ${hub.mqttUrl}  (and ${hub.httpUrl.replace('http', 'ws')}/mqtt)`,
    ...(hub.app.mqtt.addresses.tls ? [`  MQTT over TLS mqtts://${hub.mqttUrl.split('//')[1]!.split(':')[0]}:${hub.app.mqtt.addresses.tls.port}`] : []),
    `  Database      ${databaseLine(hub.db, config)}`,
    `  Metrics       ${hub.httpUrl}/metrics`,
  ];
  if (hub.bootstrapAdmin) lines.push(...adminLines(hub.bootstrapAdmin));
  // Printed to the terminal, not the log: the generated password must not end up in log storage.
  process.stdout.write(lines.join('\n') + '\n\n');
  shutDownOnSignal(hub);
}

/** The first admin, when this process made it; a generated password is shown here once and never logged. */
function adminLines(admin: { email: string; generatedPassword?: string }): string[] {
  const lines = ['', `  First admin   ${admin.email}`];
  if (admin.generatedPassword) {
    lines.push(`  Password      ${admin.generatedPassword}   (shown once: change it, or set HUB_ADMIN_EMAIL/HUB_ADMIN_PASSWORD before the first start)`);
  }
  return lines;
}

function databaseLine(db: Awaited<ReturnType<typeof startHub>>['db'], config: { dataDir: string }): string {
  if (db.kind === 'pglite') return `embedded PGlite in ${config.dataDir}/pglite`;
  if (db.embeddedDir) return `embedded PostgreSQL server in ${db.embeddedDir}`;
  // Workers of a cluster get the primary's embedded server as DATABASE_URL (the primary says so first).
  return 'PostgreSQL at DATABASE_URL';
}

/** A stop that has not ended by then is cut short (the exit closes what is left): a deploy must not hang on one process. */
const STOP_GRACE_MS = 10_000;

function shutDownOnSignal(hub: Awaited<ReturnType<typeof startHub>>): void {
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
