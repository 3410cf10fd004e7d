// The console as an operations team runs a fleet with it, end to end in Debian's
// Chromium on a hub of its own (console/test/support/operations-scene.ts): every
// screen of a 5,000-screen fleet on the map, forms that create a merchant with
// trading hours, a store and groups, screens assigned in bulk, an alert
// acknowledged with a note, long member lists paged, and no English left on any
// page in Simplified Chinese. Screenshots go to console/test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signRelease } from '@screenhub/protocol';
import { pngImage } from '../../server/test/support/ad-media.js';
import { chromiumInstalled, CHROMIUM, logIn, openBrowser, screenshot, screenshotDir, type ConsoleBrowser } from './support/browser.js';
import { englishWords } from './support/english-words.js';
import { startOperationsScene, type OperationsScene } from './support/operations-scene.js';

/** The console's own words on a page: headings, labels, buttons, tabs, chips, table heads, menus, pagination, empty states, chart axes. */
const CHROME = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'label', 'legend', 'button', '[role="tab"]', '[role="menuitem"]', '.MuiChip-label', '.MuiTablePagination-root',
  '.RaEmpty-message', '.MuiFormHelperText-root', '.recharts-cartesian-axis-tick-value', '.recharts-legend-item-text', '.MuiAlert-message', '.MuiSnackbarContent-message', 'nav a',
].join(', ');

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });

/** The screens the map's clusters hold, and how many clusters there are. */
const mapCounts = (page: Page) =>
  page.getByTestId('map-cluster').evaluateAll((nodes) => ({ clusters: nodes.length, screens: nodes.reduce((n, node) => n + Number(node.getAttribute('data-screens')), 0) }));

describe.skipIf(!chromiumInstalled)(`operations in the console (${CHROMIUM})`, { timeout: 180_000 }, () => {
  let scene: OperationsScene;
  let browser: ConsoleBrowser;
  let page: Page;
  const created: { merchantId?: string; storeId?: string; staticGroupId?: string } = {};

  beforeAll(async () => {
    scene = await startOperationsScene();
    browser = await openBrowser();
    page = browser.page;
    page.setDefaultTimeout(45_000);
    await logIn(page, scene.baseUrl, scene.login.email, scene.login.password);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await scene?.t.stop();
  }, 120_000);

  it('draws every screen of the 5,000-screen fleet in clusters, and the hourly ad plays and what needs attention', async () => {
    await page.goto(`${scene.baseUrl}/console/`);
    // Every screen counted in the clusters: the placed ones drawn, the one without a store position said apart.
    await page.waitForFunction(`[...document.querySelectorAll('[data-testid="map-cluster"]')].reduce((n, node) => n + Number(node.getAttribute('data-screens')), 0) === ${scene.screens}`);
    // performance.now() counts from the start of this navigation.
    const shownAfterMs = await page.evaluate(() => performance.now());
    console.info(`map: ${scene.screens} screens in clusters ${Math.round(shownAfterMs)} ms after navigation`);
    const counts = await mapCounts(page);
    expect(counts.clusters).toBeGreaterThan(1);
    expect(counts.clusters).toBeLessThan(60);
    expect(await page.getByTestId('map-total').getAttribute('data-screens')).toBe(String(scene.screens));
    // Generous for a loaded CI machine; the figure is logged above and measured in npm run bench:console.
    expect(shownAfterMs).toBeLessThan(10_000);

    await page.getByTestId('chart-plays-by-hour').locator('.recharts-bar-rectangle').first().waitFor();
    await poll(() => page.getByTestId('attention-critical_alerts').getAttribute('data-count')).toBe('1');
    await poll(async () => Number(await page.getByTestId('attention-offline_trading').getAttribute('data-count'))).toBeGreaterThan(3_000);
    await screenshot(page, 'dashboard-en');
    await page.getByTestId('screen-map').screenshot({ path: join(screenshotDir, 'map-en.png') });
  });

  it('zooms to a city, into a cluster, and lists the cities', async () => {
    await page.getByTestId('map-city').click();
    await page.getByRole('option', { name: /^杭州/ }).click();
    await poll(async () => (await mapCounts(page)).screens).toBe(scene.fleet.cities.get('杭州')!.screens + 1);
    const zoom = Number(await page.getByTestId('screen-map').getAttribute('data-zoom'));
    expect(zoom).toBeGreaterThanOrEqual(9);
    const cluster = page.locator('[data-testid="map-cluster"][data-store=""]').first();
    if (await cluster.count()) {
      const before = await mapCounts(page);
      await cluster.click();
      await poll(async () => Number(await page.getByTestId('screen-map').getAttribute('data-zoom'))).toBeGreaterThan(zoom);
      expect((await mapCounts(page)).clusters).toBeGreaterThanOrEqual(1);
      expect(before.screens).toBeGreaterThan(0);
    }
    await page.getByTestId('map-as-list').click();
    await poll(() => page.getByTestId('map-list').locator('tbody tr').count()).toBe(6);
    await page.getByTestId('map-as-list').click();
    await page.getByTestId('map-fleet').click();
    await poll(async () => (await mapCounts(page)).screens).toBe(scene.screens);
  });

  it('creates a merchant with trading hours, a store and two groups in forms', async () => {
    await page.goto(`${scene.baseUrl}/console/merchants/create`);
    await page.locator('input[name="name"]').fill('湖畔书店');
    await page.locator('input[name="city"]').fill('杭州');
    // A mistake is shown under its field before anything is sent.
    await page.locator('input[name="merchantCategoryCode"]').fill('59x');
    await page.locator('input[name="merchantCategoryCode"]').blur();
    await page.getByText('Four digits').waitFor();
    await page.locator('input[name="merchantCategoryCode"]').fill('5942');
    await page.getByRole('button', { name: 'Add' }).first().click();
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) await page.getByLabel(day).first().check();
    await page.locator('input[name="tradingHours.0.opens"]').fill('09:00');
    await page.locator('input[name="tradingHours.0.closes"]').fill('21:30');
    await page.getByRole('combobox', { name: /Acquirer/ }).click();
    await page.getByRole('option', { name: 'WeChat Pay' }).click();
    await page.locator('input[name="credentials.appId"]').fill('wx0123456789abcdef');
    await page.locator('input[name="credentials.mchId"]').fill('1900000109');
    await page.locator('input[name="credentials.apiKey"]').fill('k'.repeat(32));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/console\/merchants\/[0-9a-f-]{36}\/show/);
    created.merchantId = /merchants\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    const merchant = (await scene.admin.get(`/api/merchants/${created.merchantId}`)).body;
    expect(merchant).toMatchObject({ name: '湖畔书店', city: '杭州', merchantCategoryCode: '5942', acquirer: 'wechat', tradingHours: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '21:30' }] });
    expect(JSON.stringify(merchant)).not.toContain('k'.repeat(32));
    await page.getByTestId('trading-hours').getByText('Mon Tue Wed Thu Fri 09:00–21:30').waitFor();

    await page.getByRole('tab', { name: 'Stores' }).click();
    await page.getByTestId('add-store').click();
    await page.locator('input[name="name"]').fill('断桥店');
    await page.locator('input[name="latitude"]').fill('30.2606');
    await page.locator('input[name="longitude"]').fill('120.1517');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`**/merchants/${created.merchantId}/show/stores`);
    await page.getByText('断桥店').waitFor();
    const stores = (await scene.admin.get(`/api/stores?filter=${encodeURIComponent(JSON.stringify({ merchantId: created.merchantId }))}`)).body;
    expect(stores).toEqual([expect.objectContaining({ name: '断桥店', latitude: 30.2606, longitude: 120.1517 })]);
    created.storeId = stores[0].id;

    // A dynamic group, its members previewed as the query is typed.
    await page.goto(`${scene.baseUrl}/console/groups/create`);
    await page.locator('input[name="name"]').fill('成都全部');
    await page.getByLabel('Dynamic: a registry query').check();
    await page.locator('input[name="query"]').fill('city = "成都"');
    await poll(() => page.getByTestId('group-preview-count').getAttribute('data-total')).toBe(String(scene.fleet.cities.get('成都')!.screens));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/console\/groups\/[0-9a-f-]{36}\/show/);

    await page.goto(`${scene.baseUrl}/console/groups/create`);
    await page.locator('input[name="name"]').fill('书店屏幕');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/console\/groups\/[0-9a-f-]{36}\/show/);
    created.staticGroupId = /groups\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    const groups = (await scene.admin.get('/api/groups?range=[0,99]')).body as Array<{ name: string; kind: string; memberCount: number }>;
    expect(groups.find((g) => g.name === '成都全部')).toMatchObject({ kind: 'dynamic', memberCount: scene.fleet.cities.get('成都')!.screens });
    expect(groups.find((g) => g.name === '书店屏幕')).toMatchObject({ kind: 'static', memberCount: 0 });
  });

  it("assigns screens in bulk to the new store and group; the merchant's Screens tab lists them", async () => {
    const names = ['屏幕 7', '屏幕 8', '屏幕 9'];
    await page.goto(`${scene.baseUrl}/console/devices`);
    await page.locator('input[name="query"]').fill(names.map((n) => `name = "${n}"`).join(' or '));
    await poll(() => page.locator('tbody tr').count()).toBe(3);
    await page.locator('thead input[type="checkbox"]').check();
    await page.getByTestId('bulk-assign').click();
    await page.getByTestId('bulk-merchant').locator('[role="combobox"]').click();
    await page.getByRole('option', { name: '湖畔书店' }).click();
    await page.getByTestId('bulk-store').locator('[role="combobox"]').click();
    await page.getByRole('option', { name: '断桥店' }).click();
    await page.getByTestId('bulk-assign-apply').click();
    await page.getByText('Done for 3 screens').waitFor();
    for (const id of ['ops-7', 'ops-8', 'ops-9']) expect((await scene.admin.get(`/api/devices/${id}`)).body).toMatchObject({ merchantId: created.merchantId, storeId: created.storeId });

    await poll(() => page.locator('tbody tr').count()).toBe(3);
    await page.locator('thead input[type="checkbox"]').check();
    await page.getByTestId('bulk-group').click();
    await page.getByTestId('bulk-group-choice').locator('[role="combobox"]').click();
    await page.getByRole('option', { name: '书店屏幕' }).click();
    await page.getByTestId('bulk-group-apply').click();
    await poll(async () => (await scene.admin.get(`/api/groups/${created.staticGroupId}`)).body.memberCount).toBe(3);

    await page.goto(`${scene.baseUrl}/console/merchants/${created.merchantId}/show/devices`);
    for (const name of names) await page.getByRole('cell', { name, exact: true }).waitFor();
    await screenshot(page, 'merchant-screens');
  });

  it('pages a group of 60 screens', async () => {
    await page.goto(`${scene.baseUrl}/console/groups/${scene.groupId}/show`);
    await page.getByText('1-25 of 60').waitFor();
    await page.getByRole('button', { name: 'Go to page 3' }).click();
    await page.getByText('51-60 of 60').waitFor();
    await poll(() => page.locator('tbody tr').count()).toBe(10);
    await page.goto(`${scene.baseUrl}/console/groups`);
    await page.getByRole('row', { name: /试点六十/ }).getByText('60').waitFor();
  });

  it("sets a group's config layer in a form, a field per key, sending only the keys set", async () => {
    await page.goto(`${scene.baseUrl}/console/groups/${scene.groupId}/show`);
    const form = page.getByTestId('config-layer-form');
    await form.locator('input[name="volume"]').fill('180');
    await form.locator('input[name="volume"]').blur();
    await form.getByText('Must be 100 or less').waitFor();
    await form.locator('input[name="volume"]').fill('80');
    await form.locator('input[name="ads.maxPerHour"]').fill('6');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved; 60 screens get the new settings').waitFor();
    expect((await scene.admin.get(`/api/config-layers/group/${scene.groupId}`)).body.config).toEqual({ volume: 80, ads: { maxPerHour: 6 } });
  });

  it('acknowledges the critical alert with a note, the alert naming its screen, store, merchant and threshold', async () => {
    await page.goto(`${scene.baseUrl}/console/alerts`);
    const row = page.getByRole('row', { name: /收银台热屏/ });
    await row.getByTestId('severity-critical').waitFor();
    await row.getByText('72.5 °C > 60 °C').waitFor();
    await row.getByText('杭州连锁超市').waitFor();
    await row.getByText('机身过热 (Too hot)').waitFor();
    await screenshot(page, 'alerts-en');
    await row.getByTestId('action-acknowledge').click();
    await page.getByTestId('acknowledge-note').locator('textarea').first().fill('已通知店员检查散热');
    await page.getByTestId('acknowledge-confirm').click();
    await poll(async () => (await scene.admin.get(`/api/alerts/${scene.alertId}`)).body.acknowledgedNote).toBe('已通知店员检查散热');
    expect((await scene.admin.get(`/api/alerts/${scene.alertId}`)).body.state).toBe('acknowledged');

    await page.goto(`${scene.baseUrl}/console/devices/${scene.hotScreen.id}/show`);
    await page.getByText(scene.hotScreen.name).first().waitFor();
    await screenshot(page, 'device-en');
  });

  it("edits, blocks, unblocks and re-keys a screen, and shows its presence history and health over a chosen range", async () => {
    const id = scene.hotScreen.id;
    const device = async () => (await scene.admin.get(`/api/devices/${id}`)).body;
    await page.goto(`${scene.baseUrl}/console/devices/${id}/show`);
    await page.getByTestId('device-edit').click();
    await page.getByTestId('device-name').locator('input').fill('收银台热屏二号');
    await page.getByTestId('device-tags').locator('input').fill('vip, 试点');
    await page.getByTestId('device-save').click();
    await poll(async () => (await device()).name).toBe('收银台热屏二号');
    expect((await device()).tags).toEqual(['vip', '试点']);

    await page.getByTestId('device-block').click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await poll(async () => (await device()).status).toBe('blocked');
    await page.getByTestId('device-unblock').click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await poll(async () => (await device()).status).toBe('active');

    const rotatedBefore = (await device()).secretRotatedAt;
    await page.getByTestId('device-rotate-secret').click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await poll(async () => (await page.getByTestId('device-secret').textContent())?.length ?? 0).toBeGreaterThan(20);
    expect((await device()).secretRotatedAt).not.toBe(rotatedBefore);
    await page.getByRole('button', { name: 'Close' }).click();

    // Blocking disconnected it: the presence tab lists that, with why.
    await page.goto(`${scene.baseUrl}/console/devices/${id}/show/presence`);
    await page.getByTestId('presence-history').getByText('Disconnected by the hub').first().waitFor();
    await page.goto(`${scene.baseUrl}/console/devices/${id}/show/health`);
    await page.getByTestId('health-range').getByText('7 days').click();
    await page.getByTestId('device-health').locator('.recharts-line-dot').first().waitFor();
  });

  it('creates an alert rule with a hold-off in its form', async () => {
    await page.goto(`${scene.baseUrl}/console/alert-rules/create`);
    await page.locator('input[name="name"]').fill('离线超过十分钟');
    await page.getByRole('combobox', { name: /Watches/ }).click();
    await page.getByRole('option', { name: 'Offline' }).click();
    await page.locator('input[name="threshold"]').fill('10');
    await page.locator('input[name="openAfterMinutes"]').fill('5');
    await page.locator('input[name="clearAfterMinutes"]').fill('2000');
    await page.locator('input[name="clearAfterMinutes"]').blur();
    await page.getByText('Must be 1440 or less').waitFor();
    await page.locator('input[name="clearAfterMinutes"]').fill('15');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/console/alert-rules');
    const rules = (await scene.admin.get('/api/alert-rules')).body as Array<{ name: string }>;
    expect(rules.find((r) => r.name === '离线超过十分钟')).toMatchObject({ kind: 'offline', threshold: 10, severity: 'warning', openAfterMinutes: 5, clearAfterMinutes: 15, enabled: true });
  });

  it('creates an OTA campaign for a group, an advertiser, a creative with its image and a booking of it in their forms', async () => {
    await page.goto(`${scene.baseUrl}/console/campaigns/create`);
    await page.locator('input[name="name"]').fill('试点升级 3.1');
    await page.getByRole('combobox', { name: /Release/ }).click();
    await page.getByRole('option', { name: '3.1.0' }).click();
    await page.locator('input[name="groupId"]').fill('试点');
    await page.getByRole('option', { name: '试点六十' }).click();
    await page.locator('input[name="waves"]').fill('10, 100');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/console\/campaigns\/[0-9a-f-]{36}\/show/);
    const id = /campaigns\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    expect((await scene.admin.get(`/api/ota/campaigns/${id}`)).body).toMatchObject({ name: '试点升级 3.1', state: 'draft', deviceCount: 60, waves: [10, 100] });

    await page.goto(`${scene.baseUrl}/console/advertisers/create`);
    await page.locator('input[name="name"]').fill('西湖茶饮');
    await page.locator('input[name="category"]').fill('Beverage!');
    await page.locator('input[name="category"]').blur();
    await page.getByText('Lower-case letters, digits, - and _').waitFor();
    await page.locator('input[name="category"]').fill('beverage');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/console/advertisers');
    await page.getByText('西湖茶饮').waitFor();

    // A creative of that advertiser, its image uploaded from its page: it then waits for review.
    await page.goto(`${scene.baseUrl}/console/creatives/create`);
    await page.locator('input[name="name"]').fill('龙井新茶');
    await page.locator('input[name="advertiserId"]').fill('西湖');
    await page.getByRole('option', { name: '西湖茶饮' }).click();
    await page.locator('input[name="category"]').fill('beverage');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/console\/creatives\/[0-9a-f-]{36}\/show/);
    const creativeId = /creatives\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    const image = join(screenshotDir, '..', 'longjing.png');
    await writeFile(image, pngImage(640, 360, [40, 160, 80]));
    await page.getByTestId('creative-file').setInputFiles(image);
    await page.getByTestId('state-pending_review').waitFor();
    expect((await scene.admin.get(`/api/creatives/${creativeId}`)).body).toMatchObject({ name: '龙井新茶', state: 'pending_review', mediaType: 'image/png' });
    await rm(image, { force: true });
    await page.getByTestId('action-approve').click();
    await page.getByTestId('state-approved').waitFor();

    // A booking of it on Chengdu's screens, the inventory asked as the form is filled.
    await page.goto(`${scene.baseUrl}/console/ad-bookings/create`);
    await page.locator('input[name="advertiserId"]').fill('西湖');
    await page.getByRole('option', { name: '西湖茶饮' }).click();
    await page.locator('input[name="name"]').fill('成都春茶');
    await page.locator('input[name="cities"]').fill('成都');
    await poll(() => page.getByTestId('booking-availability').getAttribute('data-screens')).toBe(String(scene.fleet.cities.get('成都')!.screens));
    await page.locator('input[name="priceFen"]').fill('12.5');
    await page.locator('input[name="creativeIds"]').fill('龙井');
    await page.getByRole('option', { name: '龙井新茶' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/console\/ad-bookings\/[0-9a-f-]{36}\/show/);
    const bookingId = /ad-bookings\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    expect((await scene.admin.get(`/api/ad-bookings/${bookingId}`)).body).toMatchObject({ name: '成都春茶', placement: 'loop', pricing: 'cpm', priceFen: 1250, state: 'held', screenCount: scene.fleet.cities.get('成都')!.screens });
  });

  it('uploads a signed release with its progress, and refuses one whose signature does not hold', async () => {
    const content = Buffer.alloc(3 * 1024 * 1024, 9);
    const file = join(screenshotDir, '..', 'screen-app-3.2.0.bin');
    await writeFile(file, content);
    const sha256Hex = createHash('sha256').update(content).digest('hex');
    const sign = (version: string) => signRelease({ kind: 'app', version, sizeBytes: content.length, sha256Hex }, scene.releaseKey.privateKey).toString('base64');
    const upload = async (version: string, signature: string) => {
      await page.goto(`${scene.baseUrl}/console/releases/create`);
      await page.locator('input[name="version"]').fill(version);
      await page.getByTestId('release-file').setInputFiles(file);
      await page.getByTestId('release-manifest').getByText(sha256Hex, { exact: false }).waitFor();
      await page.getByTestId('release-key').locator('[role="combobox"]').click();
      await page.getByRole('option', { name: '发布流水线密钥' }).click();
      await page.locator('input[name="signature"]').fill(signature);
      await page.getByTestId('release-save').click();
    };
    // Signed for another version: the hub refuses the package, and says so.
    await upload('3.2.1', sign('3.2.0'));
    await page.locator('.MuiSnackbarContent-message, [role="alert"]').filter({ hasText: /signature/i }).first().waitFor();
    await upload('3.2.0', sign('3.2.0'));
    await page.waitForURL('**/console/releases');
    const releases = (await scene.admin.get('/api/releases?range=[0,99]')).body as Array<{ version: string; state: string; sizeBytes: number }>;
    expect(releases.find((r) => r.version === '3.2.0')).toMatchObject({ state: 'ready', sizeBytes: content.length });
    await rm(file, { force: true });
  });

  it('leaves no English on any page in Simplified Chinese', async () => {
    await page.goto(`${scene.baseUrl}/console/`);
    await page.getByRole('button', { name: /language|English/i }).first().click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByText('在线屏幕').waitFor();

    const pages = [
      '', 'devices', `devices/${scene.hotScreen.id}/show`, `devices/${scene.hotScreen.id}/show/health`, `devices/${scene.hotScreen.id}/show/presence`, 'alerts', 'alert-rules', 'alert-rules/create', 'merchants', `merchants/${created.merchantId}/show`,
      `merchants/${created.merchantId}/show/stores`, `merchants/${created.merchantId}/show/devices`, 'merchants/create', 'stores', 'groups', `groups/${scene.groupId}/show`, 'groups/create',
      'transactions', 'releases', 'releases/create', 'campaigns', 'campaigns/create', 'advertisers', 'advertisers/create', 'creatives/create', 'ad-bookings/create', 'creatives', 'ad-bookings', 'reconciliations', 'ad-reports', 'revenue',
    ];
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(`${scene.baseUrl}/console/${path}`);
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const texts = (await page.locator(CHROME).allInnerTexts()).filter(Boolean);
      for (const text of texts) for (const word of englishWords(text)) found.push(`${path || 'dashboard'}: "${word}" in "${text.slice(0, 80)}"`);
      if (['', 'alerts', `devices/${scene.hotScreen.id}/show`].includes(path)) await screenshot(page, `${path === '' ? 'dashboard' : path.startsWith('devices') ? 'device' : path}-zh`);
      if (path === '') await page.getByTestId('screen-map').screenshot({ path: join(screenshotDir, 'map-zh.png') });
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
