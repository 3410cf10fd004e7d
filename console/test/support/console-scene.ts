// What the console's end-to-end test works on: a hub started by the test (on the
// embedded database), the console built if its dist is stale, and two tenants.
// The first has a merchant in 杭州 with a store on the map, screens, a creative
// waiting for review and a draft OTA campaign; the second has one screen of its own.
import { createDevice } from './devices.js';
import { buildConsoleIfStale } from '../../scripts/build-if-stale.js';
import { putMedia } from '../../../server/test/support/ads-fixture.js';
import { pngImage } from '../../../server/test/support/ad-media.js';
import type { ApiClient } from '../../../server/test/support/api-client.js';
import { publishRelease, registerReleaseKey } from '../../../server/test/support/ota-fixture.js';
import { TestHub } from '../../../server/test/support/test-hub.js';

export interface Device {
  id: string;
  secret: string;
  paymentKey: string;
  name: string;
}

export interface ConsoleScene {
  t: TestHub;
  baseUrl: string;
  admin: ApiClient;
  adminLogin: { email: string; password: string };
  otherAdmin: ApiClient;
  otherLogin: { email: string; password: string };
  /** In 杭州, at a store with a position. */
  hangzhouScreen: Device;
  /** In 上海, no store. */
  shanghaiScreen: Device;
  /** The OTA campaign's only target; never connects, so the campaign stays running until paused. */
  otaScreen: Device;
  otherScreen: Device;
  creativeId: string;
  campaignId: string;
}

const PASSWORD = 'tenant admin password';
const emailOf = (tenant: string) => `admin@${tenant.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.test`;

export async function startConsoleScene(): Promise<ConsoleScene> {
  buildConsoleIfStale((line) => console.info(line));
  // The rollout engine ticks often so a started campaign offers its first wave at once.
  const t = await TestHub.start({ HUB_OTA_TICK_MS: '200' });
  const root = await t.api.loginRoot();
  const { admin } = await root.createTenant('Console Bank');
  const { admin: otherAdmin } = await root.createTenant('Console Other Bank');

  const hangzhou = await admin.createMerchant({ name: '湖滨咖啡', city: '杭州', district: '西湖区' });
  const shanghai = await admin.createMerchant({ name: '外滩面馆', city: '上海' });
  const store = await admin.post('/api/stores', { merchantId: hangzhou.id, name: '湖滨店', address: '杭州市西湖区湖滨路 1 号', latitude: 30.2594, longitude: 120.1634 });
  if (store.status !== 201) throw new Error(`create store: ${store.status} ${JSON.stringify(store.body)}`);
  const store2 = await admin.post('/api/stores', { merchantId: hangzhou.id, name: '西溪店', address: '杭州市西湖区西溪路 2 号', latitude: 30.2741, longitude: 120.0701 });
  if (store2.status !== 201) throw new Error(`create store: ${store2.status} ${JSON.stringify(store2.body)}`);

  const hangzhouScreen = await createDevice(admin, 'Counter 湖滨 1', { merchantId: hangzhou.id, storeId: store.body.id });
  const shanghaiScreen = await createDevice(admin, 'Counter 外滩 1', { merchantId: shanghai.id });
  const otaScreen = await createDevice(admin, 'Counter 西溪 1', { merchantId: hangzhou.id, storeId: store2.body.id });
  const otherScreen = await createDevice(otherAdmin, 'Other bank counter', {});

  // A creative with its media uploaded: pending review, what a reviewer approves.
  const creative = await admin.post('/api/creatives', { name: 'Spring tea promotion', category: 'house' });
  if (creative.status !== 201) throw new Error(`create creative: ${creative.status} ${JSON.stringify(creative.body)}`);
  const media = await putMedia(admin, creative.body.id, pngImage(320, 180, [20, 120, 200]), 'image/png');
  if (media.status !== 200 || media.body.state !== 'pending_review') throw new Error(`upload media: ${media.status} ${JSON.stringify(media.body)}`);
  // The other tenant's creative must never show up in the first tenant's console, and the reverse.
  await otherAdmin.post('/api/creatives', { name: 'Other bank creative', category: 'house' });

  const key = await registerReleaseKey(admin);
  const { release, upload } = await publishRelease(admin, key, { version: '2.0.0', content: Buffer.alloc(64 * 1024, 7) });
  if (upload.status !== 200) throw new Error(`upload package: ${upload.status} ${JSON.stringify(upload.body)}`);
  const campaign = await admin.post('/api/ota/campaigns', { name: 'Console rollout', releaseId: release.id, target: { deviceIds: [otaScreen.id] }, waves: [100], installWindow: 'any' });
  if (campaign.status !== 201 || campaign.body.deviceCount !== 1) throw new Error(`create campaign: ${campaign.status} ${JSON.stringify(campaign.body)}`);

  return {
    t,
    baseUrl: t.hub.httpUrl,
    admin,
    adminLogin: { email: emailOf('Console Bank'), password: PASSWORD },
    otherAdmin,
    otherLogin: { email: emailOf('Console Other Bank'), password: PASSWORD },
    hangzhouScreen,
    shanghaiScreen,
    otaScreen,
    otherScreen,
    creativeId: creative.body.id,
    campaignId: campaign.body.id,
  };
}
