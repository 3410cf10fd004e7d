// Fuzz: every field of every Uplink body, found through the protocol's schema,
// published by provisioned screens over MQTT: first each field alone at each
// edge of its type (the same table every run), then random envelopes (edges
// and random values together, unknown bodies and fields, random and mutated
// bytes; some payments re-signed so they reach the payment path). Meanwhile
// and afterwards: the hub's answers to these screens are its own and signed,
// the victim sees nothing, live state is still written, a screen still pays.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { casesPerSeed, describeSeeds, fuzzSeeds, runFuzz, uplinkEdgeTable, uplinkGenerator } from '@screenhub/simulator/fuzz';
import { metricValue } from '@screenhub/simulator';
import { expectHeld, startFuzzHub, type FuzzHub } from '../support/fuzz-hub.js';

const FILE = 'server/test/fuzz/uplink-fields.test.ts';
const seeds = fuzzSeeds();
console.log(describeSeeds('uplink-fields', seeds, `npx vitest run ${FILE}`));

let fuzz: FuzzHub;
let generator: ReturnType<typeof uplinkGenerator>;
beforeAll(async () => {
  fuzz = await startFuzzHub({ hostileScreens: 4 });
  generator = uplinkGenerator({ mqttUrl: fuzz.t.hub.mqttUrl, screens: fuzz.scene.hostiles });
});
afterAll(async () => {
  for (const connection of generator?.connections ?? []) connection.close();
  await fuzz?.stop();
});

it('every field of every body at every edge of its type', async () => {
  const outcomes = await generator.sendEdgeTable();
  const sent = Object.values(outcomes).reduce((a, b) => a + b, 0);
  console.log(`[fuzz] uplink-fields edge table: ${sent} cases; ${JSON.stringify(outcomes)}`);
  expect(sent).toBe(uplinkEdgeTable().length);
  // Each was a whole PUBLISH the broker acknowledged; none closed a connection except the one too large to take.
  expect(outcomes.handled).toBeGreaterThan(sent * 0.95);
  const metrics = (await fuzz.t.api.get('/metrics')).body as string;
  expect(metricValue(metrics, 'hub_uplink_fields_dropped_total', '{kind="heartbeat",field="heartbeat.freeStorageBytes",reason="not_an_exact_integer"}')).toBeGreaterThan(0);
  expect(metricValue(metrics, 'hub_mqtt_uplinks_dropped_total', '{reason="undecodable"}')).toBeGreaterThan(0);
  expect(await fuzz.scene.checkHub()).toEqual([]);
}, 120_000);

it.each(seeds)('random uplinks ($label seed $seed)', async ({ seed }) => {
  expectHeld(await runFuzz(generator, { seed, cases: casesPerSeed(1000) }), FILE);
  expect(await fuzz.scene.checkHub()).toEqual([]);
}, 120_000);
