// The closer on its own schedule: a tenant's first close is its last ended day
// (yesterday in its merchants' zone, grace passed), with no back-fill of the
// years before, and a day is closed once however often the round runs.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/platform/calendar-days.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually, TestHub } from '../support/test-hub.js';

let t: TestHub;
let admin: ApiClient;

beforeAll(async () => {
  t = await TestHub.start({ HUB_INSIGHTS_CLOSE_MS: '100', HUB_INSIGHTS_GRACE_MINUTES: '0' });
  ({ admin } = await (await t.api.loginRoot()).createTenant('Scheduled Bank'));
});
afterAll(async () => t?.stop());

it('closes yesterday in the merchants’ zone once, and nothing before it', async () => {
  // Shanghai's merchant first: the closer runs every 100 ms, and a round between
  // the two would otherwise see Auckland alone, whose yesterday (from 11:00 UTC,
  // Auckland's midnight) is a day later than Shanghai's, and close that day.
  await admin.createMerchant({ name: 'Hangzhou noodles' });
  await admin.createMerchant({ name: 'Auckland cafe', timezone: 'Pacific/Auckland' });
  // Closed when it has ended in every zone: Shanghai's yesterday ends after Auckland's.
  const yesterday = addDays(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), -1);
  await eventually(async () => expect((await admin.get('/api/insights/fleet')).body.asOf).toBe(yesterday));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const history = (await admin.get(`/api/insights/fleet/history?from=${addDays(yesterday, -400)}&to=${addDays(yesterday, 2)}`)).body;
  expect(history).toEqual([expect.objectContaining({ day: yesterday, active: 0 })]);
});
