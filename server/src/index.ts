// The hub server as a library: tests and tools start it with the same factory as `npm start`.
export { startHub, buildApp, type Hub, type HubOptions } from './app.js';
export { loadConfig, ConfigError, type HubConfig } from './config.js';
