// What the bank sees in the console, end to end in Debian's Chromium on a hub
// of its own with the local Alipay gateway: a merchant's takings and its early
// warning with the evidence, the fleet's activity with its breakdown and the
// credit export downloaded, the warnings list, an instant-discount campaign
// created in the form and one paid through a real screen, the day's discount
// statement with the payments behind it, and all of it in Simplified Chinese
// with no English left. Screenshots go to console/test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { PayStatus } from '@screenhub/protocol';
import { buildConsoleIfStale } from '../scripts/build-if-stale.js';
import { alipayScene } from '../../server/test/support/payment-scene.js';
import { addDays } from '../../server/src/platform/calendar-days.js';
import { chromiumInstalled, CHROMIUM, logIn, openBrowser, screenshot, type ConsoleBrowser } from './support/browser.js';
import { englishWords } from './support/english-words.js';

const CHROME = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'label', 'legend', 'button', '[role="tab"]', '[role="menuitem"]', '.MuiChip-label', '.MuiTablePagination-root', '.RaEmpty-message', '.MuiFormHelperText-root', '.MuiTypography-caption', '.MuiTypography-subtitle2', '[data-testid="warning-evidence"]', 'nav a'].join(', ');
const TENANT = 'Console Bank';
const chinaDay = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });

describe.skipIf(!chromiumInstalled)(`the bank's pages in the console (${CHROMIUM})`, { timeout: 180_000 }, () => {
  let scene: Awaited<ReturnType<typeof alipayScene>>;
  let browser: ConsoleBrowser;
  let page: Page;
  let base: string;
  const judged = addDays(chinaDay(), -1);

  beforeAll(async () => {
    buildConsoleIfStale((line) => console.info(line));
    scene = await alipayScene({ tenant: TENANT, hubEnv: { HUB_INSIGHTS_CLOSE_MS: '86400000', HUB_DISCOUNT_STATEMENT_CLOSE_MS: '86400000', HUB_DISCOUNT_SETTLE_MS: '3600000' } });
    const { admin, merchant, t } = scene;
    const tenantId = merchant.tenantId as string;
    await admin.put(`/api/merchants/${merchant.id}`, { name: '西湖面馆', city: '杭州', creditConsent: true });
    // Nine weeks of 1,000 yuan a day, then a day at a quarter of it: a takings_drop warning.
    for (let offset = -63; offset <= 0; offset++) {
      const fen = offset === 0 ? 25_000 : 100_000;
      await t.hub.db.query(
        `insert into merchant_days (tenant_id, merchant_id, day, payments, succeeded, gross_fen, alipay_count) values ($1, $2, $3, $4, $4, $5, $4)`,
        [tenantId, merchant.id, addDays(judged, offset), fen / 2_500, fen],
      );
    }
    await t.hub.app.insights.closer.closeDay(tenantId, judged);
    base = t.hub.httpUrl;
    browser = await openBrowser();
    page = browser.page;
    page.setDefaultTimeout(45_000);
    await logIn(page, base, `admin@${TENANT.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.test`, 'tenant admin password');
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await scene?.stop();
  }, 120_000);

  it("shows a merchant's takings and its early warning in words", async () => {
    await page.goto(`${base}/console/merchants/${scene.merchant.id}/show/insights`);
    const figures = page.getByTestId('merchant-figures');
    // The 30 days to the merchant's today: 28 days of 1,000 yuan, the judged day's 250, today nothing yet.
    await poll(() => figures.innerText()).toContain('¥28250.00');
    await page.getByTestId('merchant-warning').first().waitFor();
    expect(await page.getByTestId('merchant-warning').first().innerText()).toContain(`Takings ¥250.00 on ${judged}, 75 % below the usual ¥1000.00`);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'merchant-insights-en');
  });

  it('shows the fleet active by city, its rate over time, and downloads the credit export', async () => {
    await page.goto(`${base}/console/merchant-activity`);
    await poll(() => page.getByTestId('fleet-activity_rate').innerText()).toContain('100.0%');
    expect(await page.getByTestId('fleet-breakdown').innerText()).toContain('杭州');
    await page.locator('.recharts-line-dot').first().waitFor();
    const month = judged.slice(0, 7);
    await page.locator('input[type="month"]').fill(month);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('credit-export-download').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('merchant_id,name,city');
    expect(csv).toContain(scene.merchant.id);
    await screenshot(page, 'merchant-activity-en');
  });

  it('lists the early warnings with their evidence', async () => {
    await page.goto(`${base}/console/merchant-warnings`);
    const list = page.getByTestId('warnings-list');
    await list.getByText('西湖面馆').waitFor();
    expect(await list.innerText()).toContain('Takings falling');
    expect(await list.getByTestId('warning-evidence').first().innerText()).toContain('75 %');
  });

  it('creates a discount campaign in the form, and shows the statement of a paid discount with the payment behind it', async () => {
    await page.goto(`${base}/console/discount-campaigns/create`);
    await page.locator('input[name="name"]').fill('建行立减');
    await page.locator('input[name="cities"]').fill('杭州');
    await page.locator('input[name="offYuan"]').fill('5');
    await page.locator('input[name="minSpendYuan"]').fill('30');
    await page.locator('input[name="budgetYuan"]').fill('100');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL('**/discount-campaigns/*/show');
    const campaigns = (await scene.admin.get('/api/discount-campaigns')).body;
    expect(campaigns[0]).toMatchObject({ name: '建行立减', merchants: { cities: ['杭州'] }, rule: 'threshold', minSpendFen: 3_000, offFen: 500, budgetFen: 10_000 });

    const result = await scene.screen.pay({ orderNo: 'CONSOLE-1', amountFen: 5_000, authCode: '280000000000000188' });
    expect(result).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, chargedFen: 4_500, discountFen: 500 });
    await scene.t.hub.app.discounts.closer.closeDay(scene.merchant.tenantId as string, chinaDay());
    await page.goto(`${base}/console/discount-statements`);
    await page.getByRole('cell', { name: chinaDay() }).click();
    const lines = page.getByTestId('discount-lines');
    await lines.getByText('西湖面馆').click();
    expect(await lines.innerText()).toContain('¥5.00');
    await page.getByTestId('discount-payments').getByText('CONSOLE-1').waitFor();
    await screenshot(page, 'discount-statement-en');
  });

  it('leaves no English on the bank’s pages in Simplified Chinese', async () => {
    await page.goto(`${base}/console/`);
    await page.getByRole('button', { name: /language|English/i }).first().click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByText('在线屏幕').waitFor();
    const campaignId = (await scene.admin.get('/api/discount-campaigns')).body[0].id;
    const pages = [`merchants/${scene.merchant.id}/show/insights`, `merchants/${scene.merchant.id}/show`, 'merchant-activity', 'merchant-warnings', 'alerts', 'discount-campaigns', 'discount-campaigns/create', `discount-campaigns/${campaignId}/show`, 'discount-statements'];
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(`${base}/console/${path}`);
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const texts = (await page.locator(CHROME).allInnerTexts()).filter(Boolean);
      for (const text of texts) for (const word of englishWords(text)) found.push(`${path}: "${word}" in "${text.slice(0, 80)}"`);
      if (path.endsWith('insights') || path === 'merchant-activity') await screenshot(page, `${path.split('/').at(-1)}-zh`);
    }
    expect(await page.goto(`${base}/console/merchant-warnings`).then(() => page.getByTestId('warning-evidence').first().innerText())).toContain('低 75%');
    expect([...new Set(found)]).toEqual([]);
  });
});
