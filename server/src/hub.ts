// The hub's life: opens the database, builds the app (app.ts), makes the first
// admin of an empty hub, listens on HTTP and MQTT, and closes in order: MQTT
// first (screens go offline), then every plugin's onClose hook (the live-state
// flush among them), then the database.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { HubConfig } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open-database.js';
import { listenUrl } from './platform/listen-url.js';
import type { HostResolver } from './platform/outbound-http.js';
import type { ResponseViolation } from './platform/response-audit.js';

/** A graceful stop longer than this is logged as a warning. */
const SLOW_STOP_MS = 5000;
/** Connections the kernel queues for the HTTP listener while the hub is busy (Linux caps it at somaxconn). */
const HTTP_LISTEN_BACKLOG = 4096;

export interface HubOptions {
  /** Seed for a new embedded database (tests); see PGliteDatabase.open. */
  pgliteSeed?: Blob;
  /** How calls to tenants' URLs (webhooks) resolve host names; the system resolver unless set (tests answer with local addresses). */
  resolveOutboundHost?: HostResolver;
  /** Tests: called for every response its route's OpenAPI description does not declare (platform/response-audit.ts). */
  auditResponses?: (violation: ResponseViolation) => void;
}

export interface Hub {
  app: FastifyInstance;
  config: HubConfig;
  db: Database;
  /** Set on the first start of an empty hub: the admin created, with its password if generated. */
  bootstrapAdmin: { email: string; generatedPassword?: string } | undefined;
  httpUrl: string;
  mqttUrl: string;
  /** `exiting`: the process exits right after (SIGTERM); its connections are left to the exit to close (DeviceBroker.leave). */
  close(options?: { exiting?: boolean }): Promise<void>;
}

/** Opens the database, builds the app, listens on HTTP and MQTT. */
export async function startHub(config: HubConfig, options: HubOptions = {}): Promise<Hub> {
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, embedded: config.embeddedDatabase, pgliteSeed: options.pgliteSeed, poolSize: config.databasePoolSize });
  let app: FastifyInstance;
  try {
    app = await buildApp(config, db, options);
  } catch (err) {
    await db.close();
    throw err;
  }
  const bootstrapAdmin = await app.operators.bootstrapAdmin({ email: config.adminEmail, password: config.adminPassword });
  await app.listen({ port: config.httpPort, host: config.host, backlog: HTTP_LISTEN_BACKLOG });
  const http = app.server.address() as { address: string; port: number };
  const mqtt = app.mqtt.addresses.tcp!;

  let closing: Promise<void> | undefined;
  return {
    app,
    config,
    db,
    bootstrapAdmin,
    httpUrl: listenUrl('http', http.address, http.port),
    mqttUrl: listenUrl('mqtt', mqtt.host, mqtt.port),
    close(options = {}) {
      closing ??= (async () => {
        // MQTT first (or, exiting, alongside), so the screens' offline state is in
        // the last flush; each plugin's onClose hook stops its own timers, then the
        // database goes.
        // Each step's time is logged: a stop must end well inside the grace period.
        const t0 = performance.now();
        const screens = app.mqtt.broker.connectedCount;
        // A process that is stopping has no use for the other processes' events (when every process restarts, each
        // would otherwise read the others' screens going offline while closing its own).
        app.hubEvents.stopHearingOthers();
        // Each screen is told when to come back (a Reconnect downlink), so a deploy's restart is met by a fleet
        // arriving spread over the window rather than one retrying the closed port all through the restart.
        const spreadMs = config.mqttStopReconnectSpreadMs;
        const notice = spreadMs > 0 ? { delayMs: config.mqttStopReconnectDelayMs, spreadMs } : undefined;
        let t1 = 0;
        // Said before the plugins stop: a process killed at its grace period still leaves how far it got.
        const mqttStopped = () => {
          t1 = performance.now();
          app.log.info({ screens, mqttMs: Math.round(t1 - t0) }, 'mqtt stopped');
        };
        if (options.exiting) {
          // A process about to exit leaves its connections for the exit to close, all at once, and marks its screens
          // offline in one statement (devices plugin). Leaving and the plugins' last writes overlap: the notices keep
          // this thread busy while the live state's last flush and the offline marks wait on the database (nothing
          // is read from a screen once leave() has begun; the mqtt plugin's own hook, last, waits for the leaving).
          await Promise.all([app.mqtt.broker.leave(notice).then(mqttStopped), app.close()]);
        } else {
          // One that goes on running (tests) ends every session, and their offline events are in the last flush.
          await app.mqtt.broker.close(notice);
          mqttStopped();
          await app.close();
        }
        const t2 = performance.now();
        await db.close();
        const ms = (from: number, to: number) => Math.round(to - from);
        const took = { screens, exiting: !!options.exiting, mqttMs: ms(t0, t1), pluginsMs: ms(options.exiting ? t0 : t1, t2), databaseMs: ms(t2, performance.now()) };
        // Past 5 s a restart keeps screens waiting (README, Scale): said louder.
        if (performance.now() - t0 > SLOW_STOP_MS) app.log.warn(took, 'hub stopped, slowly');
        else app.log.info(took, 'hub stopped');
      })();
      return closing;
    },
  };
}
