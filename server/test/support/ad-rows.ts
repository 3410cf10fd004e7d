// Ads rows for tests, written with plain SQL on the hub's real database while
// the advertiser, creative and booking APIs are being built: an advertiser,
// its API key, creatives, bookings holding slots on screens, the tenant's loop.
import { randomUUID } from 'node:crypto';
import { newApiKey, type AdScope } from '../../src/advertisers/advertiser-auth.js';
import type { TestHub } from './test-hub.js';

export interface BookingRow {
  id: string;
  advertiserId: string;
  tenantId: string;
}

export interface BookingSpec {
  tenantId: string;
  advertiserId: string;
  name?: string;
  placement?: 'loop' | 'after_payment';
  pricing: 'cpm' | 'slot_day';
  priceFen: number;
  budgetFen?: number | null;
  slotsPerLoop?: number;
  /** Bit h: runs in local hour h. Default every hour. */
  hoursMask?: number;
  startsOn: string;
  endsOn: string;
  state?: 'held' | 'approved' | 'live' | 'completed' | 'cancelled';
  /** Screens it holds slots on (slots_per_loop each). */
  deviceIds: string[];
  creativeIds?: string[];
}

export class AdRows {
  constructor(private readonly t: TestHub) {}

  private query<Row = Record<string, unknown>>(sql: string, params: unknown[]) {
    return this.t.hub.db.query<Row>(sql, params);
  }

  async advertiser(tenantId: string, name: string, category = 'beverage'): Promise<string> {
    const { rows } = await this.query<{ id: string }>('insert into advertisers (tenant_id, name, category) values ($1, $2, $3) returning id', [tenantId, name, category]);
    return rows[0]!.id;
  }

  /** An API key of the advertiser; returns the bearer token to send. */
  async apiKey(tenantId: string, advertiserId: string, scopes: AdScope[] = ['reports:read']): Promise<string> {
    const key = newApiKey();
    await this.query('insert into advertiser_api_keys (id, tenant_id, advertiser_id, name, secret_hash, scopes) values ($1, $2, $3, $4, $5, $6)', [
      key.id,
      tenantId,
      advertiserId,
      'test key',
      key.secretHash,
      scopes,
    ]);
    return key.token;
  }

  async creative(tenantId: string, advertiserId: string | null, name: string): Promise<string> {
    const { rows } = await this.query<{ id: string }>(
      `insert into creatives (tenant_id, advertiser_id, name, category, state, media_type, duration_ms) values ($1, $2, $3, 'beverage', 'approved', 'image/png', 10000) returning id`,
      [tenantId, advertiserId, name],
    );
    return rows[0]!.id;
  }

  async booking(spec: BookingSpec): Promise<BookingRow> {
    const slots = spec.slotsPerLoop ?? 1;
    const { rows } = await this.query<{ id: string }>(
      `insert into ad_bookings (tenant_id, advertiser_id, name, placement, targeting, category, starts_on, ends_on, hours_mask, slots_per_loop, creative_ids, pricing, price_fen, budget_fen, state, screen_count)
       values ($1, $2, $3, $4, '{}'::jsonb, 'beverage', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
      [
        spec.tenantId,
        spec.advertiserId,
        spec.name ?? `booking ${randomUUID().slice(0, 8)}`,
        spec.placement ?? 'loop',
        spec.startsOn,
        spec.endsOn,
        spec.hoursMask ?? 0xffffff,
        slots,
        spec.creativeIds ?? [],
        spec.pricing,
        spec.priceFen,
        spec.budgetFen ?? null,
        spec.state ?? 'live',
        spec.deviceIds.length,
      ],
    );
    const id = rows[0]!.id;
    if (spec.deviceIds.length > 0) {
      await this.query('insert into ad_booking_screens (booking_id, device_id, tenant_id, slots) select $1, unnest($2::text[]), $3, $4', [id, spec.deviceIds, spec.tenantId, slots]);
    }
    return { id, advertiserId: spec.advertiserId, tenantId: spec.tenantId };
  }

  /** The tenant's loop (scheduling owns these columns; tests set them directly). */
  async loop(tenantId: string, loopSeconds: number, slotSeconds = 10, attributionWindowMinutes = 10): Promise<void> {
    await this.query(
      `insert into ad_settings (tenant_id, loop_seconds, slot_seconds, attribution_window_minutes) values ($1, $2, $3, $4)
       on conflict (tenant_id) do update set loop_seconds = excluded.loop_seconds, slot_seconds = excluded.slot_seconds, attribution_window_minutes = excluded.attribution_window_minutes`,
      [tenantId, loopSeconds, slotSeconds, attributionWindowMinutes],
    );
  }

  async count(sql: string, params: unknown[]): Promise<number> {
    const { rows } = await this.query<{ n: number }>(sql, params);
    return Number(rows[0]!.n);
  }
}

/** A PlayProof record as a screen sends it (trigger 1: the loop, 2: after a payment). */
export function playProof(creativeId: string, bookingId: string | null, startedAtMs: number, options: { durationMs?: number; completed?: boolean; trigger?: 1 | 2 } = {}) {
  return { creativeId, bookingId: bookingId ?? '', startedAtMs, durationMs: options.durationMs ?? 10_000, completed: options.completed ?? true, trigger: options.trigger ?? 1 };
}
