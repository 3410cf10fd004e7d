// Devices: create with a one-time secret, read with live state merged in,
// block, rotate, decommission. Anything that revokes access also drops the
// cached credentials and the screen's open connection.
import { checkFilter } from '../platform/list-query.js';
import type { DeviceBroker } from '@screenhub/broker';
import { isOpenAt, type TradingSpan } from '@screenhub/protocol';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/database.js';
import { ConflictError, NotFoundError } from '../platform/errors.js';
import type { CachingDeviceAuthenticator } from './device-authenticator.js';
import { hashDeviceSecret, newDeviceId, newDeviceSecret, newPaymentKey } from './device-credentials.js';
import type { SecretBox } from '../platform/secret-box.js';
import type { RegistryQueries } from './registry-queries.js';
import { DeviceListFilter, type DeviceDto } from './device-schemas.js';
import {
  countDevices,
  decommissionDevice,
  findDevice,
  heartbeatBuckets,
  insertDevice,
  listDevices,
  listPresenceEvents,
  merchantHours,
  replaceSecret,
  updateDevice,
  type DeviceFilter,
  type DeviceRow,
} from './device-sql.js';
import type { DeviceLiveState, HeartbeatSnapshot, LiveDevice } from './live-state.js';

const iso = (value: Date | number | null | undefined) => (value == null ? null : new Date(value).toISOString());

/** The database row, overlaid with what this process knows that is newer. */
export function toDeviceDto(row: DeviceRow, live: LiveDevice | undefined): DeviceDto {
  const fresh = live && live.tenantId === row.tenant_id ? live : undefined;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    status: row.status,
    model: fresh?.hello?.model || row.model,
    firmwareVersion: fresh?.hello?.firmwareVersion || row.firmware_version,
    appVersion: fresh?.heartbeat?.appVersion || fresh?.hello?.appVersion || row.app_version,
    hardwareRevision: fresh?.hello?.hardwareRevision || row.hardware_revision,
    iccid: fresh?.hello?.iccid || row.iccid,
    online: fresh ? fresh.online : row.online,
    lastSeenAt: iso(fresh?.lastSeenAt ?? row.last_seen_at),
    lastConnectedAt: iso(fresh?.connectedAt ?? row.last_connected_at),
    lastDisconnectedAt: iso(fresh?.disconnectedAt ?? row.last_disconnected_at),
    lastDisconnectReason: fresh?.disconnectReason ?? row.last_disconnect_reason,
    lastHeartbeat: fresh?.heartbeat ?? (row.last_heartbeat as HeartbeatSnapshot | null),
    lastHeartbeatAt: iso(fresh?.heartbeatAt ?? row.last_heartbeat_at),
    merchantId: row.merchant_id,
    storeId: row.store_id,
    tags: row.tags,
    networkType: fresh?.heartbeat?.networkType ?? row.network_type,
    secretRotatedAt: iso(row.secret_rotated_at)!,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
  };
}

export class DeviceService {
  private readonly db: Database;
  private readonly liveState: DeviceLiveState;
  private readonly authenticator: CachingDeviceAuthenticator;
  private readonly broker: DeviceBroker;
  private readonly secretBox: SecretBox;
  private readonly registry: RegistryQueries;

  constructor(options: {
    db: Database;
    liveState: DeviceLiveState;
    authenticator: CachingDeviceAuthenticator;
    broker: DeviceBroker;
    secretBox: SecretBox;
    registry: RegistryQueries;
  }) {
    this.db = options.db;
    this.liveState = options.liveState;
    this.authenticator = options.authenticator;
    this.broker = options.broker;
    this.secretBox = options.secretBox;
    this.registry = options.registry;
  }

  async create(tenantId: string, input: { id?: string; name?: string }): Promise<DeviceDto & { secret: string; paymentKey: string }> {
    const secret = newDeviceSecret();
    const paymentKey = newPaymentKey();
    try {
      const row = await insertDevice(this.db, {
        id: input.id ?? newDeviceId(),
        tenantId,
        name: input.name ?? '',
        secretHash: hashDeviceSecret(secret),
        sealedPaymentKey: this.secretBox.seal(paymentKey),
      });
      // A failed CONNECT may have cached this id as unknown.
      this.authenticator.forget(row.id);
      return { ...toDeviceDto(row, undefined), secret, paymentKey: paymentKey.toString('base64url') };
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError(`device id ${input.id} is taken`);
      throw err;
    }
  }

  async get(tenantId: string, id: string): Promise<DeviceDto> {
    const row = await findDevice(this.db, tenantId, id);
    if (!row) throw new NotFoundError('device');
    return toDeviceDto(row, this.liveState.get(id));
  }

  /** `scope`: a registry query the list is confined to (a group's members), whatever the filter's own query says. */
  async list(tenantId: string, rawFilter: Record<string, unknown>, page: { orderBy: string; limit: number; offset: number }, scope?: string) {
    const { query, trading, ...filter } = parseFilter(rawFilter);
    const queries = [scope, query].filter((q): q is string => q !== undefined);
    const compiled = queries.length === 0 ? undefined : await this.registry.compile(tenantId, queries, undefined, 'filter/query');
    const open = trading === undefined ? undefined : { open: trading, merchantIds: await this.merchantsOpenNow(tenantId) };
    const { rows, total } = await listDevices(this.db, tenantId, { ...filter, query: compiled, trading: open }, page);
    return { rows: rows.map((row) => toDeviceDto(row, this.liveState.get(row.id))), total };
  }

  /** The tenant's merchants open now, each in its own time zone (no trading hours: always open). */
  private async merchantsOpenNow(tenantId: string): Promise<string[]> {
    const now = new Date();
    return (await merchantHours(this.db, tenantId)).filter((m) => isOpenAt(m.trading_hours as TradingSpan[] | null, m.timezone, now)).map((m) => m.id);
  }

  /** How many of the tenant's screens a registry query holds (a dynamic group's size). */
  async count(tenantId: string, query: string): Promise<number> {
    const compiled = await this.registry.compile(tenantId, query);
    return countDevices(this.db, tenantId, { query: compiled });
  }

  async update(tenantId: string, id: string, changes: { name?: string; status?: 'active' | 'blocked'; merchantId?: string; storeId?: string; tags?: string[] }): Promise<DeviceDto> {
    const row = await updateDevice(this.db, tenantId, id, changes);
    if (!row) throw new NotFoundError(changes.storeId ? 'device, or store of that merchant' : changes.merchantId ? 'device or merchant' : 'device');
    // Status and merchant are in the cached row: dropped here at once; other processes drop theirs on the notice.
    if (changes.status || changes.merchantId || changes.storeId) this.authenticator.forget(id);
    if (changes.status === 'blocked') await this.broker.disconnect(id, 'kicked');
    return toDeviceDto(row, this.liveState.get(id));
  }

  /** A new secret; the old one stops working now and the screen is disconnected. */
  async rotateSecret(tenantId: string, id: string): Promise<{ id: string; secret: string; secretRotatedAt: string }> {
    const secret = newDeviceSecret();
    const row = await replaceSecret(this.db, tenantId, id, hashDeviceSecret(secret));
    if (!row) throw new NotFoundError('device');
    this.authenticator.forget(id);
    await this.broker.disconnect(id, 'kicked');
    return { id, secret, secretRotatedAt: iso(row.secret_rotated_at)! };
  }

  async decommission(tenantId: string, id: string): Promise<DeviceDto> {
    const row = await decommissionDevice(this.db, tenantId, id);
    if (!row) throw new NotFoundError('device');
    this.authenticator.forget(id);
    await this.broker.disconnect(id, 'kicked');
    return toDeviceDto(row, this.liveState.get(id));
  }

  async heartbeatHistory(tenantId: string, id: string, range: { from: Date; to: Date; bucketSeconds: number }) {
    await this.get(tenantId, id);
    const rows = await heartbeatBuckets(this.db, tenantId, id, range);
    return rows.map((r) => ({
      at: r.at.toISOString(),
      count: r.count,
      rssiAvgDbm: r.rssi_avg,
      temperatureMaxDc: r.temperature_max_dc,
      freeStorageMinBytes: r.free_storage_min_bytes,
      freeMemoryMinBytes: r.free_memory_min_bytes,
      uptimeMaxS: r.uptime_max_s,
    }));
  }

  async presenceHistory(tenantId: string, id: string, page: { limit: number; offset: number }) {
    await this.get(tenantId, id);
    const { rows, total } = await listPresenceEvents(this.db, tenantId, id, page);
    return {
      rows: rows.map((r) => ({ id: r.id, online: r.online, reason: r.reason, remoteAddress: r.remote_address, at: r.at.toISOString() })),
      total,
    };
  }
}

function parseFilter(raw: Record<string, unknown>): Omit<DeviceFilter, 'query' | 'trading'> & { query?: string; trading?: boolean } {
  checkFilter(DeviceListFilter, raw);
  const { id, ...rest } = raw as { id?: string | string[]; query?: string; trading?: boolean } & Omit<DeviceFilter, 'ids' | 'query' | 'trading'>;
  return { ...rest, ids: id === undefined ? undefined : Array.isArray(id) ? id : [id] };
}
