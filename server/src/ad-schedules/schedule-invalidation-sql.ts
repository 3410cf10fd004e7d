// What makes a screen's compiled ad schedule out of date. Domains that change
// bookings, creatives or merchants call these; the compiler recompiles only
// the screens marked stale (a screen with no schedule yet is compiled anyway).
import type { Queryable } from '../db/database.js';

export class ScheduleInvalidation {
  constructor(private readonly db: Queryable) {}

  /** A booking was created, approved, cancelled, or its creatives changed. */
  async bookingChanged(tenantId: string, bookingId: string): Promise<void> {
    await this.db.query(
      `update ad_schedules set stale = true
        where tenant_id = $1 and not stale and device_id in (select device_id from ad_booking_screens where booking_id = $2)`,
      [tenantId, bookingId],
    );
  }

  /**
   * A creative was approved, rejected or replaced. Booked creatives touch their
   * bookings' screens; a house or cross-promotion creative can fill any screen.
   */
  async creativesChanged(tenantId: string, creativeIds: string[]): Promise<void> {
    if (creativeIds.length === 0) return;
    const { rows } = await this.db.query<{ filler: boolean }>(
      `select exists (select 1 from creatives where tenant_id = $1 and id = any($2::uuid[]) and advertiser_id is null) as filler`,
      [tenantId, creativeIds],
    );
    if (rows[0]?.filler) {
      await this.db.query(`update ad_schedules set stale = true where tenant_id = $1 and not stale`, [tenantId]);
      return;
    }
    await this.db.query(
      `update ad_schedules set stale = true
        where tenant_id = $1 and not stale and device_id in (
          select bs.device_id from ad_bookings b join ad_booking_screens bs on bs.booking_id = b.id
           where b.tenant_id = $1 and b.creative_ids && $2::uuid[])`,
      [tenantId, creativeIds],
    );
  }

  /** A merchant's blocked categories (or its place: city, business area) changed. */
  async merchantsChanged(tenantId: string, merchantIds: string[]): Promise<void> {
    if (merchantIds.length === 0) return;
    await this.db.query(
      `update ad_schedules set stale = true
        where tenant_id = $1 and not stale and device_id in (select id from devices where tenant_id = $1 and merchant_id = any($2::uuid[]))`,
      [tenantId, merchantIds],
    );
  }

  /** The tenant's loop or slot length changed: every schedule. */
  async tenantChanged(tenantId: string): Promise<void> {
    await this.db.query(`update ad_schedules set stale = true where tenant_id = $1 and not stale`, [tenantId]);
  }
}
