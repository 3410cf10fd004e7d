// Lookups by key that arrive in the same event-loop turn go to the database as
// one query. In a reconnect storm a hub process answers hundreds of Hellos a
// second, and each asks the same few questions about its own screen (its
// credentials, open commands, open OTA offer, unacknowledged ad schedule); one
// query per question per turn instead of one per screen spares the database
// and the hub's socket writes, the dearest thing the hub does under load.
// DataLoader does the batching. setImmediate as its schedule collects what
// every socket delivered in one poll phase (its default, the next tick, would
// batch only what one socket delivered). No cache: each call sees the database.
import DataLoader from 'dataloader';

/** Largest batch: one `= any($1)` array parameter; bigger turns run as several queries. */
const MAX_BATCH = 500;

export function perTurnBatch<K, V>(loadMany: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  const loader = new DataLoader<K, V | undefined>(
    async (keys) => {
      const found = await loadMany([...new Set(keys)]);
      return keys.map((key) => found.get(key));
    },
    { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (run) => setImmediate(run) },
  );
  return (key) => loader.load(key);
}

/** Groups rows by a key, keeping their order: for lookups that return several rows per key. */
export function groupBy<K, R>(rows: R[], keyOf: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
