// Decides MQTT CONNECTs against the devices table, with a cache so a reconnect
// storm does not become one query per screen per attempt, and gives the broker
// the key each screen's downlinks are signed with, from the same cached row.
// Concurrent lookups of one id share a query (lru-cache fetch), and the lookups
// of one event-loop turn are one query (perTurnBatch). Unknown ids are cached
// briefly too. The devices service calls `forget` on block, rotate and
// decommission, so a rotated payment key signs the very next downlink.
import { LRUCache } from 'lru-cache';
import type { AuthDecision, DeviceAuthenticator, DownlinkKeys } from '@screenhub/broker';
import { deriveDownlinkKey } from '@screenhub/protocol';
import type { Database } from '../db/database.js';
import type { SecretBox } from '../platform/secret-box.js';
import { perTurnBatch } from '../platform/per-turn-batch.js';
import { secretMatches } from './device-credentials.js';
import { findDeviceAuths, type DeviceAuthRow } from './device-sql.js';

type CachedAuth = DeviceAuthRow | { missing: true };
const MISSING: CachedAuth = { missing: true };
const MISSING_TTL_MS = 10_000;

export class CachingDeviceAuthenticator implements DeviceAuthenticator, DownlinkKeys {
  private readonly cache: LRUCache<string, CachedAuth> | undefined;
  private readonly findDeviceAuth: (deviceId: string) => Promise<DeviceAuthRow | undefined>;
  /** Derived once per cached row: opening the sealed payment key and HKDF are not for every PayResult. */
  private readonly downlinkKeys = new WeakMap<DeviceAuthRow, Buffer>();

  constructor(
    db: Database,
    ttlMs: number,
    private readonly secretBox: SecretBox,
  ) {
    this.findDeviceAuth = perTurnBatch((ids) => findDeviceAuths(db, ids));
    if (ttlMs > 0) {
      this.cache = new LRUCache<string, CachedAuth>({
        max: 200_000,
        ttl: ttlMs,
        fetchMethod: async (deviceId, _stale, { options }) => {
          const row = await this.findDeviceAuth(deviceId);
          if (!row) options.ttl = Math.min(ttlMs, MISSING_TTL_MS);
          return row ?? MISSING;
        },
      });
    }
  }

  async verify(deviceId: string, secret: Buffer): Promise<AuthDecision> {
    const entry = await this.lookup(deviceId);
    if (!entry || 'missing' in entry || entry.status === 'decommissioned') return { ok: false, reason: 'unknown_device' };
    if (!secretMatches(secret, entry.secret_hash)) return { ok: false, reason: 'bad_secret' };
    if (entry.status === 'blocked') return { ok: false, reason: 'blocked' };
    return { ok: true, identity: { deviceId, tenantId: entry.tenant_id } };
  }

  async downlinkKey(deviceId: string): Promise<Buffer | undefined> {
    const entry = await this.lookup(deviceId);
    if (!entry || 'missing' in entry || !entry.payment_key) return undefined;
    let key = this.downlinkKeys.get(entry);
    if (!key) {
      key = deriveDownlinkKey(this.secretBox.open(entry.payment_key));
      this.downlinkKeys.set(entry, key);
    }
    return key;
  }

  forget(deviceId: string): void {
    this.cache?.delete(deviceId);
  }

  private async lookup(deviceId: string): Promise<CachedAuth | undefined> {
    return this.cache ? this.cache.fetch(deviceId) : ((await this.findDeviceAuth(deviceId)) ?? MISSING);
  }
}
