// The fuzzer: hostile MQTT packets, uplinks and HTTP queries made by
// fast-check from the protocol's schema and the hub's OpenAPI document, the
// runner that delivers them, and the scene whose oracles say the hub held.
// Used by the fuzz tests (server/test/fuzz/) and by `npm run bench:fuzz`.
export { casesPerSeed, describeSeeds, FIXED_FUZZ_SEED, fuzzSeeds, type FuzzSeed } from './fuzz-seeds.js';
export { formatRun, OracleFailure, runFuzz, type FuzzGenerator, type FuzzRun, type FuzzRunOptions } from './fuzz-runner.js';
export { FuzzScene, type FuzzSceneOptions, type PathIds } from './fuzz-scene.js';
export { OperatorApi } from './operator-api.js';
export { mqttAfterAuthGenerator, mqttBeforeAuthGenerator, type MqttGeneratorOptions } from './mqtt-generators.js';
export { uplinkGenerator, signPayments } from './uplink-generator.js';
export { uplinkEdgeTable, uplinkCase, fieldEdges, type UplinkCase } from './uplink-arbitraries.js';
export { listQueryGenerator } from './list-query-generator.js';
export { listEndpoints, type ListEndpoint, type OpenApiDocument } from './list-endpoints.js';
export { ScreenConnection, type ScreenCredentials } from './screen-connection.js';
