// PostgreSQL advisory locks, taken for the length of a transaction: how hub
// processes sharing a database agree that one of them runs a round (a sweep,
// an evaluation, a rollout) or that one at a time does a thing (migrations,
// the first admin, holding a tenant's ad slots). The keys live in one table
// here so that no two uses can pick the same number.
import type { Queryable } from './database.js';

export const ADVISORY_LOCKS = {
  migrations: 7_283_001,
  firstAdmin: 7_283_002,
  alertEvaluation: 7_283_014,
  presenceSweep: 7_283_015,
  otaRollout: 7_283_016,
  /** With the tenant as the second key: bookings of different tenants do not wait for each other. */
  adBooking: 7_283_017,
  adScheduleCompile: 7_283_018,
  adStatementClose: 7_283_019,
  insightsFold: 7_283_020,
  /** With the tenant as the second key: tenants' days close independently. */
  insightsClose: 7_283_021,
  discountSettle: 7_283_022,
  /** With the tenant as the second key. */
  discountStatementClose: 7_283_023,
} as const;
export type AdvisoryLock = keyof typeof ADVISORY_LOCKS;

/** Waits for the lock (and, with `scope`, for that scope of it) until the transaction ends. */
export async function lockForTransaction(tx: Queryable, lock: AdvisoryLock, scope?: string): Promise<void> {
  if (scope === undefined) await tx.query('select pg_advisory_xact_lock($1)', [ADVISORY_LOCKS[lock]]);
  else await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [ADVISORY_LOCKS[lock], scope]);
}

/** Takes the lock until the transaction ends if no other transaction holds it; false if one does. */
export async function tryLockForTransaction(tx: Queryable, lock: AdvisoryLock): Promise<boolean> {
  const { rows } = await tx.query<{ locked: boolean }>('select pg_try_advisory_xact_lock($1) as locked', [ADVISORY_LOCKS[lock]]);
  return rows[0]?.locked === true;
}
