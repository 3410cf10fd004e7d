// Decides MQTT CONNECTs against the devices table, with a cache so a reconnect
// storm does not become one query per screen per attempt. Concurrent lookups of
// one id share a query (lru-cache fetch), and the lookups of one event-loop turn
// are one query (perTurnBatch). Unknown ids are cached briefly too.
// The devices service calls `forget` on block, rotate and decommission.
import { LRUCache } from 'lru-cache';
import type { AuthDecision, DeviceAuthenticator } from '@screenhub/broker';
import type { Database } from '../db/database.js';
import { perTurnBatch } from '../platform/per-turn-batch.js';
import { secretMatches } from './device-credentials.js';
import { findDeviceAuths, type DeviceAuthRow } from './device-sql.js';

type CachedAuth = DeviceAuthRow | { missing: true };
const MISSING: CachedAuth = { missing: true };
const MISSING_TTL_MS = 10_000;

export class CachingDeviceAuthenticator implements DeviceAuthenticator {
  private readonly cache: LRUCache<string, CachedAuth> | undefined;
  private readonly findDeviceAuth: (deviceId: string) => Promise<DeviceAuthRow | undefined>;

  constructor(db: Database, ttlMs: number) {
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
    const entry = this.cache ? await this.cache.fetch(deviceId) : ((await this.findDeviceAuth(deviceId)) ?? MISSING);
    if (!entry || 'missing' in entry || entry.status === 'decommissioned') return { ok: false, reason: 'unknown_device' };
    if (!secretMatches(secret, entry.secret_hash)) return { ok: false, reason: 'bad_secret' };
    if (entry.status === 'blocked') return { ok: false, reason: 'blocked' };
    return { ok: true, identity: { deviceId, tenantId: entry.tenant_id } };
  }

  forget(deviceId: string): void {
    this.cache?.delete(deviceId);
  }
}
