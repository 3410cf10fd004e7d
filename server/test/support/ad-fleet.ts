// A small ad fleet for tests: merchants in two business areas of one city and
// one in another city, with screens at each (advertisers and creatives come
// from ads-fixture.ts).
import type { ApiClient } from './api-client.js';

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

/** Today and later days as YYYY-MM-DD in China Standard Time (the booking calendar). */
export const bookingDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
