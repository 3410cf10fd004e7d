// Starts a real hub for a test: HTTP and MQTT on free loopback ports, on the
// embedded database (from the run's seed) or, when TEST_DATABASE_URL is set, on
// a fresh database created on that PostgreSQL server for this hub alone.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createServerDatabase, ScreenClient, type ScreenClientOptions } from '@screenhub/simulator';
import { loadConfig, startHub, type Hub, type HubConfig, type HubOptions, type ResponseViolation } from '../../src/index.js';
import { ApiClient } from './api-client.js';

import { ADMIN_EMAIL, ADMIN_PASSWORD } from './credentials.js';

let seed: Promise<Blob> | undefined;
function pgliteSeed(): Promise<Blob> {
  seed ??= readFile(inject('pgliteSeedPath')).then((bytes) => new Blob([bytes]));
  return seed;
}

export class TestHub {
  hub!: Hub;
  api!: ApiClient;
  readonly screens: ScreenClient[] = [];
  /** Responses the OpenAPI document does not declare (platform/response-audit.ts): stop() fails the test file on any. */
  readonly undeclaredResponses: ResponseViolation[] = [];
  private dropDatabase: (() => Promise<void>) | undefined;

  private constructor(
    private current: HubConfig,
    private readonly options: HubOptions,
  ) {}

  get config(): HubConfig {
    return this.current;
  }

  /** `options` are startHub's own (the embedded database's seed is added here). */
  static async start(env: Record<string, string> = {}, options: HubOptions = {}): Promise<TestHub> {
    const dataDir = await mkdtemp(join(tmpdir(), 'screenhub-test-'));
    let database: { url: string; drop(): Promise<void> } | undefined;
    if (process.env.TEST_DATABASE_URL) database = await createServerDatabase(process.env.TEST_DATABASE_URL);
    const config = loadConfig({
      HUB_HOST: '127.0.0.1',
      HUB_HTTP_PORT: '0',
      HUB_MQTT_PORT: '0',
      HUB_DATA_DIR: dataDir,
      HUB_ADMIN_EMAIL: ADMIN_EMAIL,
      HUB_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HUB_LOG_LEVEL: process.env.TEST_HUB_LOG_LEVEL ?? 'silent',
      HUB_LIVE_FLUSH_MS: '50',
      // Screens in tests come back on their own short backoff; the stop's Reconnect notice has its own test.
      HUB_MQTT_STOP_RECONNECT_SPREAD_S: '0',
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...env,
    });
    const testHub = new TestHub(config, options);
    testHub.dropDatabase = database?.drop;
    await testHub.boot();
    return testHub;
  }

  get kind(): 'pglite' | 'postgres' {
    return this.hub.db.kind;
  }

  /** Stops the hub as `npm start` would on SIGTERM and starts it again on the same data (with `changes` to its configuration). */
  async restart(changes: Partial<HubConfig> = {}): Promise<void> {
    this.killScreens();
    await this.hub.close();
    this.current = { ...this.current, ...changes };
    // The listeners' ports were picked by the OS; a restarted hub picks new ones.
    await this.boot();
  }

  /** A screen for a device as the API created it: its secret to connect, its payment key to sign and to check downlinks. */
  screen(device: { id: string; secret: string; paymentKey: string }, options: Partial<ScreenClientOptions> = {}): ScreenClient {
    const client = new ScreenClient({ url: this.hub.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, reconnect: false, heartbeat: false, ...options });
    this.screens.push(client);
    return client;
  }

  async stop(): Promise<void> {
    this.killScreens();
    await this.hub?.close();
    await this.dropDatabase?.();
    await rm(this.config.dataDir, { recursive: true, force: true });
    if (this.undeclaredResponses.length > 0) {
      const seen = [...new Set(this.undeclaredResponses.map((v) => `${v.method} ${v.route} answered ${v.status} ${v.mediaType || '(no body)'}; declared: ${v.declared?.join(', ') ?? 'not this status'}`))];
      throw new Error(`responses the OpenAPI document does not declare:\n${seen.join('\n')}`);
    }
  }

  private killScreens(): void {
    for (const screen of this.screens.splice(0)) screen.kill();
  }

  private async boot(): Promise<void> {
    this.hub = await startHub(this.config, { auditResponses: (v) => this.undeclaredResponses.push(v), ...this.options, pgliteSeed: this.config.databaseUrl ? undefined : await pgliteSeed() });
    this.api = new ApiClient(this.hub.httpUrl);
  }
}

/** Polls `check` until it returns a truthy value; for states only observable by asking (HTTP reads). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 5000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export { createServerDatabase };
