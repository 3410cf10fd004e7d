// Fuzz: every GET with query parameters in the hub's OpenAPI document, as a
// tenant's admin over real HTTP, with hostile values for each parameter
// (sort, range and filter JSON with injections, huge numbers, NUL, deep and
// broken JSON; the other parameters by their schema), unknown and repeated
// parameters and broken %-escapes. No answer may be a 5xx, every 4xx must be
// application/problem+json, and afterwards the hub must still work.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { casesPerSeed, describeSeeds, fuzzSeeds, listQueryGenerator, runFuzz, type OpenApiDocument } from '@screenhub/simulator/fuzz';
import { expectHeld, startFuzzHub, type FuzzHub } from '../support/fuzz-hub.js';

const FILE = 'server/test/fuzz/list-queries.test.ts';
const seeds = fuzzSeeds();
console.log(describeSeeds('list-queries', seeds, `npx vitest run ${FILE}`));

let fuzz: FuzzHub;
let generator: ReturnType<typeof listQueryGenerator>;
beforeAll(async () => {
  fuzz = await startFuzzHub({ hostileScreens: 0 });
  const openApi = (await fuzz.t.api.get('/docs/json')).body as OpenApiDocument;
  generator = listQueryGenerator({ httpUrl: fuzz.t.hub.httpUrl, token: fuzz.scene.admin.token, openApi, pathIds: fuzz.scene.pathIds });
});
afterAll(async () => fuzz?.stop());

it('aims at every list endpoint in the OpenAPI document', () => {
  console.log(`[fuzz] list-queries: ${generator.endpoints.length} endpoints with query parameters`);
  expect(generator.endpoints.length).toBeGreaterThanOrEqual(25);
  expect(generator.endpoints).toEqual(expect.arrayContaining(['/api/devices', '/api/transactions', '/api/devices/{id}/heartbeats', '/api/ad-reports']));
});

it.each(seeds)('hostile query strings ($label seed $seed)', async ({ seed }) => {
  expectHeld(await runFuzz(generator, { seed, cases: casesPerSeed(1000) }), FILE);
  expect(await fuzz.scene.checkHub()).toEqual([]);
}, 120_000);
