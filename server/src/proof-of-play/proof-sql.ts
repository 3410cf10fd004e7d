// The proof-of-play writes: set-based, a handful of statements per flush
// whatever the number of records (unnest over parallel arrays).
import type { Queryable } from '../db/database.js';
import type { CheckedPlay } from './play-proof-check.js';

export interface PendingBatch {
  deviceId: string;
  tenantId: string;
  batchId: string;
  /** Records the screen sent in the batch, garbage included. */
  records: number;
  plays: CheckedPlay[];
}

const key = (deviceId: string, batchId: string) => `${deviceId}\u0000${batchId}`;

/** Records the batches; returns the keys of those not seen before (ON CONFLICT: a redelivered batch is skipped). */
export async function insertBatches(tx: Queryable, batches: PendingBatch[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ device_id: string; batch_id: string }>(
    `insert into ad_play_batches (device_id, batch_id, tenant_id, records)
     select * from unnest($1::text[], $2::text[], $3::uuid[], $4::int[])
     on conflict do nothing
     returning device_id, batch_id`,
    [batches.map((b) => b.deviceId), batches.map((b) => b.batchId), batches.map((b) => b.tenantId), batches.map((b) => b.records)],
  );
  return new Set(rows.map((r) => key(r.device_id, r.batch_id)));
}

export const batchKey = (batch: Pick<PendingBatch, 'deviceId' | 'batchId'>) => key(batch.deviceId, batch.batchId);

/**
 * Inserts the plays of new batches in one statement. The merchant comes from
 * the screen; the advertiser from the booking, which must be one of the
 * screen's tenant: a play naming another tenant's (or no existing) booking is
 * left out. Returns the number stored. Start times go as epoch milliseconds
 * (cheaper to send and convert than timestamp text; exact to the millisecond).
 */
export async function insertPlays(tx: Queryable, batches: PendingBatch[]): Promise<number> {
  const count = batches.reduce((n, b) => n + b.plays.length, 0);
  if (count === 0) return 0;
  const tenant: string[] = new Array(count);
  const device: string[] = new Array(count);
  const batchId: string[] = new Array(count);
  const creative: string[] = new Array(count);
  const booking: (string | null)[] = new Array(count);
  const startedMs: number[] = new Array(count);
  const duration: number[] = new Array(count);
  const completed: boolean[] = new Array(count);
  const trigger: string[] = new Array(count);
  let i = 0;
  for (const b of batches) {
    for (const p of b.plays) {
      tenant[i] = b.tenantId;
      device[i] = b.deviceId;
      batchId[i] = b.batchId;
      creative[i] = p.creativeId;
      booking[i] = p.bookingId;
      startedMs[i] = p.startedAtMs;
      duration[i] = p.durationMs;
      completed[i] = p.completed;
      trigger[i] = p.trigger;
      i++;
    }
  }
  const { rowCount } = await tx.query(
    `insert into ad_plays (tenant_id, device_id, merchant_id, creative_id, booking_id, advertiser_id, started_at, duration_ms, completed, trigger, batch_id)
     select u.tenant_id, u.device_id, d.merchant_id, u.creative_id, u.booking_id, b.advertiser_id, to_timestamp(u.started_ms / 1000.0), u.duration_ms, u.completed, u.trigger, u.batch_id
       from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::bigint[], $7::int[], $8::bool[], $9::text[])
              as u (tenant_id, device_id, batch_id, creative_id, booking_id, started_ms, duration_ms, completed, trigger)
       join devices d on d.id = u.device_id
       left join ad_bookings b on b.id = u.booking_id and b.tenant_id = u.tenant_id
      where u.booking_id is null or b.id is not null`,
    [tenant, device, batchId, creative, booking, startedMs, duration, completed, trigger],
  );
  return rowCount;
}
