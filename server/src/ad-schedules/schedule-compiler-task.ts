// The compiler's round: takes due screens in chunks, compiles them, saves the
// schedules, and sends each to its screen (a screen that is away gets it on its
// next Hello). One chunk at a time runs under an advisory lock, so two hub
// processes never compile the same screens at once.
import { createHash } from 'node:crypto';
import { hub } from '@screenhub/protocol';
import type { DeviceBroker } from '@screenhub/broker';
import type { FastifyBaseLogger } from 'fastify';
import { tryLockForTransaction } from '../db/advisory-lock-sql.js';
import type { Database } from '../db/database.js';
import { loopSettings } from '../ad-booking/index.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import type { HubEvents } from '../platform/hub-events.js';
import { compileSchedules, sharedInputsFingerprint } from './schedule-compiler.js';
import { loadChunkInputs } from './schedule-inputs-sql.js';
import { deleteUnusedBodies, dueScreens, lockSchedules, saveSchedules } from './schedule-sql.js';

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
  /** Schedules compiled this round, by signature, while the shared inputs stay the same (see compileSchedules). */
  private memo:
    | {
        tenantId: string;
        fingerprint: string;
        version: number;
        bySignature: Map<string, hub.v1.AdSchedule.$Properties>;
        encoded: Map<hub.v1.AdSchedule.$Properties, { sha256: string; body: Uint8Array }>;
      }
    | undefined;

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
    // A new round starts from nothing: a chunk that failed last time may have stored nothing it compiled.
    this.memo = undefined;
    // What is due is read once a round (one pass over the fleet), then compiled in
    // chunks of one tenant's screens; what falls due meanwhile waits for the next round.
    const due = await dueScreens(this.db);
    for (let start = 0; start < due.length; ) {
      const tenantId = due[start]!.tenant_id;
      let end = start;
      while (end < due.length && end - start < CHUNK && due[end]!.tenant_id === tenantId) end++;
      const chunk = await this.compileChunk(tenantId, due.slice(start, end).map((d) => d.device_id));
      if (!chunk) break; // another hub process holds the compiler's lock
      total.screens += chunk.screens;
      total.distinct += chunk.distinct;
      start = end;
    }
    this.memo = undefined;
    if (++this.rounds % 100 === 0) await deleteUnusedBodies(this.db);
    return total;
  }

  /** Versions only grow, even if two compiles fall in the same millisecond. */
  private version(): number {
    this.lastVersion = Math.max(Date.now(), this.lastVersion + 1);
    return this.lastVersion;
  }

  private async compileChunk(tenantId: string, deviceIds: string[]): Promise<CompileStats | undefined> {
    const compiled = await this.db.transaction(async (tx) => {
      if (!(await tryLockForTransaction(tx, 'adScheduleCompile'))) return undefined;
      // Lock the chunk's schedule rows before reading what they depend on: a change
      // committed meanwhile marks them stale only after this commit, so it is never lost.
      await lockSchedules(tx, deviceIds);
      const loop = await loopSettings(tx, tenantId);
      const inputs = await loadChunkInputs(tx, tenantId, deviceIds);
      const fromMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
      const fingerprint = sharedInputsFingerprint(inputs, { loop, fromMs, version: 0 });
      if (this.memo?.tenantId !== tenantId || this.memo.fingerprint !== fingerprint) {
        this.memo = { tenantId, fingerprint, version: this.version(), bySignature: new Map(), encoded: new Map() };
      }
      const { version, bySignature, encoded } = this.memo;
      // A creative's link is a MAC: made once per chunk, not once per schedule naming it.
      const links = new Map<string, string>();
      const mediaUrl = (creative: { id: string; sha256: string }) => {
        let link = links.get(creative.id);
        if (link === undefined) links.set(creative.id, (link = this.mediaUrl(creative)));
        return link;
      };
      const schedules = compileSchedules(inputs, { loop, fromMs, version, mediaUrl }, bySignature);
      // Each distinct schedule is encoded and stored once a round, whichever chunk first needs it.
      const fresh: Array<{ sha256: string; body: Uint8Array }> = [];
      for (const schedule of schedules.values()) {
        if (encoded.has(schedule)) continue;
        const body = hub.v1.AdSchedule.encode(schedule).finish();
        const entry = { sha256: createHash('sha256').update(body).digest('hex'), body };
        encoded.set(schedule, entry);
        fresh.push(entry);
      }
      const screens = [...schedules].map(([deviceId, schedule]) => ({ deviceId, sha256: encoded.get(schedule)!.sha256 }));
      await saveSchedules(tx, tenantId, version, new Date(fromMs + 24 * HOUR_MS), fresh, screens);
      return { tenantId, schedules, distinct: fresh.length };
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
