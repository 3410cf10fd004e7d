// Runs `work` for 0..count-1 with at most `concurrency` at a time (provisioning,
// connecting): a pool of workers taking the next index, results in index order.
export async function inBatches<T>(count: number, concurrency: number, work: (i: number) => Promise<T>, onDone?: () => void): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await work(i);
        onDone?.();
      }
    }),
  );
  return results;
}
