// The embedded MQTT broker for screens. See README.md.
export { DeviceBroker, type DeviceBrokerOptions, type ListenAddress } from './device-broker.js';
export { BrokerMetrics } from './broker-metrics.js';
export * from './types.js';
