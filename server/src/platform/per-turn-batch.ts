// Lookups by key go to the database as one query per batch, and a batch waits
// while the previous one of the same lookup is still at the database: group
// commit, applied to reads. In a reconnect storm a hub process answers hundreds
// of Hellos a second, and each asks the same few questions about its own screen
// (its credentials, open commands, open OTA offer, unacknowledged ad schedule).
// Batching only what one event-loop turn delivered was not enough: below full
// load a turn holds one or two Hellos, so the storm still cost one query per
// screen per question (measured: 1.03 keys per auth query, 2.1 per Hello query,
// 15,000 screens back). Waiting for the query in flight lets a batch grow with
// the load and costs nothing when the hub is idle (the first key goes at once,
// at the end of its turn).
// DataLoader does the batching; setImmediate starts a batch after the poll phase,
// so it holds what every socket delivered in it (DataLoader's default, the next
// tick, would hold only what one socket delivered). No cache: each call sees the
// database.
import DataLoader from 'dataloader';

/** Largest batch: one `= any($1)` array parameter; more keys than this wait as several batches. */
const MAX_BATCH = 500;
/** Batches of one lookup at the database at once. */
const IN_FLIGHT = 1;

export function perTurnBatch<K, V>(loadMany: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  const waiting: Array<() => void> = [];
  let inFlight = 0;
  const startWaiting = () => {
    while (inFlight < IN_FLIGHT && waiting.length > 0) {
      inFlight++;
      setImmediate(waiting.shift()!);
    }
  };
  const loader = new DataLoader<K, V | undefined>(
    async (keys) => {
      try {
        const found = await loadMany([...new Set(keys)]);
        return keys.map((key) => found.get(key));
      } finally {
        inFlight--;
        startWaiting();
      }
    },
    {
      cache: false,
      maxBatchSize: MAX_BATCH,
      batchScheduleFn: (run) => {
        waiting.push(run);
        startWaiting();
      },
    },
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
