// All configuration, from the environment, validated once at start: a bad value
// stops the hub with the variable's name. Every variable is in the README table.
import { resolve } from 'node:path';
import { parseAddressOrRange, parseAllowList, type AllowedTarget } from './platform/outbound-allow-list.js';
import { DEFAULT_GATEWAYS, normalizeGatewayUrl } from './merchants/acquirer-gateways.js';

export interface HubConfig {
  host: string;
  httpPort: number;
  mqttPort: number;
  mqttTlsPort: number;
  mqttTlsCertFile: string | undefined;
  mqttTlsKeyFile: string | undefined;
  /** Embedded database and generated keys. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Without DATABASE_URL: a PostgreSQL server of our own under the data directory, or PGlite in the hub's thread. */
  embeddedDatabase: 'postgres' | 'pglite';
  databasePoolSize: number;
  jwtSecret: string | undefined;
  encryptionKey: string | undefined;
  acquirerTimeoutMs: number;
  /** PEM file of CAs trusted for acquirer calls besides Node's root CAs (a test or private acquirer CA). */
  acquirerCaFile: string | undefined;
  /** Gateway URLs an Alipay merchant may use (https, compared whole). */
  alipayGateways: string[];
  /** API base URLs a WeChat Pay merchant may use. */
  wechatGateways: string[];
  payPollIntervalMs: number;
  /** How long a group-commit batch of payment writes gathers under load, ms. */
  paymentWriteGatherMs: number;
  /** PayRequests one process works on at once; more are answered RETRY_LATER. */
  payMaxInFlight: number;
  /** The least wait a RETRY_LATER tells the screen, ms; 0 tells none. */
  payRetryAfterMs: number;
  payTimeoutMs: number;
  qrTimeoutMs: number;
  payRequestMaxSkewMs: number;
  acquirerBreakerResetMs: number;
  webhookIntervalMs: number;
  webhookTimeoutMs: number;
  webhookMaxAttempts: number;
  webhookBackoffBaseMs: number;
  /** Webhook URLs may be plain http (development); https only otherwise. */
  webhookAllowHttp: boolean;
  /** Private addresses (ranges, optionally with a port) tenants' webhooks may reach; none by default. */
  outboundAllowPrivate: AllowedTarget[];
  acquirerBreakerMinCalls: number;
  jwtTtlSeconds: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  logLevel: string;
  mqttMaxPacketBytes: number;
  mqttUplinkRatePerSecond: number;
  mqttUplinkBurst: number;
  mqttMaxKeepaliveSeconds: number;
  /** CONNECT handshakes one process works on at once; more are told "server unavailable" (CONNACK 3) and come back later. */
  mqttMaxConnecting: number;
  /** CONNECT handshakes one process begins per second; 0: no bound. */
  mqttMaxConnectRate: number;
  /** MQTT connections one process holds per listener; more are closed when accepted (20,000 open files per process here). */
  mqttMaxConnections: number;
  /** On a graceful stop each screen is told to come back after this long... */
  mqttStopReconnectDelayMs: number;
  /** ...plus a random part of this; 0: no notice, screens retry with their own backoff. */
  mqttStopReconnectSpreadMs: number;
  heartbeatIntervalSeconds: number;
  liveStateFlushMs: number;
  deviceAuthCacheTtlMs: number;
  corsOrigin: string;
  publicMqttUrl: string | undefined;
  publicHttpUrl: string | undefined;
  /** Addresses or CIDR ranges of proxies in front of the HTTP listener whose X-Forwarded-For is believed; empty: none. */
  trustProxy: string[];
  commandExpirySweepMs: number;
  heartbeatRetentionDays: number;
  uploadMaxBytes: number;
  /** Redis for a hub of several processes (MQTT routing and sessions); unset: one process. */
  redisUrl: string | undefined;
  /** Hub processes on this machine (`npm start -- --workers N`); more than one needs Redis. */
  workers: number;
  /**
   * Conformance mode (HUB_CONFORMANCE): the conformance domain watches each screen's MQTT traffic and lets an operator
   * plant faults on it (refused CONNECTs, a lost PayResult, a forged downlink) for the screen conformance suite.
   * For a test hub, never a fleet's; one process (the journal is in its memory).
   */
  conformanceMode: boolean;
  alertEvaluateMs: number;
  /** Largest OTA package accepted, bytes. */
  otaMaxPackageBytes: number;
  /** How often the rollout engine runs a round, ms. */
  otaTickMs: number;
  /** OTA package streams served at once by one hub process; further downloads wait their turn. */
  otaMaxConcurrentDownloads: number;
  /** How long an OTA download link stays valid, seconds (a new one comes with every Hello). */
  otaLinkTtlSeconds: number;
  /** Ads API requests per minute per advertiser key (operators: per address). */
  adApiRateLimitPerMinute: number;
  /** Largest creative (image or video) accepted. */
  adMaxCreativeBytes: number;
  /** How often the schedule compiler looks for stale schedules. */
  adCompileMs: number;
  /** How long a booking in `held` keeps its slots before they are released. */
  adHoldTtlSeconds: number;
  /** Proofs of play are written in batches at most this often. */
  adProofFlushMs: number;
  /** How often a process looks for ad revenue days to close, ms. */
  adStatementCloseMs: number;
  /** Minutes after a day ends (the tenant's statement time zone) before its statement closes: plays still on their way get in. */
  adStatementGraceMinutes: number;
  /** How often a process folds ended payments and refunds into merchants' daily rollups, ms. */
  insightsFoldMs: number;
  /** How often a process looks for merchant days to close (coverage, activity, early warnings), ms. */
  insightsCloseMs: number;
  /** Minutes after a day ends in every merchant's time zone before the tenant's day closes. */
  insightsGraceMinutes: number;
  /** How often a process settles the discounts of ended payments (a failed payment's discount given back), ms. */
  discountSettleMs: number;
  /** How often a process looks for discount statement days to close, ms. */
  discountStatementCloseMs: number;
  /** Minutes after a day ends in every merchant's zone before its discount statement closes. */
  discountStatementGraceMinutes: number;
  /** How often a process looks for merchant-days to reconcile, ms; 0: never (the manual POST still works). */
  reconciliationIntervalMs: number;
  /** Minutes after a China Standard Time day ends that Alipay's bill is due (540: 09:00 the next day). */
  reconciliationAlipayAtMinutes: number;
  /** The same for WeChat Pay (600: 10:00 the next day). */
  reconciliationWechatAtMinutes: number;
  /** Wait before asking again for a bill that is not out yet, ms. */
  reconciliationRetryMs: number;
  /** Tries before a merchant-day is abandoned with an alert. */
  reconciliationMaxAttempts: number;
  /** Days back a missed day is still reconciled. */
  reconciliationLookbackDays: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function str(env: Env, name: string, fallback: string): string;
function str(env: Env, name: string): string | undefined;
function str(env: Env, name: string, fallback?: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? fallback : raw;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

function allowList(env: Env, name: string): AllowedTarget[] {
  try {
    return parseAllowList(env[name] ?? '');
  } catch (err) {
    throw new ConfigError(`${name}: ${(err as Error).message}; expected addresses or CIDR ranges, each optionally with :port, comma-separated`);
  }
}

/** A comma-separated list of https base URLs; each must be one a merchant could use as its gateway. */
function gatewayList(env: Env, name: string, fallback: readonly string[]): string[] {
  const raw = str(env, name);
  if (raw === undefined) return [...fallback];
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const checked = normalizeGatewayUrl(entry);
    if ('problem' in checked) throw new ConfigError(`${name}: "${entry}" ${checked.problem}`);
  }
  return entries;
}

/** A comma-separated list of IP addresses or CIDR ranges (fastify's `trustProxy` takes them as they are). */
function proxyList(env: Env, name: string): string[] {
  const entries = (str(env, name) ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    try {
      parseAddressOrRange(entry);
    } catch (err) {
      throw new ConfigError(`${name}: ${(err as Error).message}`);
    }
  }
  return entries;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: Env = process.env): HubConfig {
  const config: HubConfig = {
    host: str(env, 'HUB_HOST', '0.0.0.0'),
    httpPort: int(env, 'HUB_HTTP_PORT', 8080, 0, 65535),
    mqttPort: int(env, 'HUB_MQTT_PORT', 1883, 0, 65535),
    mqttTlsPort: int(env, 'HUB_MQTTS_PORT', 8883, 0, 65535),
    mqttTlsCertFile: str(env, 'HUB_MQTT_TLS_CERT'),
    mqttTlsKeyFile: str(env, 'HUB_MQTT_TLS_KEY'),
    dataDir: resolve(str(env, 'HUB_DATA_DIR', './data')),
    databaseUrl: str(env, 'DATABASE_URL'),
    embeddedDatabase: oneOf(env, 'HUB_EMBEDDED_DATABASE', ['postgres', 'pglite'] as const, 'postgres'),
    databasePoolSize: int(env, 'HUB_DATABASE_POOL_SIZE', 20, 1, 500),
    jwtSecret: str(env, 'HUB_JWT_SECRET'),
    encryptionKey: str(env, 'HUB_ENCRYPTION_KEY'),
    acquirerTimeoutMs: int(env, 'HUB_ACQUIRER_TIMEOUT_MS', 5000, 100, 60_000),
    acquirerCaFile: str(env, 'HUB_ACQUIRER_CA_FILE'),
    alipayGateways: gatewayList(env, 'HUB_ALIPAY_GATEWAYS', DEFAULT_GATEWAYS.alipay),
    wechatGateways: gatewayList(env, 'HUB_WECHAT_GATEWAYS', DEFAULT_GATEWAYS.wechat),
    payPollIntervalMs: int(env, 'HUB_PAY_POLL_INTERVAL_MS', 2000, 50, 60_000),
    paymentWriteGatherMs: int(env, 'HUB_PAYMENT_WRITE_GATHER_MS', 10, 0, 50),
    payMaxInFlight: int(env, 'HUB_PAY_MAX_IN_FLIGHT', 5000, 1, 1_000_000),
    payRetryAfterMs: int(env, 'HUB_PAY_RETRY_AFTER_MS', 1000, 0, 15_000),
    payTimeoutMs: int(env, 'HUB_PAY_TIMEOUT_MS', 60_000, 500, 600_000),
    qrTimeoutMs: int(env, 'HUB_QR_TIMEOUT_MS', 120_000, 500, 3_600_000),
    payRequestMaxSkewMs: int(env, 'HUB_PAY_MAX_SKEW_MS', 300_000, 1000, 3_600_000),
    acquirerBreakerResetMs: int(env, 'HUB_ACQUIRER_BREAKER_RESET_MS', 10_000, 100, 600_000),
    acquirerBreakerMinCalls: int(env, 'HUB_ACQUIRER_BREAKER_MIN_CALLS', 5, 1, 10_000),
    reconciliationIntervalMs: int(env, 'HUB_RECONCILIATION_INTERVAL_MS', 60_000, 0, 86_400_000),
    reconciliationAlipayAtMinutes: int(env, 'HUB_RECONCILIATION_ALIPAY_AT_MINUTES', 540, -1440, 2880),
    reconciliationWechatAtMinutes: int(env, 'HUB_RECONCILIATION_WECHAT_AT_MINUTES', 600, -1440, 2880),
    reconciliationRetryMs: int(env, 'HUB_RECONCILIATION_RETRY_MS', 1_800_000, 100, 86_400_000),
    reconciliationMaxAttempts: int(env, 'HUB_RECONCILIATION_MAX_ATTEMPTS', 48, 1, 1000),
    reconciliationLookbackDays: int(env, 'HUB_RECONCILIATION_LOOKBACK_DAYS', 7, 0, 62),
    webhookIntervalMs: int(env, 'HUB_WEBHOOK_INTERVAL_MS', 1000, 50, 60_000),
    webhookTimeoutMs: int(env, 'HUB_WEBHOOK_TIMEOUT_MS', 5000, 100, 60_000),
    webhookMaxAttempts: int(env, 'HUB_WEBHOOK_MAX_ATTEMPTS', 10, 1, 100),
    webhookBackoffBaseMs: int(env, 'HUB_WEBHOOK_BACKOFF_BASE_MS', 5000, 10, 3_600_000),
    webhookAllowHttp: bool(env, 'HUB_WEBHOOK_ALLOW_HTTP', false),
    conformanceMode: bool(env, 'HUB_CONFORMANCE', false),
    outboundAllowPrivate: allowList(env, 'HUB_OUTBOUND_ALLOW_PRIVATE'),
    jwtTtlSeconds: int(env, 'HUB_JWT_TTL_SECONDS', 12 * 3600, 60),
    adminEmail: str(env, 'HUB_ADMIN_EMAIL'),
    adminPassword: str(env, 'HUB_ADMIN_PASSWORD'),
    logLevel: str(env, 'HUB_LOG_LEVEL', 'info'),
    mqttMaxPacketBytes: int(env, 'HUB_MQTT_MAX_PACKET_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024),
    mqttUplinkRatePerSecond: int(env, 'HUB_MQTT_UPLINK_RATE', 20, 1),
    mqttUplinkBurst: int(env, 'HUB_MQTT_UPLINK_BURST', 40, 1),
    mqttMaxKeepaliveSeconds: int(env, 'HUB_MQTT_MAX_KEEPALIVE_S', 1200, 0, 65535),
    mqttMaxConnecting: int(env, 'HUB_MQTT_MAX_CONNECTING', 200, 1, 100_000),
    mqttMaxConnectRate: int(env, 'HUB_MQTT_MAX_CONNECT_RATE', 0, 0, 1_000_000),
    mqttMaxConnections: int(env, 'HUB_MQTT_MAX_CONNECTIONS', 19_000, 1, 10_000_000),
    mqttStopReconnectDelayMs: int(env, 'HUB_MQTT_STOP_RECONNECT_DELAY_S', 3, 0, 600) * 1000,
    mqttStopReconnectSpreadMs: int(env, 'HUB_MQTT_STOP_RECONNECT_SPREAD_S', 30, 0, 600) * 1000,
    heartbeatIntervalSeconds: int(env, 'HUB_HEARTBEAT_INTERVAL_S', 30, 1, 86_400),
    liveStateFlushMs: int(env, 'HUB_LIVE_FLUSH_MS', 1000, 10, 60_000),
    deviceAuthCacheTtlMs: int(env, 'HUB_DEVICE_AUTH_CACHE_TTL_MS', 300_000, 0),
    corsOrigin: str(env, 'HUB_CORS_ORIGIN', '*'),
    publicMqttUrl: str(env, 'HUB_PUBLIC_MQTT_URL'),
    publicHttpUrl: str(env, 'HUB_PUBLIC_HTTP_URL'),
    trustProxy: proxyList(env, 'HUB_TRUST_PROXY'),
    commandExpirySweepMs: int(env, 'HUB_COMMAND_EXPIRY_SWEEP_MS', 10_000, 50, 600_000),
    heartbeatRetentionDays: int(env, 'HUB_HEARTBEAT_RETENTION_DAYS', 30, 1, 3650),
    uploadMaxBytes: int(env, 'HUB_UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    redisUrl: str(env, 'HUB_REDIS_URL'),
    workers: int(env, 'HUB_WORKERS', 1, 1, 64),
    alertEvaluateMs: int(env, 'HUB_ALERT_EVALUATE_MS', 30_000, 50, 3_600_000),
    otaMaxPackageBytes: int(env, 'HUB_OTA_MAX_PACKAGE_BYTES', 1024 * 1024 * 1024, 1024, 16 * 1024 * 1024 * 1024),
    otaTickMs: int(env, 'HUB_OTA_TICK_MS', 5000, 20, 600_000),
    otaMaxConcurrentDownloads: int(env, 'HUB_OTA_MAX_CONCURRENT_DOWNLOADS', 256, 1, 100_000),
    otaLinkTtlSeconds: int(env, 'HUB_OTA_LINK_TTL_S', 3600, 10, 7 * 86_400),
    adApiRateLimitPerMinute: int(env, 'HUB_AD_API_RATE_LIMIT', 600, 1, 1_000_000),
    adMaxCreativeBytes: int(env, 'HUB_AD_MAX_CREATIVE_BYTES', 50 * 1024 * 1024, 1024, 2 * 1024 * 1024 * 1024),
    adCompileMs: int(env, 'HUB_AD_COMPILE_MS', 2000, 20, 86_400_000),
    adHoldTtlSeconds: int(env, 'HUB_AD_HOLD_TTL_S', 900, 1, 30 * 86_400),
    adProofFlushMs: int(env, 'HUB_AD_PROOF_FLUSH_MS', 200, 5, 60_000),
    adStatementCloseMs: int(env, 'HUB_AD_STATEMENT_CLOSE_MS', 60_000, 20, 86_400_000),
    adStatementGraceMinutes: int(env, 'HUB_AD_STATEMENT_GRACE_MINUTES', 60, 0, 7 * 1440),
    insightsFoldMs: int(env, 'HUB_INSIGHTS_FOLD_MS', 2_000, 20, 3_600_000),
    insightsCloseMs: int(env, 'HUB_INSIGHTS_CLOSE_MS', 60_000, 20, 86_400_000),
    insightsGraceMinutes: int(env, 'HUB_INSIGHTS_GRACE_MINUTES', 30, 0, 7 * 1440),
    discountSettleMs: int(env, 'HUB_DISCOUNT_SETTLE_MS', 1_000, 20, 3_600_000),
    discountStatementCloseMs: int(env, 'HUB_DISCOUNT_STATEMENT_CLOSE_MS', 60_000, 20, 86_400_000),
    discountStatementGraceMinutes: int(env, 'HUB_DISCOUNT_STATEMENT_GRACE_MINUTES', 60, 0, 7 * 1440),
  };
  if (!LOG_LEVELS.includes(config.logLevel)) throw new ConfigError(`HUB_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  if (!!config.mqttTlsCertFile !== !!config.mqttTlsKeyFile) {
    throw new ConfigError('HUB_MQTT_TLS_CERT and HUB_MQTT_TLS_KEY must be set together');
  }
  if (config.jwtSecret !== undefined && config.jwtSecret.length < 32) {
    throw new ConfigError('HUB_JWT_SECRET must be at least 32 characters');
  }
  if (config.encryptionKey !== undefined && Buffer.from(config.encryptionKey, 'base64').length !== 32) {
    throw new ConfigError('HUB_ENCRYPTION_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  }
  if (config.conformanceMode && (config.workers > 1 || config.redisUrl)) {
    throw new ConfigError('HUB_CONFORMANCE runs one hub process (its journal of each screen is in memory): unset HUB_REDIS_URL and --workers');
  }
  if (config.workers > 1 && !config.redisUrl) {
    throw new ConfigError(
      `${config.workers} hub processes need Redis to route MQTT between them: set HUB_REDIS_URL (redis://host:6379), or run one process`,
    );
  }
  if (config.workers > 1 && !config.databaseUrl && config.embeddedDatabase === 'pglite') {
    throw new ConfigError(`${config.workers} hub processes need one shared PostgreSQL server: set DATABASE_URL, or use the embedded server (HUB_EMBEDDED_DATABASE=postgres)`);
  }
  if (config.redisUrl !== undefined && !/^rediss?:\/\//.test(config.redisUrl)) {
    throw new ConfigError('HUB_REDIS_URL must be a redis:// URL');
  }
  if (config.databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  if ((config.adminEmail === undefined) !== (config.adminPassword === undefined)) {
    throw new ConfigError('HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD must be set together');
  }
  if (config.adminPassword !== undefined && config.adminPassword.length < 12) {
    throw new ConfigError('HUB_ADMIN_PASSWORD must be at least 12 characters');
  }
  return config;
}
