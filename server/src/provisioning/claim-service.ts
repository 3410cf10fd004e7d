// A fresh screen claims its identity: serial and claim code (printed inside the
// box) in, device id, MQTT secret and payment key out, once. A second claim is
// refused until an operator re-opens the serial; a re-claim issues new
// credentials and drops the old connection. Failed guesses are limited per serial.
import { LRUCache } from 'lru-cache';
import type { DeviceBroker } from '@screenhub/broker';
import type { Database } from '../db/database.js';
import { findDevice, hashDeviceSecret, insertDevice, newDeviceSecret, newPaymentKey, replaceCredentials, secretMatches, type CachingDeviceAuthenticator } from '../devices/index.js';
import { ConflictError, TooManyAttemptsError, UnauthorizedError } from '../platform/errors.js';
import type { SecretBox } from '../platform/secret-box.js';
import { findFactoryDevice, markClaimed } from './provisioning-sql.js';

const FAILED_ATTEMPTS_PER_SERIAL = 5;
const ATTEMPT_WINDOW_MS = 10 * 60_000;

export interface ClaimedIdentity {
  deviceId: string;
  secret: string;
  paymentKey: string;
}

export class ClaimService {
  private readonly failures = new LRUCache<string, number>({ max: 100_000, ttl: ATTEMPT_WINDOW_MS });

  private readonly db: Database;
  private readonly secretBox: SecretBox;
  private readonly authenticator: CachingDeviceAuthenticator;
  private readonly broker: DeviceBroker;

  constructor(options: { db: Database; secretBox: SecretBox; authenticator: CachingDeviceAuthenticator; broker: DeviceBroker }) {
    this.db = options.db;
    this.secretBox = options.secretBox;
    this.authenticator = options.authenticator;
    this.broker = options.broker;
  }

  async claim(serial: string, claimCode: string): Promise<ClaimedIdentity> {
    if ((this.failures.get(serial) ?? 0) >= FAILED_ATTEMPTS_PER_SERIAL) throw new TooManyAttemptsError('too many failed claims for this serial; try again later');
    const factory = await findFactoryDevice(this.db, serial);
    if (!factory || !secretMatches(Buffer.from(claimCode), factory.claim_code_hash)) {
      this.failures.set(serial, (this.failures.get(serial) ?? 0) + 1);
      throw new UnauthorizedError('unknown serial or wrong claim code');
    }
    if (factory.claimed_at && !factory.reopened_at) throw new ConflictError('this screen was claimed already; an operator must re-open it');

    const secret = newDeviceSecret();
    const paymentKey = newPaymentKey();
    const claimed = await this.db.transaction(async (tx) => {
      if (!(await markClaimed(tx, serial))) return false;
      const credentials = { secretHash: hashDeviceSecret(secret), sealedPaymentKey: this.secretBox.seal(paymentKey) };
      const existing = await findDevice(tx, factory.tenant_id, serial);
      if (existing) await replaceCredentials(tx, factory.tenant_id, serial, credentials.secretHash, credentials.sealedPaymentKey);
      else await insertDevice(tx, { id: serial, tenantId: factory.tenant_id, name: '', ...credentials });
      return true;
    });
    if (!claimed) throw new ConflictError('this screen was claimed already; an operator must re-open it');
    this.failures.delete(serial);
    this.authenticator.forget(serial);
    await this.broker.disconnect(serial, 'kicked');
    return { deviceId: serial, secret, paymentKey: paymentKey.toString('base64url') };
  }
}
