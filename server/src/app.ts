// Builds the hub: one fastify app with the MQTT broker inside. Plugins load in
// three tiers, as in fastify's demo: external (errors, CORS, rate limit, docs,
// metrics, websocket), hub services (database, auth, MQTT), then the domains,
// each declaring its own name and dependencies. Starting and stopping: hub.ts.
import fastify, { type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import websocket from '@fastify/websocket';
import { Registry } from 'prom-client';
import type { HubConfig } from './config.js';
import type { Database } from './db/database.js';
import adBookingDomain from './ad-booking/index.js';
import adRevenueDomain from './ad-revenue/index.js';
import insightsDomain from './insights/index.js';
import discountsDomain from './discounts/index.js';
import adSchedulesDomain from './ad-schedules/index.js';
import advertiserAuth from './advertisers/advertiser-auth.js';
import advertisersDomain from './advertisers/index.js';
import alertsDomain from './alerts/index.js';
import creativesDomain from './creatives/index.js';
import commandsDomain from './commands/index.js';
import conformanceDomain from './conformance/index.js';
import consoleAssets from './console-assets/index.js';
import deviceConfigDomain from './device-config/index.js';
import devicesDomain from './devices/index.js';
import groupsDomain from './groups/index.js';
import mqttPlugin from './mqtt/index.js';
import merchantsDomain from './merchants/index.js';
import operatorsDomain from './operators/index.js';
import otaDomain from './ota/index.js';
import paymentsDomain from './payments/index.js';
import proofOfPlayDomain from './proof-of-play/index.js';
import provisioningDomain from './provisioning/index.js';
import reconciliationDomain from './reconciliation/index.js';
import authPlugin from './platform/auth-plugin.js';
import databasePlugin from './platform/database-plugin.js';
import docsPlugin from './platform/docs-plugin.js';
import responseAudit, { type ResponseViolation } from './platform/response-audit.js';
import { eventStreamRoutes } from './platform/event-stream-routes.js';
import { healthRoutes } from './platform/health-routes.js';
import { HubEvents } from './platform/hub-events.js';
import { RedisEventRelay } from './platform/redis-event-relay.js';
import { InstanceLease } from './platform/instance-lease.js';
import { resolveJwtSecret } from './platform/jwt-secret.js';
import { SecretBox } from './platform/secret-box.js';
import metricsPlugin from './platform/metrics-plugin.js';
import type { HostResolver } from './platform/outbound-http.js';
import outboundPlugin from './platform/outbound-plugin.js';
import problemDetails, { clientErrors, frameworkErrors } from './platform/problem-details.js';
import readiness from './platform/readiness.js';
import nulGuard from './platform/nul-guard.js';
import finiteNumberGuard from './platform/finite-number-guard.js';
import { calendarFormats } from './platform/calendar-formats.js';
import tenantsDomain from './tenants/index.js';
import webhooksDomain from './webhooks/index.js';


/** JSON bodies: large enough for the bulk endpoints; uploads stream and do not go through this. */
const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
/** Past two seconds of event-loop delay the hub answers 503 with Retry-After instead of queueing more (a storm's HTTP). */
const MAX_EVENT_LOOP_DELAY_MS = 2000;
const PRESSURE_RETRY_AFTER_S = 5;
/** MQTT over WebSocket: a frame holds one MQTT packet and its WebSocket framing. */
const WEBSOCKET_FRAMING_BYTES = 1024;
/** A failing webhook is retried at most hourly (backoff's ceiling), until its attempts are spent. */
const WEBHOOK_BACKOFF_MAX_MS = 3_600_000;
// Never log these, wherever they appear in a logged object.
const redact = ['req.headers.authorization', 'password', '*.password', 'secret', '*.secret', 'token', '*.token', 'adminPassword', 'credentials', '*.credentials'];

export async function buildApp(
  config: HubConfig,
  db: Database,
  options: { resolveOutboundHost?: HostResolver; auditResponses?: (violation: ResponseViolation) => void } = {},
): Promise<FastifyInstance> {
  const app = fastify({
    logger: { level: config.logLevel, redact },
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    // Only the operator's own proxies (HUB_TRUST_PROXY) may say who the client is: otherwise any client could pick
    // the address that per-address limits (login) count it under.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    // onCreate runs after fastify added ajv-formats: the hub's own `date` and `date-time` replace its.
    ajv: { customOptions: { removeAdditional: true, coerceTypes: 'array' }, onCreate: calendarFormats },
    frameworkErrors,
    clientErrorHandler: clientErrors,
  });

  // Tier 1: external plugins and cross-cutting behaviour.
  await app.register(problemDetails);
  await app.register(readiness);
  await app.register(nulGuard);
  await app.register(finiteNumberGuard);
  await app.register(cors, { origin: config.corsOrigin === '*' ? true : config.corsOrigin.split(','), exposedHeaders: ['Content-Range'] });
  await app.register(rateLimit, { global: false });
  await app.register(underPressure, { maxEventLoopDelay: MAX_EVENT_LOOP_DELAY_MS, retryAfter: PRESSURE_RETRY_AFTER_S });
  await app.register(docsPlugin);
  if (options.auditResponses) await app.register(responseAudit, { report: options.auditResponses });
  await app.register(metricsPlugin, { registry: new Registry() });
  await app.register(websocket, { options: { maxPayload: config.mqttMaxPacketBytes + WEBSOCKET_FRAMING_BYTES } });

  // Tier 2: hub services shared by the domains.
  await app.register(databasePlugin, { db });
  await app.register(authPlugin, { secret: await resolveJwtSecret(config.jwtSecret, config.dataDir), ttlSeconds: config.jwtTtlSeconds });
  app.decorate('secretBox', await SecretBox.load(config.encryptionKey, config.dataDir));
  app.decorate('hubEvents', new HubEvents());
  if (config.redisUrl) {
    const relay = await RedisEventRelay.start(
      config.redisUrl,
      app.log.child({ component: 'event-relay' }),
      (event) => app.hubEvents.deliver(event),
      () => app.hubEvents.listened,
    );
    app.hubEvents.relayTo(relay);
    app.addHook('onClose', async () => relay.close());
  }
  // Before the domains: they stamp what they own with this process's lease id.
  const lease = new InstanceLease(db, app.log.child({ component: 'instance' }));
  await lease.start({ sole: !config.redisUrl });
  app.decorate('instance', lease);
  app.addHook('onClose', async () => lease.stop());
  await app.register(mqttPlugin, { config });
  await app.register(outboundPlugin, { config, resolve: options.resolveOutboundHost });

  // Tier 3: domains.
  await app.register(healthRoutes);
  await app.register(consoleAssets);
  await app.register(eventStreamRoutes);
  await app.register(operatorsDomain, { jwtTtlSeconds: config.jwtTtlSeconds });
  await app.register(tenantsDomain);
  await app.register(devicesDomain, { config });
  await app.register(commandsDomain, {
    expirySweepMs: config.commandExpirySweepMs,
    uploadMaxBytes: config.uploadMaxBytes,
    publicHttpUrl: config.publicHttpUrl,
  });
  await app.register(deviceConfigDomain);
  await app.register(groupsDomain);
  await app.register(provisioningDomain, { publicMqttUrl: config.publicMqttUrl, heartbeatIntervalSeconds: config.heartbeatIntervalSeconds });
  await app.register(merchantsDomain, { gateways: { alipay: config.alipayGateways, wechat: config.wechatGateways } });
  await app.register(webhooksDomain, {
    policy: {
      intervalMs: config.webhookIntervalMs,
      timeoutMs: config.webhookTimeoutMs,
      maxAttempts: config.webhookMaxAttempts,
      backoffBaseMs: config.webhookBackoffBaseMs,
      backoffMaxMs: WEBHOOK_BACKOFF_MAX_MS,
    },
  });
  await app.register(discountsDomain, { config });
  await app.register(paymentsDomain, { config });
  await app.register(alertsDomain, { evaluateMs: config.alertEvaluateMs });
  await app.register(insightsDomain, { config });
  await app.register(reconciliationDomain, { config });
  await app.register(otaDomain, { config });
  // Ads: advertisers (API keys), creatives under review, bookings, each screen's schedule, proofs of play, revenue.
  await app.register(advertiserAuth, { rateLimitPerMinute: config.adApiRateLimitPerMinute });
  await app.register(adSchedulesDomain, { config });
  await app.register(advertisersDomain);
  await app.register(creativesDomain, { config });
  await app.register(adBookingDomain, { config });
  await app.register(proofOfPlayDomain, { config });
  if (config.conformanceMode) await app.register(conformanceDomain);
  await app.register(adRevenueDomain, { config });
  return app;
}
