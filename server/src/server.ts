// `npm start`: reads the environment, starts the hub, prints where it listens,
// and shuts down gracefully on SIGINT/SIGTERM.
import closeWithGrace from 'close-with-grace';
import { startHub } from './app.js';
import { ConfigError, loadConfig } from './config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`screenhub: configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const hub = await startHub(config);
  const lines = [
    '',
    'ScreenHub is running',
    `  HTTP API      ${hub.httpUrl}/api`,
    `  API docs      ${hub.httpUrl}/docs`,
    `  MQTT          ${hub.mqttUrl}  (and ${hub.httpUrl.replace('http', 'ws')}/mqtt)`,
    ...(hub.app.mqtt.addresses.tls ? [`  MQTT over TLS mqtts://${hub.mqttUrl.split('//')[1]!.split(':')[0]}:${hub.app.mqtt.addresses.tls.port}`] : []),
    `  Database      ${hub.db.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}/pglite` : 'PostgreSQL at DATABASE_URL'}`,
    `  Metrics       ${hub.httpUrl}/metrics`,
  ];
  if (hub.bootstrapAdmin) {
    lines.push('', `  First admin   ${hub.bootstrapAdmin.email}`);
    if (hub.bootstrapAdmin.generatedPassword) {
      lines.push(`  Password      ${hub.bootstrapAdmin.generatedPassword}   (shown once: change it, or set HUB_ADMIN_EMAIL/HUB_ADMIN_PASSWORD before the first start)`);
    }
  }
  // Printed to the terminal, not the log: the generated password must not end up in log storage.
  process.stdout.write(lines.join('\n') + '\n\n');

  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) hub.app.log.error({ err }, 'shutting down after an error');
    else hub.app.log.info({ signal }, 'shutting down');
    await hub.close();
  });
}

main().catch((err: unknown) => {
  console.error('screenhub: failed to start:', err);
  process.exit(1);
});
