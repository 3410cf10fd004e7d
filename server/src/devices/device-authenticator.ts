// Decides MQTT CONNECTs against the devices table, with a cache so a reconnect
// storm does not become one query per screen per attempt; from the same cached
// row it gives the broker the key each screen's downlinks are signed with, and
// the payments domain each PayRequest's context (tenant, merchant, payment key).
// Concurrent lookups of one id share a query (lru-cache fetch), and the lookups
// of one event-loop turn are one query (perTurnBatch). Unknown ids are cached
// briefly too.
// A cached row lives until its device changes: the devices service calls
// `forget` in this process, and a trigger announces every change, whoever made
// it, to every hub process (migration 0027, `followChanges`). So a screen moved
// to another merchant pays into the new account from its next PayRequest, and a
// blocked screen is refused at its next CONNECT. The TTL is only a backstop.
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

/** What a PayRequest is taken with: whose it is, whose account it pays into, and the key its signature is checked with. */
export interface DevicePaymentContext {
  tenantId: string;
  merchantId: string | null;
  /** Opened; undefined only for devices made before payment keys existed. */
  paymentKey: Buffer | undefined;
}

/**
 * A copy with a backing store of its own, for bytes kept as long as a screen stays cached. Small Buffers (pg's bytea,
 * Buffer.concat) are slices of a shared 8 KiB pool, and one slice kept keeps its whole slab: a heap snapshot of a
 * process holding 15,000 screens found 4,133 slabs (33 MiB, 2.2 KiB a screen) held by cached secret hashes and
 * payment keys.
 */
function ownBytes(bytes: Uint8Array): Buffer {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  copy.set(bytes);
  return copy;
}

/** The channel migration 0027's triggers NOTIFY with a device's id. */
const DEVICE_CHANGED = 'device_changed';

export class CachingDeviceAuthenticator implements DeviceAuthenticator, DownlinkKeys {
  private readonly cache: LRUCache<string, CachedAuth> | undefined;
  private readonly findDeviceAuth: (deviceId: string) => Promise<DeviceAuthRow | undefined>;
  /** Derived once per cached row: opening the sealed payment key and HKDF are not for every PayResult. */
  private readonly downlinkKeys = new WeakMap<DeviceAuthRow, Buffer>();
  /** Likewise what PayRequests are taken with (the opened payment key), once per cached row. */
  private readonly paymentContexts = new WeakMap<DeviceAuthRow, DevicePaymentContext>();

  constructor(
    private readonly db: Database,
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
          return row ? { ...row, secret_hash: ownBytes(row.secret_hash), payment_key: row.payment_key && ownBytes(row.payment_key) } : MISSING;
        },
      });
    }
  }

  async verify(deviceId: string, secret: Buffer): Promise<AuthDecision> {
    const entry = await this.lookup(deviceId);
    if ('missing' in entry || entry.status === 'decommissioned') return { ok: false, reason: 'unknown_device' };
    if (!secretMatches(secret, entry.secret_hash)) return { ok: false, reason: 'bad_secret' };
    if (entry.status === 'blocked') return { ok: false, reason: 'blocked' };
    return { ok: true, identity: { deviceId, tenantId: entry.tenant_id } };
  }

  async downlinkKey(deviceId: string, options: { allowStale?: boolean } = {}): Promise<Buffer | undefined> {
    const entry = await this.lookup(deviceId, options.allowStale);
    if ('missing' in entry || !entry.payment_key) return undefined;
    let key = this.downlinkKeys.get(entry);
    if (!key) {
      key = deriveDownlinkKey(this.secretBox.open(entry.payment_key));
      this.downlinkKeys.set(entry, key);
    }
    return key;
  }

  async paymentContext(deviceId: string): Promise<DevicePaymentContext | undefined> {
    const entry = await this.lookup(deviceId);
    if ('missing' in entry) return undefined;
    let context = this.paymentContexts.get(entry);
    if (!context) {
      context = { tenantId: entry.tenant_id, merchantId: entry.merchant_id, paymentKey: entry.payment_key ? ownBytes(this.secretBox.open(entry.payment_key)) : undefined };
      this.paymentContexts.set(entry, context);
    }
    return context;
  }

  forget(deviceId: string): void {
    this.cache?.delete(deviceId);
  }

  /**
   * Drops a device's row whenever any process changes it (migration 0027's NOTIFY), and every row when notices may
   * have been lost. Returns the function that stops following.
   */
  async followChanges(): Promise<() => Promise<void>> {
    return this.db.listen(DEVICE_CHANGED, { notice: (deviceId) => this.forget(deviceId), missed: () => this.cache?.clear() });
  }

  private async lookup(deviceId: string, allowStale = false): Promise<CachedAuth> {
    if (!this.cache) return (await this.findDeviceAuth(deviceId)) ?? MISSING;
    // Nearly every lookup is a hit (two per payment): answered without fetch's promises.
    const hit = this.cache.get(deviceId, { allowStale });
    if (hit) return hit;
    // A change announced while the row was being read aborts that read (lru-cache deletes the pending fetch, which
    // then rejects or answers undefined): what it read may predate the change, so read again, around the cache.
    const cached = await this.cache.fetch(deviceId).catch(() => undefined);
    return cached ?? (await this.findDeviceAuth(deviceId)) ?? MISSING;
  }
}
