// The hub server as a library: tests and tools start it with the same factory as `npm start`.
export { buildApp } from './app.js';
export { startHub, type Hub, type HubOptions } from './hub.js';
export type { ResponseViolation } from './platform/response-audit.js';
export { loadConfig, ConfigError, type HubConfig } from './config.js';
