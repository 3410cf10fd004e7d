// The benchmarks' measuring kit (`@screenhub/simulator/bench`): CPU and
// run-queue wait per process from /proc, HDR histograms and the results file,
// the rate ramp and the payment load, the ledger check, the hub's event loop and
// counters, and the throwaway services. Benchmarks that also seed the hub's own
// database live with the hub (server/bench) and take their kit from here.
export * from './bench-process-groups.js';
export * from './bench-services.js';
export * from './database-writes.js';
export * from './hub-counters.js';
export * from './hub-event-loop.js';
export * from './in-batches.js';
export * from './payment-ledger-check.js';
export * from './payment-load.js';
export * from './payments-table.js';
export * from './pin-cores.js';
export * from './process-cpu.js';
export * from './rate-ramp.js';
export * from './report.js';
export * from './steady-cpu.js';
