// The compiler's round: takes due screens in chunks, compiles them, saves the
// schedules, and sends each to its screen (a screen that is away gets it on its
// next Hello). One chunk at a time runs under an advisory lock, so two hub
// processes never compile the same screens at once.
import { createHash } from 'node:crypto';
import { hub } from '@screenhub/protocol';
import type { DeviceBroker } from '@screenhub/broker';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { loopSettings } from '../ad-booking/ad-settings-sql.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import type { HubEvents } from '../platform/hub-events.js';
import { compileSchedules } from './schedule-compiler.js';
import { loadChunkInputs } from './schedule-inputs.js';
import { deleteUnusedBodies, dueScreens, saveSchedules } from './schedule-sql.js';

const COMPILE_LOCK = 7_283_018; // arbitrary, constant: pg_try_advisory_xact_lock key
const CHUNK = 5_000;
const HOUR_MS = 3_600_000;

export interface CompileStats {
  screens: number;
  distinct: number;
}

export class ScheduleCompilerTask {
  private readonly task: PeriodicTask;
  private lastVersion = 0;
  private nextMessageId = 1;
  private rounds = 0;

  constructor(
    private readonly db: Database,
    private readonly broker: DeviceBroker,
    private readonly events: HubEvents,
    private readonly mediaUrl: (creative: { id: string; sha256: string }) => string,
    private readonly logger: FastifyBaseLogger,
    intervalMs: number,
  ) {
    this.task = new PeriodicTask(() => this.round().then(() => undefined), intervalMs, (err) => logger.error({ err }, 'schedule compile round failed'));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One round now, or the one running; resolves when it has finished (tests, benchmarks). */
  run(): Promise<void> {
    return this.task.run();
  }

  /** Compiles until nothing is due. */
  async round(): Promise<CompileStats> {
    const total = { screens: 0, distinct: 0 };
    for (;;) {
      const chunk = await this.compileChunk();
      if (!chunk) break;
      total.screens += chunk.screens;
      total.distinct += chunk.distinct;
    }
    if (++this.rounds % 100 === 0) await deleteUnusedBodies(this.db);
    return total;
  }

  /** Versions only grow, even if two compiles fall in the same millisecond. */
  private version(): number {
    this.lastVersion = Math.max(Date.now(), this.lastVersion + 1);
    return this.lastVersion;
  }

  private async compileChunk(): Promise<CompileStats | undefined> {
    const compiled = await this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ locked: boolean }>(`select pg_try_advisory_xact_lock($1) as locked`, [COMPILE_LOCK]);
      if (!rows[0]!.locked) return undefined;
            const due = await dueScreens(tx, CHUNK);
      if (due.length === 0) return undefined;
      // A chunk is one tenant's screens (the first tenant's, if it spans two).
      const tenantId = due[0]!.tenant_id;
      const deviceIds = due.filter((d) => d.tenant_id === tenantId).map((d) => d.device_id);
      const loop = await loopSettings(tx, tenantId);
      const inputs = await loadChunkInputs(tx, tenantId, deviceIds);
      const fromMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
      const version = this.version();
      // A creative's link is a MAC: made once per chunk, not once per schedule naming it.
      const links = new Map<string, string>();
      const mediaUrl = (creative: { id: string; sha256: string }) => {
        let link = links.get(creative.id);
        if (link === undefined) links.set(creative.id, (link = this.mediaUrl(creative)));
        return link;
      };
      const schedules = compileSchedules(inputs, { loop, fromMs, version, mediaUrl });
      const encoded = new Map<hub.v1.AdSchedule.$Properties, { sha256: string; body: Uint8Array }>();
      for (const schedule of schedules.values()) {
        if (encoded.has(schedule)) continue;
        const body = hub.v1.AdSchedule.encode(schedule).finish();
        encoded.set(schedule, { sha256: createHash('sha256').update(body).digest('hex'), body });
      }
      
      const screens = [...schedules].map(([deviceId, schedule]) => ({ deviceId, sha256: encoded.get(schedule)!.sha256 }));
      await saveSchedules(tx, tenantId, version, new Date(fromMs + 24 * HOUR_MS), [...encoded.values()], screens);
      return { tenantId, schedules, distinct: encoded.size };
    });
    if (!compiled) return undefined;
    for (const [deviceId, schedule] of compiled.schedules) {
      if (!this.broker.mayReach(deviceId)) continue;
      await this.broker.sendDownlink(deviceId, { messageId: this.nextMessageId++, sentAtMs: Date.now(), adSchedule: schedule });
    }
    this.events.publish(compiled.tenantId, 'ads.schedules', { compiled: compiled.schedules.size, distinct: compiled.distinct });
    this.logger.debug({ tenantId: compiled.tenantId, screens: compiled.schedules.size, distinct: compiled.distinct }, 'ad schedules compiled');
    return { screens: compiled.schedules.size, distinct: compiled.distinct };
  }

  /** A screen said hello: send the schedule it has not acknowledged, if any. */
  async sendIfUnacked(deviceId: string, body: Uint8Array): Promise<void> {
    await this.broker.sendDownlink(deviceId, { messageId: this.nextMessageId++, sentAtMs: Date.now(), adSchedule: hub.v1.AdSchedule.decode(body) });
  }
}
