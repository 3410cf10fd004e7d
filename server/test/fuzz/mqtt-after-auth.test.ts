// Fuzz: what provisioned screens can send once they are in: PUBLISH,
// SUBSCRIBE, UNSUBSCRIBE, acknowledgements, a second CONNECT, server-only
// packets, valid or mutated, aimed at their own topics, the victim's,
// wildcards and $SYS. Meanwhile the victim says Hello over and over, so its
// down topic carries the hub's Welcomes: any of them reaching a hostile
// screen fails the case it arrives in (downlink-oracle.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { casesPerSeed, describeSeeds, fuzzSeeds, mqttAfterAuthGenerator, runFuzz } from '@screenhub/simulator/fuzz';
import { expectHeld, startFuzzHub, type FuzzHub } from '../support/fuzz-hub.js';

const FILE = 'server/test/fuzz/mqtt-after-auth.test.ts';
const seeds = fuzzSeeds();
console.log(describeSeeds('mqtt-after-auth', seeds, `npx vitest run ${FILE}`));

let fuzz: FuzzHub;
let generator: ReturnType<typeof mqttAfterAuthGenerator>;
beforeAll(async () => {
  fuzz = await startFuzzHub({ hostileScreens: 4 });
  generator = mqttAfterAuthGenerator({ mqttUrl: fuzz.t.hub.mqttUrl, screens: fuzz.scene.hostiles, victimId: fuzz.scene.victimId });
});
afterAll(async () => {
  for (const connection of generator?.connections ?? []) connection.close();
  await fuzz?.stop();
});

it.each(seeds)('hostile packets from connected screens ($label seed $seed)', async ({ seed }) => {
  const { scene } = fuzz;
  scene.keepVictimBusy();
  try {
    expectHeld(await runFuzz(generator, { seed, cases: casesPerSeed(1000) }), FILE);
  } finally {
    scene.stopVictimTraffic();
  }
  expect(await scene.checkHub()).toEqual([]);
}, 120_000);
