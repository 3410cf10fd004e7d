// The batching behind every Hello and CONNECT lookup: keys of one turn share a
// query, and keys that arrive while a query is out wait for it and go together.
import { describe, expect, it } from 'vitest';
import { perTurnBatch } from '../../src/platform/per-turn-batch.js';

/** A lookup that records each batch and answers after `ms`, doubling every key. */
function slowLookup(ms: number) {
  const batches: number[][] = [];
  let release: () => void = () => {};
  const load = perTurnBatch(async (keys: number[]) => {
    batches.push(keys);
    await new Promise<void>((resolve) => {
      release = resolve;
      if (ms >= 0) setTimeout(resolve, ms);
    });
    return new Map(keys.map((k) => [k, k * 2]));
  });
  return { load, batches, release: () => release() };
}

describe('perTurnBatch', () => {
  it('sends the keys of one turn as one query, each caller getting its own answer', async () => {
    const { load, batches } = slowLookup(0);
    const answers = await Promise.all([1, 2, 3, 2].map((k) => load(k)));
    expect(answers).toEqual([2, 4, 6, 4]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('holds keys arriving while a query is out and sends them together once it is back', async () => {
    const { load, batches, release } = slowLookup(-1);
    const first = load(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    // Ten later turns while the first query is still out: none goes to the database yet.
    const later: Array<Promise<number | undefined>> = [];
    for (let k = 10; k < 20; k++) {
      later.push(load(k));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(batches).toHaveLength(1);
    release();
    expect(await first).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches[1]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    release();
    expect(await Promise.all(later)).toEqual([20, 22, 24, 26, 28, 30, 32, 34, 36, 38]);
  });

  it('answers undefined for keys the lookup did not find and goes on after a failed query', async () => {
    let fail = true;
    const load = perTurnBatch(async (keys: string[]) => {
      if (fail) {
        fail = false;
        throw new Error('database away');
      }
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
    });
    await expect(load('a')).rejects.toThrow('database away');
    expect(await Promise.all([load('abc'), load('missing')])).toEqual([3, undefined]);
  });
});
