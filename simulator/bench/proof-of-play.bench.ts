// Proof-of-play ingest benchmark: --screens screens provisioned through the API
// connect over MQTT and each sends --batches PlayProofBatch uplinks of
// --records plays (QoS 1, one batch in flight per screen, as a screen does),
// all screens at once. Measured end to end: from the first publish until the
// hub's hub_ad_play_records_total{result="stored"} (counted only once the
// plays are committed to ad_plays) reaches every record sent. Also the
// publish-to-PUBACK time of each batch, and the hub's flush times. Each
// screen's first batch is then sent again: every record must count as a duplicate.
// Plays are house plays (no booking): the booking join is a primary-key lookup.
//
//   npm run bench:proof-of-play -- --screens 200 --batches 50 --records 100
//   BENCH_DATABASE_URL=postgres://... npm run bench:proof-of-play    (a fresh database on that server)
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ScreenClient } from '../src/index.js';
import { BENCH_ADMIN, metricValue, startHubProcess, type HubProcess } from '../src/hub-process.js';
import { freshServerDatabase } from './support/bench-services.js';
import { inBatches } from './support/in-batches.js';
import { newHistogram, percentilesMs, saveResults } from './support/report.js';

const { values: args } = parseArgs({
  options: {
    screens: { type: 'string', default: '200' },
    batches: { type: 'string', default: '50' },
    records: { type: 'string', default: '100' },
    'flush-ms': { type: 'string', default: '200' },
    'source-addresses': { type: 'string', default: '16' },
  },
});
const screens = Number(args.screens);
const batches = Number(args.batches);
const recordsPerBatch = Number(args.records);
const total = screens * batches * recordsPerBatch;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stored = async (hub: HubProcess) => {
  const { metrics } = await hub.sample();
  return {
    stored: metricValue(metrics, 'hub_ad_play_records_total', '{result="stored"}'),
    duplicate: metricValue(metrics, 'hub_ad_play_records_total', '{result="duplicate"}'),
    rejected: metricValue(metrics, 'hub_ad_play_records_total', '{result="rejected"}'),
    flushes: metricValue(metrics, 'hub_ad_proof_flush_seconds_count'),
    flushSeconds: metricValue(metrics, 'hub_ad_proof_flush_seconds_sum'),
    cpuSeconds: metricValue(metrics, 'process_cpu_seconds_total'),
  };
};

async function main() {
  const server = await freshServerDatabase();
  console.log(
    `proof-of-play benchmark on ${server ? 'PostgreSQL' : `the embedded default (${process.env.HUB_EMBEDDED_DATABASE ?? 'postgres'})`}: ${screens} screens × ${batches} batches × ${recordsPerBatch} plays = ${total} records; flush every ${args['flush-ms']} ms`,
  );
  const hub = await startHubProcess({
    env: {
      ...(server ? { DATABASE_URL: server.url } : {}),
      // Pacing comes from PUBACKs; the per-device uplink limit must not be what is measured.
      HUB_MQTT_UPLINK_RATE: '100000',
      HUB_MQTT_UPLINK_BURST: '100000',
      HUB_HEARTBEAT_INTERVAL_S: '86400',
      HUB_AD_PROOF_FLUSH_MS: String(args['flush-ms']),
      HUB_LOG_LEVEL: 'warn',
    },
  });
  const clients: ScreenClient[] = [];
  try {
    const login = await fetch(`${hub.httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
    const { token } = (await login.json()) as { token: string };
    const devices = await inBatches(screens, 32, async () => {
      const response = await fetch(`${hub.httpUrl}/api/devices`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
      if (response.status !== 201) throw new Error(`provision failed: ${response.status}`);
      return (await response.json()) as { id: string; secret: string; paymentKey: string };
    });
    clients.push(
      ...(await inBatches(screens, 100, async (i) => {
        const client = new ScreenClient({
          url: hub.mqttUrl,
          deviceId: devices[i]!.id,
          secret: devices[i]!.secret,
          paymentKey: devices[i]!.paymentKey,
          heartbeat: false,
          reconnect: false,
          keepaliveSeconds: 300,
          localAddress: `127.0.0.${1 + (i % Number(args['source-addresses']))}`,
        });
        await client.connect();
        return client;
      })),
    );
    // Each screen's plays: a few creatives, one an hour ago per minute of batches, one in ten cut short.
    const creatives = Array.from({ length: 8 }, () => randomUUID());
    const now = Date.now();
    const batchOf = (screen: number, batch: number) => ({
      batchId: `b-${batch}`,
      records: Array.from({ length: recordsPerBatch }, (_, r) => ({
        creativeId: creatives[(screen + r) % creatives.length]!,
        bookingId: '',
        startedAtMs: now - 3_600_000 + batch * 60_000 + r * 10,
        durationMs: 10_000,
        completed: r % 10 !== 0,
        trigger: 1,
      })),
    });
    const ackLatency = newHistogram();
    const before = await stored(hub);
    const start = performance.now();
    let published = 0;
    await Promise.all(
      clients.map(async (client, s) => {
        for (let b = 0; b < batches; b++) {
          const sent = performance.now();
          await client.publish({ playProofs: batchOf(s, b) });
          ackLatency.recordValue(Math.max(1, Math.round((performance.now() - sent) * 1000)));
          published += recordsPerBatch;
        }
      }),
    );
    const publishSeconds = (performance.now() - start) / 1000;
    let after = await stored(hub);
    while (after.stored - before.stored < total) {
      await sleep(50);
      after = await stored(hub);
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(`  ${published} records published in ${round(publishSeconds, 2)} s; all stored after ${round(seconds, 2)} s`);

    // Redelivery: each screen's first batch again.
    await Promise.all(clients.map((client, s) => client.publish({ playProofs: batchOf(s, 0) })));
    let redelivered = await stored(hub);
    while (redelivered.duplicate - after.duplicate < screens * recordsPerBatch) {
      await sleep(50);
      redelivered = await stored(hub);
    }

    const results = {
      machine: { cores: (await import('node:os')).cpus().length, node: process.version },
      database: server ? 'postgresql' : `embedded-${process.env.HUB_EMBEDDED_DATABASE ?? 'postgres'}`,
      screens,
      batchesPerScreen: batches,
      recordsPerBatch,
      records: total,
      publishSeconds: round(publishSeconds, 2),
      endToEndSeconds: round(seconds, 2),
      recordsPerSecond: Math.round(total / seconds),
      batchAckLatencyMs: percentilesMs(ackLatency),
      flushes: after.flushes - before.flushes,
      meanFlushMs: round(((after.flushSeconds - before.flushSeconds) / Math.max(1, after.flushes - before.flushes)) * 1000),
      meanRecordsPerFlush: Math.round(total / Math.max(1, after.flushes - before.flushes)),
      hubCpuSeconds: round(after.cpuSeconds - before.cpuSeconds),
      rejected: after.rejected - before.rejected,
      redeliveredRecordsCountedDuplicate: redelivered.duplicate - after.duplicate,
      storedAfterRedelivery: redelivered.stored - before.stored,
    };
    console.log(JSON.stringify(results, null, 2));
    console.log(`saved ${await saveResults('proof-of-play', results)}`);
  } finally {
    for (const client of clients) client.kill();
    await hub.stop();
    await server?.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
