// Group commit: writes that many callers make at once (payment state changes)
// reach the database as one statement per batch, and each caller waits only
// for the commit that holds its own write. Batches form by themselves: writes
// that arrive while `parallel` batches are being written gather for the next
// one, and the first write after a quiet spell waits only for the end of the
// current event-loop turn (no timer, so an idle hub adds no delay). Under load
// (the batch that just ended held several writes) batches start at most every
// `gatherMs` (as PostgreSQL's commit_delay, on the client's side): fewer, larger
// statements cost the hub and the database less per write. A batch that took
// longer than that to write is followed at once, so an overloaded hub never
// idles its only write lane.
// Two writes with the same key never share a batch (a statement could apply
// only one of them), and a write waits while a batch holding its key is being
// written, so writes with one key commit in the order they were made. If a batch fails, its writes are tried one by one, so a
// write the database refuses for its own content fails alone and the others
// go through.

export interface GroupCommitOptions<I, O> {
  /** Writes the batch in one statement; returns one result per item, in order. */
  writeBatch(items: I[]): Promise<O[]>;
  /** Writes one item alone (after its batch failed). */
  writeOne(item: I): Promise<O>;
  /** Items that must not share a batch have the same key. */
  keyOf(item: I): string;
  /** Largest batch (one array parameter per column). */
  maxBatch?: number;
  /** Batches being written at once (each holds a pooled connection). */
  parallel?: number;
  /** After a batch of more than one write, the least time from its start to the next batch's, ms. Default 0. */
  gatherMs?: number;
}

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(err: unknown): void;
}

export class GroupCommit<I, O> {
  private queue: Array<Pending<I, O>> = [];
  private inFlight = 0;
  /** Keys of the batches being written. */
  private readonly writing = new Set<string>();
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly parallel: number;
  /** Whether the last batch held more than one write: the hub is under load, and the next batch may gather. */
  private busy = false;
  /** When the last batch started (performance.now()). */
  private lastStart = 0;
  /** Batches written and items in them, for the metrics. */
  batches = 0;
  items = 0;

  constructor(private readonly options: GroupCommitOptions<I, O>) {
    this.maxBatch = options.maxBatch ?? 500;
    this.parallel = options.parallel ?? 2;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.parallel) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.pump();
    };
    const wait = this.busy && this.queue.length < this.maxBatch ? (this.options.gatherMs ?? 0) - (performance.now() - this.lastStart) : 0;
    if (wait >= 1) setTimeout(run, wait);
    // The rest of this turn's writes (every socket read in one poll phase) join the batch.
    else setImmediate(run);
  }

  private pump(): void {
    while (this.inFlight < this.parallel && this.queue.length > 0) {
      const batch = this.take();
      // Everything queued waits for a key being written: the batch that ends will pump again.
      if (batch.length === 0) return;
      void this.write(batch);
    }
  }

  /** The next batch: queue order, at most one write per key, none whose key is being written. */
  private take(): Array<Pending<I, O>> {
    // One pass over the queue: under a backlog it holds thousands of writes, and taking each out with splice made
    // every batch cost the square of the queue's length.
    const batch: Array<Pending<I, O>> = [];
    const left: Array<Pending<I, O>> = [];
    for (const pending of this.queue) {
      const key = batch.length < this.maxBatch ? this.options.keyOf(pending.item) : undefined;
      if (key === undefined || this.writing.has(key)) {
        left.push(pending);
        continue;
      }
      this.writing.add(key);
      batch.push(pending);
    }
    this.queue = left;
    return batch;
  }

  private async write(batch: Array<Pending<I, O>>): Promise<void> {
    this.inFlight++;
    this.batches++;
    this.items += batch.length;
    this.busy = batch.length > 1;
    this.lastStart = performance.now();
    try {
      const results = await this.options.writeBatch(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch {
      // Which write failed is unknown: each goes alone, and fails or succeeds on its own.
      await Promise.all(batch.map((p) => this.options.writeOne(p.item).then(p.resolve, p.reject)));
    } finally {
      for (const p of batch) this.writing.delete(this.options.keyOf(p.item));
      this.inFlight--;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
