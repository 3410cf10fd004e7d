// Writes the live state to the database every `intervalMs`, in one transaction
// of three batched statements; on failure the batch goes back to be retried.
import { WriteRounds } from '../platform/write-rounds.js';
import type { FastifyBaseLogger } from 'fastify';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import type { DeviceLiveState } from './live-state.js';
import { writeDeviceState, writeHeartbeats, writePresenceEvents } from './live-state-sql.js';

export class LiveStateFlusher {
  private timer: NodeJS.Timeout | undefined;
  private readonly rounds = new WriteRounds(() => this.writeBatch());
  private readonly duration: Histogram;
  private readonly rows: Counter<'table'>;
  private readonly failures: Counter;

  constructor(
    private readonly db: Database,
    private readonly state: DeviceLiveState,
    private readonly logger: FastifyBaseLogger,
    registry: Registry,
    private readonly intervalMs: number,
    private readonly instanceId: string,
  ) {
    const registers = [registry];
    this.duration = new Histogram({
      name: 'hub_live_state_flush_seconds',
      help: 'Time to write one batch of presence, heartbeats and device state',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.rows = new Counter({ name: 'hub_live_state_rows_written_total', help: 'Rows written by the live-state flusher', labelNames: ['table'], registers });
    this.failures = new Counter({ name: 'hub_live_state_flush_failures_total', help: 'Flushes that failed and were retried', registers });
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
      this.rows.inc({ table: 'device_presence_events' }, pending.presence.length);
      this.rows.inc({ table: 'device_heartbeats' }, pending.heartbeats.length);
      this.rows.inc({ table: 'device_live' }, pending.devices.length);
      this.state.settle(pending);
    } catch (err) {
      this.failures.inc();
      this.state.restore(pending);
      this.logger.error({ err }, 'live state flush failed; will retry');
    }
  }
}
