// The README's advertiser walk-through, step by step with an API key as its
// curl lines do: a creative and its image, availability, a booking held and
// submitted, and the plays report as CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngImage } from '../support/ad-media.js';
import { createAdvertiser, putMedia } from '../support/ads-fixture.js';
import { ApiClient } from '../support/api-client.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let key: ApiClient;
const chinaDay = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await TestHub.start();
  const operator = (await (await t.api.loginRoot()).createTenant('Example Ads Bank')).admin;
  const merchant = await operator.createMerchant({ name: '西湖茶馆', city: '杭州' });
  const device = await operator.createDevice();
  await operator.put(`/api/devices/${device.id}`, { merchantId: merchant.id });
  const advertiser = await createAdvertiser(operator, { name: 'Summer Tea Co', category: 'beverage' });
  key = new ApiClient(t.hub.httpUrl, advertiser.token);
});
afterAll(async () => t?.stop());

describe("the README's advertiser walk-through", () => {
  it('creates, uploads, checks availability, books, submits and downloads the report with one API key', async () => {
    const creative = await key.post('/api/creatives', { name: 'Summer tea' });
    expect(creative.status).toBe(201);
    expect((await putMedia(key, creative.body.id, pngImage(640, 360), 'image/png')).body).toMatchObject({ state: 'pending_review' });
    const query = { targeting: { cities: ['杭州'] }, startsOn: chinaDay(1), endsOn: chinaDay(14), pricing: 'slot_day', priceFen: 200 };
    expect((await key.post('/api/ad-availability', query)).body).toMatchObject({ matchingScreens: 1, availableScreens: 1 });
    const booking = await key.post('/api/ad-bookings', { name: 'Tea', ...query, placement: 'loop', creativeIds: [creative.body.id] });
    expect(booking.status, JSON.stringify(booking.body)).toBe(201);
    expect((await key.post(`/api/ad-bookings/${booking.body.id}/submit`, {})).body).toMatchObject({ state: 'pending_approval' });
    const report = await key.get(`/api/ad-reports?bookingId=${booking.body.id}&groupBy=screen&format=csv`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('text/csv');
  });
});
