// What screens connected to this process are doing right now: presence, what
// they said in Hello, their last heartbeat. Kept in memory and written to the
// database in batches by LiveStateFlusher, so a heartbeat costs no query of its
// own. Offline devices leave memory once written; the database has them.
import type { DeviceIdentity, PresenceEvent } from '@screenhub/broker';
import { NetworkType, type HeartbeatBody, type HelloBody } from '@screenhub/protocol';

/** What Hello said; null where the hub dropped a field out of range (mqtt/uplink-fields.ts): the stored value stays. */
export interface HelloFields {
  model: string | null;
  firmwareVersion: string | null;
  appVersion: string | null;
  hardwareRevision: string | null;
  iccid: string | null;
}

/**
 * A heartbeat as the API shows it and the database stores it (device_live.last_heartbeat).
 * Null where the screen sent a value out of range (mqtt/uplink-fields.ts): unknown, never a made-up 0.
 */
export interface HeartbeatSnapshot {
  uptimeS: number | null;
  rssiDbm: number | null;
  networkType: string | null;
  /** Tenths of a degree Celsius, as on the wire. */
  temperatureDc: number | null;
  freeStorageBytes: number | null;
  freeMemoryBytes: number | null;
  appVersion: string | null;
}

/** A field as sent; null when the hub dropped it, the protocol's default when the screen left it out. */
const kept = <T>(value: T | null | undefined, fallback: T): T | null => (value === null ? null : (value ?? fallback));

export interface LiveDevice {
  tenantId: string;
  online: boolean;
  lastSeenAt: number;
  connectedAt?: number;
  disconnectedAt?: number;
  disconnectReason?: string;
  remoteAddress?: string;
  hello?: HelloFields;
  heartbeat?: HeartbeatSnapshot;
  heartbeatAt?: number;
  /**
   * What Hello or a heartbeat's app version says about the screen is to be compared with its devices row in the
   * next write. Set by a Hello and by a heartbeat whose app version differs from the last one compared; without
   * it every heartbeat would make the flush compare every heartbeating screen's row (a join per screen per write).
   */
  describe?: boolean;
  /** The app version last sent for comparison. */
  describedAppVersion?: string;
}

export interface PresenceWrite {
  tenantId: string;
  deviceId: string;
  online: boolean;
  reason: string | null;
  remoteAddress: string | null;
  at: number;
}

export interface HeartbeatWrite {
  tenantId: string;
  deviceId: string;
  at: number;
  heartbeat: HeartbeatSnapshot;
}

export interface PendingWrites {
  presence: PresenceWrite[];
  heartbeats: HeartbeatWrite[];
  devices: Array<[string, LiveDevice]>;
}

/** Past this many unwritten heartbeats (database down for long), the oldest are dropped and counted. */
export const MAX_PENDING_HEARTBEATS = 200_000;

const networkTypeNames = new Map<number, string>(
  Object.entries(NetworkType).map(([name, value]) => [value as number, name.replace('NETWORK_TYPE_', '').toLowerCase()]),
);

export function toHeartbeatSnapshot(body: HeartbeatBody): HeartbeatSnapshot {
  return {
    uptimeS: kept(body.uptimeS, 0),
    rssiDbm: kept(body.rssiDbm, 0),
    networkType: body.networkType === null ? null : (networkTypeNames.get(body.networkType ?? 0) ?? 'unspecified'),
    temperatureDc: kept(body.temperatureDc, 0),
    freeStorageBytes: kept(body.freeStorageBytes, 0),
    freeMemoryBytes: kept(body.freeMemoryBytes, 0),
    appVersion: kept(body.appVersion, ''),
  };
}

export class DeviceLiveState {
  private readonly devices = new Map<string, LiveDevice>();
  private dirty = new Set<string>();
  private presence: PresenceWrite[] = [];
  private heartbeats: HeartbeatWrite[] = [];
  droppedHeartbeats = 0;

  get(deviceId: string): LiveDevice | undefined {
    return this.devices.get(deviceId);
  }

  get size(): number {
    return this.devices.size;
  }

  onPresence(event: PresenceEvent): void {
    const device = this.touch(event.identity, event.at);
    device.online = event.online;
    if (event.online) {
      device.connectedAt = event.at;
      device.remoteAddress = event.remoteAddress;
    } else {
      device.disconnectedAt = event.at;
      device.disconnectReason = event.reason;
    }
    this.presence.push({
      tenantId: event.identity.tenantId,
      deviceId: event.identity.deviceId,
      online: event.online,
      reason: event.online ? null : event.reason,
      remoteAddress: event.online ? (event.remoteAddress ?? null) : null,
      at: event.at,
    });
  }

  onHello(identity: DeviceIdentity, hello: HelloBody, at: number): void {
    const device = this.touch(identity, at);
    device.hello = {
      model: kept(hello.model, ''),
      firmwareVersion: kept(hello.firmwareVersion, ''),
      appVersion: kept(hello.appVersion, ''),
      hardwareRevision: kept(hello.hardwareRevision, ''),
      iccid: kept(hello.iccid, ''),
    };
    device.describe = true;
    device.describedAppVersion = device.hello.appVersion ?? undefined;
  }

  onHeartbeat(identity: DeviceIdentity, body: HeartbeatBody, at: number): void {
    const heartbeat = toHeartbeatSnapshot(body);
    const device = this.touch(identity, at);
    device.heartbeat = heartbeat;
    device.heartbeatAt = at;
    if (heartbeat.appVersion && heartbeat.appVersion !== device.describedAppVersion) {
      device.describe = true;
      device.describedAppVersion = heartbeat.appVersion;
    }
    if (this.heartbeats.length >= MAX_PENDING_HEARTBEATS) {
      this.heartbeats.shift();
      this.droppedHeartbeats++;
    }
    this.heartbeats.push({ tenantId: identity.tenantId, deviceId: identity.deviceId, at, heartbeat });
  }

  /** Everything not yet written; the state starts a new batch. */
  take(): PendingWrites {
    const pending: PendingWrites = {
      presence: this.presence,
      heartbeats: this.heartbeats,
      devices: [...this.dirty].map((id) => {
        const device = this.devices.get(id)!;
        const snapshot = { ...device };
        device.describe = false;
        return [id, snapshot];
      }),
    };
    this.presence = [];
    this.heartbeats = [];
    this.dirty = new Set();
    return pending;
  }

  /** After a successful write: offline devices with nothing newer leave memory. */
  settle(written: PendingWrites): void {
    for (const [id] of written.devices) {
      const device = this.devices.get(id);
      if (device && !device.online && !this.dirty.has(id)) this.devices.delete(id);
    }
  }

  /** After a failed write: put the batch back in front of anything newer, to retry. */
  restore(failed: PendingWrites): void {
    this.presence = [...failed.presence, ...this.presence];
    this.heartbeats = [...failed.heartbeats, ...this.heartbeats];
    const overflow = this.heartbeats.length - MAX_PENDING_HEARTBEATS;
    if (overflow > 0) {
      this.heartbeats.splice(0, overflow);
      this.droppedHeartbeats += overflow;
    }
    for (const [id, written] of failed.devices) {
      this.dirty.add(id);
      const device = this.devices.get(id);
      if (device && written.describe) device.describe = true;
    }
  }

  isEmpty(pending: PendingWrites): boolean {
    return pending.presence.length === 0 && pending.heartbeats.length === 0 && pending.devices.length === 0;
  }

  private touch(identity: DeviceIdentity, at: number): LiveDevice {
    let device = this.devices.get(identity.deviceId);
    if (!device) {
      device = { tenantId: identity.tenantId, online: true, lastSeenAt: at };
      this.devices.set(identity.deviceId, device);
    }
    device.lastSeenAt = Math.max(device.lastSeenAt, at);
    this.dirty.add(identity.deviceId);
    return device;
  }
}
