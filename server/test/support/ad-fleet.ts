// A small ad fleet for tests: merchants in two business areas of one city and
// one in another city, screens at each, an advertiser with an API key (rows
// written straight into the real database: the advertiser API is tested in
// advertisers.test.ts), and creatives approved by the test.
import { newApiKey } from '../../src/advertisers/advertiser-auth.js';
import type { ApiClient } from './api-client.js';
import type { TestHub } from './test-hub.js';

export interface AdFleet {
  merchants: Record<'noodles' | 'grocer' | 'cafe' | 'remote', string>;
  /** Screen ids by merchant. */
  screens: Record<'noodles' | 'grocer' | 'cafe' | 'remote', string[]>;
  /** Every screen's credentials, by id. */
  devices: Map<string, { id: string; secret: string; paymentKey: string }>;
}

export async function createAdFleet(bank: ApiClient, prefix: string): Promise<AdFleet> {
  const noodles = await bank.createMerchant({ name: `${prefix} noodles`, merchantCategoryCode: '5812', city: '杭州', district: '西湖区', businessArea: '武林广场' });
  const grocer = await bank.createMerchant({ name: `${prefix} grocer`, merchantCategoryCode: '5411', city: '杭州', district: '西湖区', businessArea: '武林广场' });
  const cafe = await bank.createMerchant({ name: `${prefix} cafe`, merchantCategoryCode: '5814', city: '杭州', district: '上城区', businessArea: '湖滨' });
  const remote = await bank.createMerchant({ name: `${prefix} remote`, merchantCategoryCode: '5812', city: '上海', district: '黄浦区', businessArea: '外滩' });
  const merchants = { noodles: noodles.id, grocer: grocer.id, cafe: cafe.id, remote: remote.id };
  const screens: AdFleet['screens'] = { noodles: [], grocer: [], cafe: [], remote: [] };
  const devices: AdFleet['devices'] = new Map();
  const counts = { noodles: 3, grocer: 2, cafe: 2, remote: 1 } as const;
  for (const key of Object.keys(counts) as Array<keyof typeof counts>) {
    for (let i = 0; i < counts[key]; i++) {
      const device = await bank.createDevice({ id: `${prefix}-${key}-${i}` });
      const assigned = await bank.put(`/api/devices/${device.id}`, { merchantId: merchants[key], tags: i === 0 ? ['entrance'] : [] });
      if (assigned.status !== 200) throw new Error(`assigning ${device.id}: ${JSON.stringify(assigned.body)}`);
      screens[key].push(device.id);
      devices.set(device.id, device);
    }
  }
  return { merchants, screens, devices };
}

/** An advertiser with an API key holding every scope. */
export async function insertAdvertiser(t: TestHub, tenantId: string, name: string, category: string): Promise<{ id: string; token: string }> {
  const { rows } = await t.hub.db.query<{ id: string }>(`insert into advertisers (tenant_id, name, category) values ($1, $2, $3) returning id`, [tenantId, name, category]);
  const key = newApiKey();
  await t.hub.db.query(
    `insert into advertiser_api_keys (id, tenant_id, advertiser_id, name, secret_hash, scopes)
     values ($1, $2, $3, 'test', $4, '{availability:read,bookings:read,bookings:write,creatives:read,creatives:write,reports:read}')`,
    [key.id, tenantId, rows[0]!.id, key.secretHash],
  );
  return { id: rows[0]!.id, token: key.token };
}

/** A creative row already approved with its media in place is the creatives domain's business; here: the row, for bookings to name. */
export async function insertApprovedCreative(
  t: TestHub,
  tenantId: string,
  creative: { advertiserId: string | null; name: string; category: string; durationMs?: number; promotedMerchantId?: string; state?: string },
): Promise<string> {
  const { rows } = await t.hub.db.query<{ id: string }>(
    `insert into creatives (tenant_id, advertiser_id, promoted_merchant_id, name, category, state, media_type, size_bytes, sha256, width, height, duration_ms)
     values ($1, $2, $3, $4, $5, $6, 'image/png', 4, repeat('ab', 32), 1, 1, $7) returning id`,
    [tenantId, creative.advertiserId, creative.promotedMerchantId ?? null, creative.name, creative.category, creative.state ?? 'approved', creative.durationMs ?? 10_000],
  );
  return rows[0]!.id;
}

/** Today and later days as YYYY-MM-DD in China Standard Time (the booking calendar). */
export const bookingDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
