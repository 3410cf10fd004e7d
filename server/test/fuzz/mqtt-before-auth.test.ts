// Fuzz: what a stranger's socket can carry before the broker let it in, random
// bytes and mutated CONNECTs (the hostile screen's own credentials, the
// victim's id with a wrong secret, its own secret under another id). Each case
// is judged as it ends (mqtt-generators.ts); after each seed the whole hub is.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { casesPerSeed, describeSeeds, fuzzSeeds, mqttBeforeAuthGenerator, runFuzz } from '@screenhub/simulator/fuzz';
import { expectHeld, startFuzzHub, type FuzzHub } from '../support/fuzz-hub.js';

const FILE = 'server/test/fuzz/mqtt-before-auth.test.ts';
const seeds = fuzzSeeds();
console.log(describeSeeds('mqtt-before-auth', seeds, `npx vitest run ${FILE}`));

let fuzz: FuzzHub;
beforeAll(async () => {
  fuzz = await startFuzzHub({ hostileScreens: 1 });
});
afterAll(async () => fuzz?.stop());

it.each(seeds)('random bytes and mutated CONNECTs before authentication ($label seed $seed)', async ({ seed }) => {
  const { scene } = fuzz;
  const generator = mqttBeforeAuthGenerator({ mqttUrl: fuzz.t.hub.mqttUrl, screens: scene.hostiles, victimId: scene.victimId });
  expectHeld(await runFuzz(generator, { seed, cases: casesPerSeed(1000) }), FILE);
  expect(await scene.checkHub()).toEqual([]);
}, 120_000);
