// The operators' console end to end: a real hub (TestHub, embedded database)
// serving the built console at /console, driven in Debian's Chromium through
// playwright-core. Screenshots of the main pages go to console/test-results/.
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually } from '../../server/test/support/test-hub.js';
import { chromiumInstalled, CHROMIUM, logIn, openBrowser, screenshot, type ConsoleBrowser } from './support/browser.js';
import { startConsoleScene, type ConsoleScene } from './support/console-scene.js';

/** A GET as sent, without fetch's own Accept-Encoding and decompression. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** expect.poll with room for a slow page (its default gives up after a second). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });

if (!chromiumInstalled) console.warn(`console e2e SKIPPED: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it)`);

// A browser page is slow on a loaded two-core CI machine: generous timeouts, awaited conditions only.
describe.skipIf(!chromiumInstalled)(`operators' console in Chromium (${CHROMIUM})`, { timeout: 120_000 }, () => {
  let scene: ConsoleScene;
  let browser: ConsoleBrowser;
  let page: Page;

  beforeAll(async () => {
    scene = await startConsoleScene();
    browser = await openBrowser();
    page = browser.page;
    page.setDefaultTimeout(45_000);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await scene?.t.stop();
  }, 120_000);

  it('serves the built console with long-cached assets and an uncached index', async () => {
    const index = await fetch(`${scene.baseUrl}/console/devices/anything/show`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(scene.baseUrl + asset!);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${scene.baseUrl}/console/assets/missing-0000.js`)).status).toBe(404);

    // Sent compressed to a browser that takes it (the build's brotli and gzip copies), whole to one that does not.
    const plain = await rawGet(scene.baseUrl + asset!, {});
    const brotli = await rawGet(scene.baseUrl + asset!, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await rawGet(scene.baseUrl + asset!, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.body.length).toBeLessThan(plain.body.length * 0.4);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);

    // The icon: browsers ask for /favicon.ico whatever the page links.
    const icon = await fetch(`${scene.baseUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('logs in against the hub and shows the dashboard', async () => {
    await logIn(page, scene.baseUrl, scene.adminLogin.email, scene.adminLogin.password);
    expect(await page.evaluate("localStorage.getItem('screenhub.token')")).toMatch(/^ey/);
    await poll(() => page.getByTestId('stat-online').textContent()).toBe('0');
    await page.getByTestId('live-status').and(page.locator('[data-status="open"]')).waitFor();
    await page.getByTestId('screen-map').waitFor();
    await screenshot(page, 'dashboard');
  });

  it('finds a device with a registry query, opens it, shows the result of a command the screen carried out, and charts its health', async () => {
    const screen = scene.t.screen(scene.hangzhouScreen);
    await screen.connect();
    await page.goto(`${scene.baseUrl}/console/devices`);
    await page.getByText(scene.shanghaiScreen.name).waitFor();
    await page.locator('input[name="query"]').fill('city = "杭州" and storeName = "湖滨店"');
    await page.getByText(scene.shanghaiScreen.name).waitFor({ state: 'detached' });
    const row = page.locator('tr', { hasText: scene.hangzhouScreen.name });
    await row.getByTestId('badge-online').waitFor();
    await poll(() => page.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'devices-filtered');

    await row.click();
    await page.waitForURL(`**/console/devices/${scene.hangzhouScreen.id}/show`);
    await page.getByTestId('command-play_test_announcement').click();
    await page.getByTestId('command-list').getByTestId('state-succeeded').waitFor().catch(async (err) => {
      await screenshot(page, 'failure-device-show');
      console.error('commands at the hub:', JSON.stringify((await scene.admin.get(`/api/devices/${scene.hangzhouScreen.id}/commands`)).body));
      throw err;
    });
    const commands = (await scene.admin.get(`/api/devices/${scene.hangzhouScreen.id}/commands`)).body;
    expect(commands).toEqual([expect.objectContaining({ type: 'play_test_announcement', state: 'succeeded' })]);
    await screenshot(page, 'device-show');

    // Its health: the heartbeats it sends are charted.
    await screen.sendHeartbeat({ rssiDbm: -61, temperatureDc: 412, freeMemoryBytes: 150_000_000 });
    await poll(async () => (await scene.admin.get(`/api/devices/${scene.hangzhouScreen.id}/heartbeats`)).body.length).toBeGreaterThan(0);
    await page.goto(`${scene.baseUrl}/console/devices/${scene.hangzhouScreen.id}/show/health`);
    await page.getByTestId('device-health').locator('.recharts-line-dot').first().waitFor();
    await screenshot(page, 'device-health');
  });

  it('shows a bad registry query as the hub\'s readable problem, not a stack trace', async () => {
    await page.goto(`${scene.baseUrl}/console/devices`);
    await page.locator('input[name="query"]').fill('colour = "red"');
    const message = page.locator('.MuiSnackbarContent-message, [role="alert"]').filter({ hasText: 'colour' });
    await message.first().waitFor();
    expect(await message.first().textContent()).not.toMatch(/at \w+ \(|Error:/);
  });

  it('approves a creative after previewing it', async () => {
    await page.goto(`${scene.baseUrl}/console/creatives/${scene.creativeId}/show`);
    const preview = page.getByTestId('creative-preview');
    await preview.waitFor();
    await poll(() => preview.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);
    await screenshot(page, 'creative-review');
    await page.getByTestId('action-approve').click();
    await page.getByTestId('state-approved').waitFor();
    expect((await scene.admin.get(`/api/creatives/${scene.creativeId}`)).body.state).toBe('approved');
  });

  it('starts and pauses an OTA campaign', async () => {
    await page.goto(`${scene.baseUrl}/console/campaigns/${scene.campaignId}/show`);
    await page.getByTestId('state-draft').waitFor();
    await page.getByTestId('action-start').click();
    await page.getByTestId('state-running').waitFor();
    await page.getByTestId('wave-progress').waitFor();
    await screenshot(page, 'campaign-running');
    await page.getByTestId('action-pause').click();
    await page.getByTestId('state-paused').waitFor();
    expect((await scene.admin.get(`/api/ota/campaigns/${scene.campaignId}`)).body.state).toBe('paused');
    await page.getByTestId('action-resume').waitFor();
  });

  it("shows why the canary stopped a campaign, with its figures, and deferred screens apart from failed ones", async () => {
    // The canary's verdict as the rollout engine writes it (its judgement has its own tests: server/test/ota/canary.test.ts).
    const figures = { metric: 'payments', wave: 1, updated: 3, rest: 7, updated_payments: 12, updated_failed: 12, rest_payments: 14, rest_failed: 0, updated_hours: 0.5, rest_hours: 1.2 };
    await scene.t.hub.db.query(`update ota_campaigns set pause_reason = $2, pause_figures = $3 where id = $1`, [
      scene.campaignId, 'payment success 0% on updated screens (12 payments) against 100% on the rest (14)', figures,
    ]);
    await page.goto(`${scene.baseUrl}/console/campaigns/${scene.campaignId}/show`);
    await page.getByText('payment success 0% on updated screens (12 payments) against 100% on the rest (14)').waitFor();
    const table = page.getByTestId('pause-figures');
    await table.getByText('Payments failed').first().waitFor();
    await poll(() => table.locator('tbody tr').nth(2).textContent()).toBe('Payments failed120');
    await page.getByTestId('wave-progress').getByText('Deferred (payment or shop open), not failures').waitFor();
    await screenshot(page, 'campaign-canary-stop');
  });

  it('lists unbilled plays in the delivery report', async () => {
    await page.goto(`${scene.baseUrl}/console/ad-reports`);
    await page.getByTestId('ad-report-table').getByText('Unbilled plays').waitFor();
  });

  it('raises the online count on the dashboard as a simulated screen connects, without a reload', async () => {
    await page.goto(`${scene.baseUrl}/console/`);
    await poll(() => page.getByTestId('stat-online').textContent()).toBe('1');
    await page.evaluate('window.beforeLiveUpdate = true');
    await scene.t.screen(scene.shanghaiScreen).connect();
    await poll(() => page.getByTestId('stat-online').textContent()).toBe('2');
    // Still the same page: the count came over the event stream, not a navigation.
    expect(await page.evaluate('window.beforeLiveUpdate')).toBe(true);
    await screenshot(page, 'dashboard-live');
  });

  it('switches to Simplified Chinese', async () => {
    await page.getByRole('button', { name: /language|English/i }).first().click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByText('在线屏幕').waitFor();
    await screenshot(page, 'dashboard-zh');
    await page.getByRole('button', { name: /语言|简体中文/ }).first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Screens online').waitFor();
  });

  it("never shows another tenant's rows: lists, a direct URL and the live stream", async () => {
    const other = await openBrowser();
    try {
      const otherPage = other.page;
      otherPage.setDefaultTimeout(45_000);
      const frames: string[] = [];
      otherPage.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
      await logIn(otherPage, scene.baseUrl, scene.otherLogin.email, scene.otherLogin.password);
      await otherPage.getByTestId('live-status').and(otherPage.locator('[data-status="open"]')).waitFor();

      await otherPage.goto(`${scene.baseUrl}/console/devices`);
      await otherPage.getByText(scene.otherScreen.name).waitFor();
      const devicesText = await otherPage.locator('main').textContent();
      for (const device of [scene.hangzhouScreen, scene.shanghaiScreen, scene.otaScreen]) {
        expect(devicesText).not.toContain(device.name);
        expect(devicesText).not.toContain(device.id);
      }

      await otherPage.goto(`${scene.baseUrl}/console/creatives`);
      await otherPage.getByText('Other bank creative').waitFor();
      expect(await otherPage.locator('main').textContent()).not.toContain('Spring tea promotion');
      await otherPage.goto(`${scene.baseUrl}/console/campaigns`);
      await otherPage.locator('main').getByText(/No OTA campaign|No campaigns|No .* found/i).or(otherPage.locator('main .RaEmpty-message')).first().waitFor();
      expect(await otherPage.locator('main').textContent()).not.toContain('Console rollout');

      await otherPage.goto(`${scene.baseUrl}/console/devices/${encodeURIComponent(scene.hangzhouScreen.id)}/show`);
      await otherPage.getByTestId('not-found').waitFor();
      expect(await otherPage.locator('main').textContent()).not.toContain(scene.hangzhouScreen.name);
      await otherPage.goto(`${scene.baseUrl}/console/creatives/${scene.creativeId}/show`);
      await otherPage.getByTestId('not-found').waitFor();
      await screenshot(otherPage, 'other-tenant-not-found');

      // Live stream: the first tenant's screen goes offline and back; then the
      // other tenant's own screen connects, which its stream must carry.
      await otherPage.goto(`${scene.baseUrl}/console/`);
      await otherPage.getByTestId('live-status').and(otherPage.locator('[data-status="open"]')).waitFor();
      const before = frames.length;
      await scene.t.screen(scene.otaScreen).connect();
      await scene.t.screen(scene.otherScreen).connect();
      await eventually(async () => frames.slice(before).some((f) => f.includes(scene.otherScreen.id)), 30_000);
      await poll(() => otherPage.getByTestId('stat-online').textContent()).toBe('1');
      const seen = frames.join('\n');
      for (const id of [scene.hangzhouScreen.id, scene.shanghaiScreen.id, scene.otaScreen.id, scene.creativeId, scene.campaignId]) expect(seen).not.toContain(id);
    } finally {
      await other.close();
    }
  });
});
