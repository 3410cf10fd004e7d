// The tenant's loop: how long it is and how it is cut into slots. Defaults
// apply until the tenant saves its own (a row in ad_settings).
import type { Queryable } from '../db/database.js';

export interface LoopSettings {
  loopSeconds: number;
  slotSeconds: number;
}

export const DEFAULT_LOOP: LoopSettings = { loopSeconds: 60, slotSeconds: 10 };

export const slotsPerLoop = (loop: LoopSettings) => loop.loopSeconds / loop.slotSeconds;
export const loopsPerHour = (loop: LoopSettings) => 3600 / loop.loopSeconds;

export async function loopSettings(db: Queryable, tenantId: string): Promise<LoopSettings> {
  const { rows } = await db.query<{ loop_seconds: number; slot_seconds: number }>(`select loop_seconds, slot_seconds from ad_settings where tenant_id = $1`, [tenantId]);
  return rows[0] ? { loopSeconds: rows[0].loop_seconds, slotSeconds: rows[0].slot_seconds } : DEFAULT_LOOP;
}

/** Upserts only the loop columns: the revenue shares of the same row belong to the revenue domain. */
export async function saveLoopSettings(db: Queryable, tenantId: string, loop: LoopSettings): Promise<void> {
  await db.query(
    `insert into ad_settings (tenant_id, loop_seconds, slot_seconds) values ($1, $2, $3)
     on conflict (tenant_id) do update set loop_seconds = excluded.loop_seconds, slot_seconds = excluded.slot_seconds, updated_at = now()`,
    [tenantId, loop.loopSeconds, loop.slotSeconds],
  );
}
