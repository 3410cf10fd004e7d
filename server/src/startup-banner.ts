// What `npm start` prints when the hub is up: where it listens, its database,
// and the first admin when this start made it. Printed to the terminal, not the
// log, because a generated password must not end up in log storage.
import type { Hub } from './hub.js';

/** The banner; `processes` says how many processes share the ports, for a cluster's first worker. */
export function bannerLines(hub: Hub, processes?: string): string[] {
  const lines = [
    '',
    processes ? `ScreenHub is running (${processes})` : 'ScreenHub is running',
    `  HTTP API      ${hub.httpUrl}/api`,
    `  API docs      ${hub.httpUrl}/docs`,
    `  MQTT          ${hub.mqttUrl}  (and ${hub.httpUrl.replace('http', 'ws')}/mqtt)`,
    ...(hub.app.mqtt.addresses.tls ? [`  MQTT over TLS mqtts://${hub.mqttUrl.split('//')[1]!.split(':')[0]}:${hub.app.mqtt.addresses.tls.port}`] : []),
    `  Database      ${databaseLine(hub.db, hub.config.dataDir)}`,
    `  Metrics       ${hub.httpUrl}/metrics`,
  ];
  if (hub.bootstrapAdmin) lines.push(...adminLines(hub.bootstrapAdmin));
  return lines;
}

/** The first admin, when this process made it; a generated password is shown here once and never logged. */
export function adminLines(admin: { email: string; generatedPassword?: string }): string[] {
  const lines = ['', `  First admin   ${admin.email}`];
  if (admin.generatedPassword) {
    lines.push(`  Password      ${admin.generatedPassword}   (shown once: change it, or set HUB_ADMIN_EMAIL/HUB_ADMIN_PASSWORD before the first start)`);
  }
  return lines;
}

function databaseLine(db: Hub['db'], dataDir: string): string {
  if (db.kind === 'pglite') return `embedded PGlite in ${dataDir}/pglite`;
  if (db.embeddedDir) return `embedded PostgreSQL server in ${db.embeddedDir}`;
  // Workers of a cluster get the primary's embedded server as DATABASE_URL (the primary says so first).
  return 'PostgreSQL at DATABASE_URL';
}
