// Takes the screens' proof-of-play batches off MQTT, checks each record, and
// writes them every `flushMs` (or sooner when many wait), two set-based
// statements per few thousand plays. PUBACK only says a batch arrived; the
// screen forgets it when a PlayProofsAck names it, sent once its transaction
// has committed. A crash before that loses nothing (the screen sends the batch
// again), and a batch sent again counts once (its id is unique per screen).
import { WriteRounds } from '../platform/write-rounds.js';
import type { UplinkEvent } from '@screenhub/broker';
import type { FastifyBaseLogger } from 'fastify';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { checkPlayProof, isBatchId, type CheckedPlay } from './play-proof-check.js';
import { batchKey, insertBatches, insertPlays, markOverSchedule, type PendingBatch } from './proof-sql.js';

export type RecordResult = 'stored' | 'duplicate' | 'rejected' | 'dropped';

/** Tells screens which of their batches are written (a signed PlayProofsAck downlink, wired in index.ts). */
export interface ProofAcks {
  send(deviceId: string, batchIds: string[]): Promise<void>;
}

export interface ProofIngestOptions {
  flushMs: number;
  /** A flush starts early once this many records wait. */
  flushAtRecords: number;
  /** With the database away this long, new records are dropped (counted) rather than held without bound. */
  maxPendingRecords: number;
  /** Transactions a flush runs at once (PostgreSQL's pool); 1 on PGlite, which has one connection. */
  parallelWrites: number;
}

/**
 * Plays per transaction (two statements): one statement for a whole flush would
 * be fewest, but the embedded PGlite runs in the hub's thread and MQTT waits
 * while it works (between statements the event loop runs), and on PostgreSQL
 * chunks let several connections write at once.
 */
const PLAYS_PER_STATEMENT = 5000;

export class ProofIngest {
  private pending = new Map<string, PendingBatch>();
  private pendingRecords = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly rounds = new WriteRounds(() => this.write());
  private readonly records: Counter<'result'>;
  private readonly duration: Histogram;
  private readonly failures: Counter;

  private readonly db: Database;
  private readonly acks: ProofAcks;
  private readonly logger: FastifyBaseLogger;
  private readonly options: ProofIngestOptions;

  constructor(deps: { db: Database; acks: ProofAcks; logger: FastifyBaseLogger; registry: Registry; options: ProofIngestOptions }) {
    const { registry } = deps;
    this.db = deps.db;
    this.acks = deps.acks;
    this.logger = deps.logger;
    this.options = deps.options;
    const registers = [registry];
    this.records = new Counter({ name: 'hub_ad_play_records_total', help: 'Proof-of-play records received, by what became of them', labelNames: ['result'], registers });
    this.duration = new Histogram({
      name: 'hub_ad_proof_flush_seconds',
      help: 'Time to write one flush of proof-of-play batches',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.failures = new Counter({ name: 'hub_ad_proof_flush_failures_total', help: 'Proof-of-play flushes that failed and were retried', registers });
    const ingest = this;
    new Gauge({
      name: 'hub_ad_play_records_pending',
      help: 'Proof-of-play records received and not yet written',
      registers,
      collect() {
        this.set(ingest.pendingRecords);
      },
    });
    for (const result of ['stored', 'duplicate', 'rejected', 'dropped'] as const) this.records.inc({ result }, 0);
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  /** The 'playProofs' uplink handler: synchronous, nothing waits on the database. */
  onUplink(event: UplinkEvent): void {
    const batch = event.message.playProofs;
    if (!batch) return;
    const received = batch.records ?? [];
    const batchId = batch.batchId ?? '';
    if (!isBatchId(batchId)) {
      this.count('rejected', received.length);
      return;
    }
    const { deviceId, tenantId } = event.identity;
    const key = batchKey({ deviceId, batchId });
    if (this.pending.has(key)) {
      // Redelivered before the first copy was written.
      this.count('duplicate', received.length);
      return;
    }
    const plays: CheckedPlay[] = [];
    for (const record of received) {
      const play = checkPlayProof(record, event.receivedAt);
      if (play) plays.push(play);
    }
    this.count('rejected', received.length - plays.length);
    if (this.pendingRecords + plays.length > this.options.maxPendingRecords) {
      this.count('dropped', plays.length);
      this.logger.warn({ deviceId, batchId }, 'proof-of-play buffer full (database unreachable?); batch dropped');
      return;
    }
    this.pending.set(key, { deviceId, tenantId, batchId, records: received.length, plays });
    this.pendingRecords += plays.length;
    if (this.pendingRecords >= this.options.flushAtRecords && !this.rounds.busy) void this.flush();
  }

  /** Writes what is pending now (see WriteRounds: a caller never misses its own rows). */
  flush(): Promise<void> {
    return this.rounds.run();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.rounds.settled();
    await this.flush();
  }

  private count(result: RecordResult, n: number): void {
    if (n > 0) this.records.inc({ result }, n);
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batches = [...this.pending.values()];
    this.pending = new Map();
    this.pendingRecords = 0;
    const endTimer = this.duration.startTimer();
    // Each chunk is one transaction (its batches and their plays commit together,
    // so a batch is never marked received without its plays); on PostgreSQL a
    // few run at once, on the pool's connections.
    const chunks = [...chunked(batches)];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(this.options.parallelWrites, chunks.length) }, async () => {
        while (next < chunks.length) await this.writeChunk(chunks[next++]!);
      }),
    );
    endTimer();
  }

  private async writeChunk(batches: PendingBatch[]): Promise<void> {
    try {
      const { stored, fresh } = await this.db.transaction(async (tx) => {
        const isNew = await insertBatches(tx, batches);
        const fresh = batches.filter((b) => isNew.has(batchKey(b)));
        const stored = await insertPlays(tx, fresh);
        await markOverSchedule(tx, fresh);
        return { stored, fresh };
      });
      const plays = batches.reduce((n, b) => n + b.plays.length, 0);
      const freshPlays = fresh.reduce((n, b) => n + b.plays.length, 0);
      this.count('stored', stored);
      // Plays of new batches left out by the statement named a booking that is not the tenant's.
      this.count('rejected', freshPlays - stored);
      // Batches already stored (redelivered after a flush).
      this.count('duplicate', plays - freshPlays);
      // Committed, new or already there: the screens may forget them now.
      this.acknowledge(batches);
    } catch (err) {
      this.failures.inc();
      this.restore(batches);
      this.logger.error({ err }, 'proof-of-play flush failed; will retry');
    }
  }

  /** One PlayProofsAck per screen for its batches in a committed chunk; a screen gone meanwhile sends them again. */
  private acknowledge(batches: PendingBatch[]): void {
    const byDevice = new Map<string, string[]>();
    for (const b of batches) {
      const ids = byDevice.get(b.deviceId);
      if (ids) ids.push(b.batchId);
      else byDevice.set(b.deviceId, [b.batchId]);
    }
    for (const [deviceId, batchIds] of byDevice) {
      this.acks.send(deviceId, batchIds).catch((err: Error) => this.logger.warn({ err, deviceId }, 'proof-of-play acknowledgement not sent; the screen sends the batch again'));
    }
  }

  /** Puts a failed round back; a copy received meanwhile is the duplicate. */
  private restore(batches: PendingBatch[]): void {
    for (const batch of batches) {
      const key = batchKey(batch);
      const newer = this.pending.get(key);
      if (newer) {
        this.count('duplicate', newer.plays.length);
        this.pendingRecords -= newer.plays.length;
      }
      this.pending.set(key, batch);
      this.pendingRecords += batch.plays.length;
    }
  }
}

/** Whole batches per statement, about PLAYS_PER_STATEMENT plays each. */
function* chunked(batches: PendingBatch[]): Generator<PendingBatch[]> {
  let chunk: PendingBatch[] = [];
  let plays = 0;
  for (const batch of batches) {
    chunk.push(batch);
    plays += batch.plays.length;
    if (plays >= PLAYS_PER_STATEMENT) {
      yield chunk;
      chunk = [];
      plays = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
