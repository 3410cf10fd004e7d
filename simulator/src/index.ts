// Virtual screens (and, later, the local acquirer gateway) that drive the hub
// through MQTT and HTTP only.
export { ScreenClient, type ScreenClientOptions, type ScreenClientEvents } from './screen-client.js';
export type { ScreenFaults } from './screen-faults.js';
export { DownlinkVerifier, type DownlinkRefusal } from './downlink-verifier.js';
export { ConnectRefusedError } from './connack-error.js';
export { signedPayRequest, type PaymentAttempt } from './screen-payments.js';
export { fullJitterDelay, defaultBackoff, type BackoffOptions } from './backoff.js';
export * from './acquirer-gateway/index.js';
export { startHubProcess, localHubEnv, metricValue, BENCH_ADMIN, type HubProcess, type HubProcessOptions } from './hub-process.js';
export { createServerDatabase, freePort, portOpen, startRedisServer, waitUntil, type ServerDatabase } from './local-services.js';
export { ScreenFleet } from './fleet/screen-fleet.js';
export { processStats } from './process-stats.js';
export { ScreenUpdater, type ScreenOtaOptions, type UpdateFailure, type UpdateRecord } from './ota/screen-updater.js';
export { downloadPackage, newDownloadState, type DownloadAttempt } from './ota/package-download.js';
export { ScreenAds, type ScreenAdsOptions, type AdScreen } from './ads/screen-ads.js';
export { HubApi } from './hub-api.js';
export { CONFORMANCE_CHECKS } from './conformance/conformance-checks.js';
export type { ConformanceCheck, ConformanceContext, CheckOutcome, Sale, OtaMaterial, OtaPackage } from './conformance/conformance-context.js';
export { runConformance, formatConformance, type CheckReport } from './conformance/conformance-run.js';
