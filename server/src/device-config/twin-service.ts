// The device twin: merges the config layers that apply to each screen
// (merchant < groups by priority < device), stores the result with a version
// that goes up when it changes, and pushes the delta to the screen: at once
// when the merge changed, and on every connect until the screen reports that
// version applied.
import type { DeviceBroker, UplinkEvent } from '@screenhub/broker';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import type { RegistryQueries } from '../devices/index.js';
import type { HubEvents } from '../platform/hub-events.js';
import { configDelta, mergeLayers, type DeviceConfig } from './config-schema.js';
import { groupBy, perTurnBatch } from '../platform/per-turn-batch.js';
import { findTwins, groupsInPrecedence, mergeTargets, storeDesired, storeReport, tenantLayers, type LayerRow, type MergeTarget, type TwinRow } from './twin-sql.js';

const BATCH = 1000;
const MAX_REPORT_BYTES = 16 * 1024;
/** How long "this tenant has no config layers" is believed without asking again. */
const NO_LAYERS_TTL_MS = 10_000;

export interface AppliedLayer {
  scope: LayerRow['scope'];
  scopeId: string;
  version: number;
}

export class TwinService {
  private nextMessageId = 1;
  /**
   * Tenants known to have no config layer (until the time given): a connect storm
   * of their screens then costs the twin no query. Only this negative fact is
   * cached, and a process that believes it merely skips work: it never writes a
   * merge from stale layers.
   */
  private readonly withoutLayers = new Map<string, number>();

  private readonly db: Database;
  private readonly broker: DeviceBroker;
  private readonly registry: RegistryQueries;
  private readonly events: HubEvents;
  private readonly logger: FastifyBaseLogger;

  constructor(options: { db: Database; broker: DeviceBroker; registry: RegistryQueries; events: HubEvents; logger: FastifyBaseLogger }) {
    this.db = options.db;
    this.broker = options.broker;
    this.registry = options.registry;
    this.events = options.events;
    this.logger = options.logger;
  }

  /**
   * Recomputes the desired config of some (or all) of a tenant's screens after a
   * layer, a group or an assignment changed, and pushes it to the changed ones
   * connected here.
   */
  async devicesChanged(tenantId: string, deviceIds: string[] | 'all'): Promise<number> {
    return (await this.remerge(tenantId, deviceIds)).size;
  }

  /** A layer of the tenant was written or removed here: stop believing it has none. */
  layersChanged(tenantId: string): void {
    this.withoutLayers.delete(tenantId);
  }

  /** A screen said Hello: bring its desired config up to date and offer it if it is behind. */
  async onConnect(tenantId: string, deviceId: string): Promise<void> {
    if ((this.withoutLayers.get(tenantId) ?? 0) > Date.now()) return;
    await this.connected(`${tenantId}/${deviceId}`);
  }

  /** The Hellos of a batch (perTurnBatch), per tenant: one merge, one twin read, whatever the number of screens. */
  private readonly connected = perTurnBatch(async (keys: string[]) => {
    const byTenant = groupBy(
      keys.map((key) => key.split('/') as [string, string]),
      ([tenantId]) => tenantId,
    );
    for (const [tenantId, pairs] of byTenant) {
      const deviceIds = pairs.map(([, deviceId]) => deviceId);
      const pushed = await this.remerge(tenantId, deviceIds);
      const unchanged = deviceIds.filter((id) => !pushed.has(id));
      if (unchanged.length === 0) continue;
      for (const twin of await findTwins(this.db, tenantId, unchanged)) if (twin.reported_version < twin.desired_version) await this.push(twin);
    }
    return new Map(keys.map((key) => [key, true]));
  });

  /** Merges again the screens named (or all the tenant's), stores what changed and pushes it; returns the changed screens. */
  private async remerge(tenantId: string, deviceIds: string[] | 'all'): Promise<Set<string>> {
    const changed = new Set<string>();
    if ((this.withoutLayers.get(tenantId) ?? 0) > Date.now()) return changed;
    const layers = await tenantLayers(this.db, tenantId);
    if (layers.length === 0) {
      this.withoutLayers.set(tenantId, Date.now() + NO_LAYERS_TTL_MS);
      // Screens that had a merge before the last layer went get an empty one (below).
      if (deviceIds === 'all') return changed;
    }
    const devices = await mergeTargets(this.db, tenantId, deviceIds);
    for (let i = 0; i < devices.length; i += BATCH) {
      const batch = devices.slice(i, i + BATCH);
      const merged = await this.merge(tenantId, batch, layers);
      const twins = await storeDesired(this.db, tenantId, batch.map((d) => ({ deviceId: d.id, config: merged.get(d.id)!.config })));
      for (const twin of twins) {
        changed.add(twin.device_id);
        await this.push(twin);
      }
    }
    return changed;
  }

  async onReport(event: UplinkEvent): Promise<void> {
    const report = event.message.configReport!;
    const { deviceId, tenantId } = event.identity;
    const json = report.reportedJson ?? '';
    let reported: Record<string, unknown> = {};
    try {
      if (json.length > MAX_REPORT_BYTES) throw new Error('too large');
      if (json) reported = JSON.parse(json) as Record<string, unknown>;
      if (typeof reported !== 'object' || reported === null || Array.isArray(reported)) throw new Error('not an object');
    } catch {
      this.logger.warn({ deviceId }, 'config report with unreadable JSON dropped');
      return;
    }
    const twin = await storeReport(this.db, deviceId, { version: report.version ?? 0, reported, error: report.error ? report.error.slice(0, 500) : null });
    if (!twin) return;
    if (report.error) this.events.publish(tenantId, 'config.failed', { deviceId, version: report.version, error: twin.report_error });
    else if (twin.reported_version >= twin.desired_version) this.events.publish(tenantId, 'config.applied', { deviceId, version: twin.reported_version });
  }

  /** The layers that make up one screen's desired config, lowest precedence first. */
  async explain(tenantId: string, deviceId: string): Promise<AppliedLayer[]> {
    const devices = await mergeTargets(this.db, tenantId, [deviceId]);
    if (devices.length === 0) return [];
    const merged = await this.merge(tenantId, devices, await tenantLayers(this.db, tenantId));
    return merged.get(deviceId)!.layers;
  }

  /** Merges the layers for a batch of devices; group membership is resolved once per group for the batch. */
  private async merge(tenantId: string, devices: MergeTarget[], layers: LayerRow[]) {
    const byScope = (scope: LayerRow['scope']) => new Map(layers.filter((l) => l.scope === scope).map((l) => [l.scope_id, l]));
    const merchantLayers = byScope('merchant');
    const deviceLayers = byScope('device');
    const groupLayers = await this.groupLayersWithMembers(tenantId, layers.filter((l) => l.scope === 'group'), devices.map((d) => d.id));

    const result = new Map<string, { config: DeviceConfig; layers: AppliedLayer[] }>();
    for (const device of devices) {
      const applied: LayerRow[] = [];
      const merchantLayer = device.merchant_id ? merchantLayers.get(device.merchant_id) : undefined;
      if (merchantLayer) applied.push(merchantLayer);
      for (const group of groupLayers) if (group.members.has(device.id)) applied.push(group.layer);
      const deviceLayer = deviceLayers.get(device.id);
      if (deviceLayer) applied.push(deviceLayer);
      result.set(device.id, {
        config: mergeLayers(applied.map((l) => l.config)),
        layers: applied.map((l) => ({ scope: l.scope, scopeId: l.scope_id, version: l.version })),
      });
    }
    return result;
  }

  /** Group layers in precedence order (priority, then name), each with which of `within` are members. */
  private async groupLayersWithMembers(tenantId: string, layers: LayerRow[], within: string[]) {
    if (layers.length === 0) return [];
    const groups = await groupsInPrecedence(this.db, tenantId, layers.map((l) => l.scope_id));
    const layerOf = new Map(layers.map((l) => [l.scope_id, l]));
    return Promise.all(
      groups.map(async (group) => {
        let members: string[];
        try {
          members = await this.registry.deviceIds(tenantId, `group = "${group.id}"`, within);
        } catch (err) {
          // A dynamic group whose query no longer compiles (a group it named was deleted) matches nothing.
          this.logger.warn({ err, groupId: group.id }, 'group query failed; its config layer is skipped');
          members = [];
        }
        return { layer: layerOf.get(group.id)!, members: new Set(members) };
      }),
    );
  }

  private async push(twin: TwinRow): Promise<void> {
    if (!this.broker.mayReach(twin.device_id)) return;
    const delta = configDelta(twin.desired, twin.reported);
    await this.broker.sendDownlink(twin.device_id, {
      messageId: this.nextMessageId++,
      sentAtMs: Date.now(),
      configUpdate: { version: twin.desired_version, desiredJson: JSON.stringify(twin.desired), deltaJson: JSON.stringify(delta) },
    });
  }
}
