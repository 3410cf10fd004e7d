// The device wire format: protobuf envelopes and the MQTT topic layout.
import './int64-as-number.js';
export * from './topics.js';
export * from './envelopes.js';
export * from './payment-signature.js';
export * from './downlink-signature.js';
export * from './fen.js';
export { hub } from './generated/hub.js';
export * from './trading-hours.js';
export * from './release-manifest.js';
export * from './ad-player.js';
export * from './local-time.js';
