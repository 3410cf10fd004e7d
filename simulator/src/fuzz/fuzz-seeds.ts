// Which seeds a fuzz run uses: a fixed one, so every run covers the same
// ground, and a new random one, so the runs together cover more; printed, so a
// failure seen once can be run again. FUZZ_SEED=<n> replays that seed alone.

/** The fixed seed every run starts with. */
export const FIXED_FUZZ_SEED = 20_261_216;

export interface FuzzSeed {
  label: 'fixed' | 'random' | 'replay';
  seed: number;
}

/** Reads FUZZ_SEED (an integer) from `env`: that seed alone, else the fixed seed and a new random one. */
export function fuzzSeeds(env: NodeJS.ProcessEnv = process.env): FuzzSeed[] {
  const replay = env.FUZZ_SEED;
  if (replay !== undefined && replay !== '') {
    const seed = Number(replay);
    if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${JSON.stringify(replay)}`);
    return [{ label: 'replay', seed: seed | 0 }];
  }
  // fast-check takes a 32-bit seed.
  return [
    { label: 'fixed', seed: FIXED_FUZZ_SEED },
    { label: 'random', seed: (Math.random() * 2 ** 31) | 0 },
  ];
}

/** One line saying which seeds run and how to replay one. */
export function describeSeeds(suite: string, seeds: FuzzSeed[], replayCommand: string): string {
  const list = seeds.map((s) => `${s.label} ${s.seed}`).join(', ');
  return `[fuzz] ${suite}: seeds ${list}; replay one with FUZZ_SEED=<seed> ${replayCommand}`;
}

/** Cases per seed: `fallback`, or FUZZ_CASES when set (to run longer or shorter). */
export function casesPerSeed(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FUZZ_CASES;
  if (raw === undefined || raw === '') return fallback;
  const cases = Number(raw);
  if (!Number.isSafeInteger(cases) || cases < 1) throw new Error(`FUZZ_CASES must be a positive integer, got ${JSON.stringify(raw)}`);
  return cases;
}
