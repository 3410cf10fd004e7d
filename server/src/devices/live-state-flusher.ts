// Writes the live state to the database every `intervalMs`, in one transaction
// of three batched statements. When the database refuses a row, the batch is
// written row by row once and the refused rows are quarantined (row-isolation.ts);
// when the database itself fails, the batch goes back to be retried. Failing
// again and again turns /readyz degraded and sets hub_live_state_flush_failing.
import { isRowError, writeRowByRow } from '../platform/row-isolation.js';
import { WriteRounds } from '../platform/write-rounds.js';
import type { FastifyBaseLogger } from 'fastify';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import type { DeviceLiveState, PendingWrites } from './live-state.js';
import { writeDeviceState, writeHeartbeats, writePresenceEvents } from './live-state-sql.js';

/** Failed flushes in a row before the hub says it is degraded: a few seconds of a database hiccup stay quiet. */
export const FAILING_AFTER = 5;

export class LiveStateFlusher {
  private timer: NodeJS.Timeout | undefined;
  private readonly rounds = new WriteRounds(() => this.writeBatch());
  private readonly duration: Histogram;
  private readonly rows: Counter<'table'>;
  private readonly failures: Counter;
  private readonly quarantined: Counter<'table'>;
  private readonly failing: Gauge;
  private failedInARow = 0;
  private lastError = '';

  private readonly db: Database;
  private readonly state: DeviceLiveState;
  private readonly logger: FastifyBaseLogger;
  private readonly intervalMs: number;
  private readonly instanceId: string;

  constructor(options: { db: Database; state: DeviceLiveState; logger: FastifyBaseLogger; registry: Registry; intervalMs: number; instanceId: string }) {
    const { registry, state } = options;
    this.db = options.db;
    this.state = options.state;
    this.logger = options.logger;
    this.intervalMs = options.intervalMs;
    this.instanceId = options.instanceId;
    const registers = [registry];
    this.duration = new Histogram({
      name: 'hub_live_state_flush_seconds',
      help: 'Time to write one batch of presence, heartbeats and device state',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.rows = new Counter({ name: 'hub_live_state_rows_written_total', help: 'Rows written by the live-state flusher', labelNames: ['table'], registers });
    this.failures = new Counter({ name: 'hub_live_state_flush_failures_total', help: 'Flushes that failed and were retried', registers });
    this.quarantined = new Counter({ name: 'hub_live_state_rows_quarantined_total', help: 'Live-state rows the database refused for their content, logged and not retried', labelNames: ['table'], registers });
    this.failing = new Gauge({ name: 'hub_live_state_flush_failing', help: `1 after ${FAILING_AFTER} failed flushes in a row (alert on it), 0 once one succeeds`, registers });
    new Gauge({
      name: 'hub_live_state_heartbeats_dropped',
      help: 'Heartbeats dropped because the database stayed unreachable too long',
      registers,
      collect() {
        this.set(state.droppedHeartbeats);
      },
    });
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
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

  /** `healthy`, or why not: read by /readyz (degraded after FAILING_AFTER failed flushes in a row). */
  health(): string {
    if (this.failedInARow < FAILING_AFTER) return 'ok';
    return `degraded: ${this.failedInARow} live-state flushes failed in a row (${this.lastError})`;
  }

  private async writeBatch(): Promise<void> {
    const pending = this.state.take();
    if (this.state.isEmpty(pending)) return;
    const endTimer = this.duration.startTimer();
    try {
      await this.db.transaction(async (tx) => {
        await writePresenceEvents(tx, pending.presence);
        await writeHeartbeats(tx, pending.heartbeats);
        await writeDeviceState(tx, pending.devices, this.instanceId);
      });
      endTimer();
      this.written(pending);
      this.state.settle(pending);
      this.succeeded();
    } catch (err) {
      this.failures.inc();
      if (!isRowError(err)) return this.failed(pending, err);
      // One row the database refuses must not hold back everyone's: find it.
      this.logger.warn({ err }, 'live state flush refused a row; writing row by row once');
      await this.isolate(pending);
    }
  }

  /** Writes each row on its own; quarantines rows refused for their content, puts the rest back if the database failed. */
  private async isolate(pending: PendingWrites): Promise<void> {
    const presence = await writeRowByRow(pending.presence, (row) => writePresenceEvents(this.db, [row]));
    const heartbeats = await writeRowByRow(pending.heartbeats, (row) => writeHeartbeats(this.db, [row]));
    const devices = await writeRowByRow(pending.devices, (row) => writeDeviceState(this.db, [row], this.instanceId));
    for (const [table, isolated] of [['device_presence_events', presence], ['device_heartbeats', heartbeats], ['device_live', devices]] as const) {
      for (const { row, reason } of isolated.quarantined) {
        this.quarantined.inc({ table });
        this.logger.error({ table, deviceId: Array.isArray(row) ? row[0] : (row as { deviceId: string }).deviceId, reason }, 'live state row quarantined: the database refuses it');
      }
    }
    const retry: PendingWrites = { presence: presence.retry, heartbeats: heartbeats.retry, devices: devices.retry };
    const notIn = <T>(rows: T[]) => ((set: Set<T>) => (row: T) => !set.has(row))(new Set(rows));
    const done: PendingWrites = {
      presence: pending.presence.filter(notIn(retry.presence)),
      heartbeats: pending.heartbeats.filter(notIn(retry.heartbeats)),
      devices: pending.devices.filter(notIn(retry.devices)),
    };
    this.written(done);
    this.state.settle(done);
    if (this.state.isEmpty(retry)) return this.succeeded();
    this.failed(retry, new Error('the database failed while rows were written one by one'));
  }

  private written(batch: PendingWrites): void {
    this.rows.inc({ table: 'device_presence_events' }, batch.presence.length);
    this.rows.inc({ table: 'device_heartbeats' }, batch.heartbeats.length);
    this.rows.inc({ table: 'device_live' }, batch.devices.length);
  }

  private succeeded(): void {
    if (this.failedInARow >= FAILING_AFTER) this.logger.info({ failedInARow: this.failedInARow }, 'live state flushes succeed again');
    this.failedInARow = 0;
    this.failing.set(0);
  }

  private failed(batch: PendingWrites, err: unknown): void {
    this.state.restore(batch);
    this.failedInARow++;
    this.lastError = String((err as Error)?.message ?? err).slice(0, 200);
    if (this.failedInARow === FAILING_AFTER) {
      this.failing.set(1);
      this.logger.error({ err, failedInARow: this.failedInARow }, 'live state flushes keep failing: heartbeats and presence are not being stored');
    } else {
      this.logger.error({ err }, 'live state flush failed; will retry');
    }
  }
}
