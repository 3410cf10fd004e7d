// Creatives over real HTTP: who may create what, media checked on upload (its
// bytes against its Content-Type, its size and length read from the file, the
// tenant's slot, the size limit), review gating the screens' media link (Range,
// ETag, immutable caching), merchants' blocked categories, and each advertiser
// and tenant kept to its own.
import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { creativeMediaUrl } from '../../src/creatives/index.js';
import type { ApiClient } from '../support/api-client.js';
import { jpegImage, mp4Video, pngImage } from '../support/ad-media.js';
import { createAdvertiser, putMedia, uploadApprovedCreative } from '../support/ads-fixture.js';
import { TestHub } from '../support/test-hub.js';

const MAX_BYTES = 256 * 1024;

let t: TestHub;
let root: ApiClient;
let bank: ApiClient;
let bankTenantId: string;
let otherBank: ApiClient;
let tea: ApiClient;
let teaId: string;
let mobile: ApiClient;
let mobileId: string;

beforeAll(async () => {
  t = await TestHub.start({ HUB_AD_MAX_CREATIVE_BYTES: String(MAX_BYTES) });
  root = await t.api.loginRoot();
  ({ admin: bank, tenantId: bankTenantId } = await root.createTenant('Creative Bank'));
  otherBank = (await root.createTenant('Creative Other Bank')).admin;
  const teaAdvertiser = await createAdvertiser(bank, { name: 'Spring Tea', category: 'beverage' });
  const mobileAdvertiser = await createAdvertiser(bank, { name: 'City Mobile', category: 'telecom' });
  ({ id: teaId } = teaAdvertiser);
  ({ id: mobileId } = mobileAdvertiser);
  tea = bank.as(teaAdvertiser.token);
  mobile = bank.as(mobileAdvertiser.token);
});
afterAll(async () => t?.stop());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const filesOnDisk = async () => readdir(join(t.config.dataDir, 'ads'), { recursive: true }).then((files) => files.map(String).filter((f) => f.includes('.')));
const fetchMedia = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

async function newCreative(caller: ApiClient, body: Record<string, unknown> = {}): Promise<any> {
  const created = await caller.post('/api/creatives', { name: 'Summer ad', ...body });
  expect(created.status).toBe(201);
  return created.body;
}

/** Records the schedule invalidations the hub makes from now on (the compiler's own tests cover what they do). */
function recordInvalidations(): { creatives: string[][]; merchants: string[][]; stop(): void } {
  const recorded = { creatives: [] as string[][], merchants: [] as string[][] };
  const creatives = vi.spyOn(t.hub.app.adSchedules.invalidation, 'creativesChanged').mockImplementation(async (_tenant, ids) => void recorded.creatives.push(ids));
  const merchants = vi.spyOn(t.hub.app.adSchedules.invalidation, 'merchantsChanged').mockImplementation(async (_tenant, ids) => void recorded.merchants.push(ids));
  return {
    ...recorded,
    stop: () => {
      creatives.mockRestore();
      merchants.mockRestore();
    },
  };
}

describe('creating creatives', () => {
  it('an advertiser\'s key creates for its own advertiser, with its category by default', async () => {
    const creative = await newCreative(tea);
    expect(creative).toMatchObject({ kind: 'advertiser', advertiserId: teaId, category: 'beverage', state: 'awaiting_media', durationMs: 10_000, mediaType: null, sha256: null });
    expect((await newCreative(tea, { category: 'dairy', durationMs: 5000 })).durationMs).toBe(5000);

    expect((await tea.post('/api/creatives', { name: 'As another', advertiserId: mobileId })).status).toBe(403);
    expect((await tea.post('/api/creatives', { name: 'Promo', promotedMerchantId: (await bank.createMerchant()).id })).status).toBe(403);
    const tooLong = await tea.post('/api/creatives', { name: 'Long', durationMs: 15_000 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.detail).toMatch(/longer than this hub's ad slot \(10000 ms\)/);
  });

  it('an operator creates for an advertiser, a house creative, or a cross-promotion of a merchant of its tenant', async () => {
    expect(await newCreative(bank, { advertiserId: mobileId })).toMatchObject({ kind: 'advertiser', advertiserId: mobileId, category: 'telecom' });
    expect(await newCreative(bank, { category: 'bank' })).toMatchObject({ kind: 'house', advertiserId: null, category: 'bank' });
    const merchant = await bank.createMerchant({ name: 'Noodle Bar' });
    expect(await newCreative(bank, { promotedMerchantId: merchant.id, category: 'restaurant' })).toMatchObject({ kind: 'cross_promotion', promotedMerchantId: merchant.id });

    expect((await bank.post('/api/creatives', { name: 'House without category' })).status).toBe(400);
    expect((await bank.post('/api/creatives', { name: 'Both', advertiserId: mobileId, promotedMerchantId: merchant.id })).status).toBe(400);
    const foreignMerchant = await otherBank.createMerchant();
    expect((await bank.post('/api/creatives', { name: 'Foreign', promotedMerchantId: foreignMerchant.id, category: 'restaurant' })).status).toBe(404);
    expect((await otherBank.post('/api/creatives', { name: 'Foreign', advertiserId: teaId })).status).toBe(404);
  });
});

describe('media upload', () => {
  it('takes a PNG, a JPEG and an MP4, reporting their type, size, SHA-256, dimensions and a video\'s length', async () => {
    const png = pngImage(640, 360);
    const creative = await newCreative(tea);
    const uploaded = await putMedia(tea, creative.id, png, 'image/png');
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ state: 'pending_review', mediaType: 'image/png', sizeBytes: png.length, sha256: sha256(png), width: 640, height: 360, durationMs: 10_000 });

    const jpeg = jpegImage(1920, 1080);
    const photo = await putMedia(tea, (await newCreative(tea, { durationMs: 6000 })).id, jpeg, 'image/jpeg');
    expect(photo.body).toMatchObject({ mediaType: 'image/jpeg', width: 1920, height: 1080, durationMs: 6000, sha256: sha256(jpeg) });

    const video = mp4Video({ width: 1080, height: 1920, durationMs: 8000, moovAtEnd: true });
    const clip = await putMedia(bank, (await newCreative(bank, { advertiserId: teaId })).id, video, 'video/mp4');
    expect(clip.body).toMatchObject({ state: 'pending_review', mediaType: 'video/mp4', width: 1080, height: 1920, durationMs: 8000, sizeBytes: video.length });
    const fastStart = await putMedia(tea, (await newCreative(tea)).id, mp4Video({ width: 1280, height: 720, durationMs: 9500, timescale: 600 }), 'video/mp4');
    expect(fastStart.body).toMatchObject({ width: 1280, height: 720, durationMs: 9500 });
  });

  it('refuses (422, with the reason) a lying Content-Type, an unreadable file and a video longer than the slot, and keeps nothing of them', async () => {
    const creative = await newCreative(tea);
    const before = await filesOnDisk();
    const lying = await putMedia(tea, creative.id, pngImage(100, 100), 'image/jpeg');
    expect(lying.status).toBe(422);
    expect(lying.headers.get('content-type')).toContain('application/problem+json');
    expect(lying.body.detail).toBe('the file is a PNG image, but it was sent as image/jpeg');
    expect((await putMedia(tea, creative.id, jpegImage(100, 100), 'video/mp4')).body.detail).toMatch(/JPEG image, but it was sent as video\/mp4/);

    const noise = await putMedia(tea, creative.id, randomBytes(2000), 'image/png');
    expect(noise.status).toBe(422);
    expect(noise.body.detail).toMatch(/not a PNG image/);
    const truncatedPng = await putMedia(tea, creative.id, pngImage(100, 100).subarray(0, 14), 'image/png');
    expect(truncatedPng.status).toBe(422);
    const noMoov = await putMedia(tea, creative.id, mp4Video({ width: 640, height: 360, durationMs: 5000 }).subarray(0, 24), 'video/mp4');
    expect(noMoov.status).toBe(422);
    expect(noMoov.body.detail).toMatch(/MP4 cannot be read/);

    const long = await putMedia(tea, creative.id, mp4Video({ width: 640, height: 360, durationMs: 12_500 }), 'video/mp4');
    expect(long.status).toBe(422);
    expect(long.body.detail).toBe('the video runs 12500 ms, longer than the ad slot (10000 ms)');

    const text = await putMedia(tea, creative.id, Buffer.from('hello'), 'text/plain');
    expect(text.status).toBe(400);
    expect(text.body.detail).toMatch(/Content-Type image\/png, image\/jpeg, video\/mp4/);
    expect((await tea.get(`/api/creatives/${creative.id}`)).body).toMatchObject({ state: 'awaiting_media', sha256: null });
    expect(await filesOnDisk()).toEqual(before);
  });

  it('refuses media over HUB_AD_MAX_CREATIVE_BYTES (413)', async () => {
    const creative = await newCreative(tea);
    const tooLarge = await putMedia(tea, creative.id, Buffer.concat([pngImage(10, 10), randomBytes(MAX_BYTES)]), 'image/png');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.detail).toMatch(/at most 262144 bytes/);
    expect((await filesOnDisk()).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('checks against the tenant\'s own slot length', async () => {
    const short = await root.createTenant('Short Slot Bank');
    await t.hub.db.query(`insert into ad_settings (tenant_id, loop_seconds, slot_seconds) values ($1, 60, 5)`, [short.tenantId]);
    expect((await short.admin.post('/api/creatives', { name: 'Six seconds', category: 'bank', durationMs: 6000 })).status).toBe(400);
    const creative = await newCreative(short.admin, { category: 'bank' });
    expect(creative.durationMs).toBe(5000);
    expect((await putMedia(short.admin, creative.id, mp4Video({ width: 640, height: 360, durationMs: 6000 }), 'video/mp4')).status).toBe(422);
    expect((await putMedia(short.admin, creative.id, mp4Video({ width: 640, height: 360, durationMs: 5000 }), 'video/mp4')).status).toBe(200);
  });
});

describe('review and the screens\' media link', () => {
  it('serves a creative to screens only once approved, with Range, ETag and immutable caching', async () => {
    const png = pngImage(320, 180, [10, 120, 250]);
    const creative = await newCreative(tea);
    const pending = (await putMedia(tea, creative.id, png, 'image/png')).body;
    const url = creativeMediaUrl(t.hub.app, pending);
    expect(url.startsWith(`${t.hub.httpUrl}/api/ad-media/${creative.id}/${pending.sha256}?token=`)).toBe(true);

    const notYet = await fetchMedia(url);
    expect(notYet.status).toBe(403);
    expect(((await notYet.json()) as { detail: string }).detail).toBe('this creative is pending review, not approved');
    expect((await fetchMedia(url.replace(/token=.*/, 'token=forged'))).status).toBe(403);
    // A key cannot review, not even its own creative.
    expect((await tea.post(`/api/creatives/${creative.id}/approve`, {})).status).toBe(401);

    const approved = await bank.post(`/api/creatives/${creative.id}/approve`, { note: 'fine' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', reviewNote: 'fine' });
    expect(approved.body.reviewedBy).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(approved.body.reviewedAt)).toBeGreaterThan(0);
    expect((await bank.post(`/api/creatives/${creative.id}/approve`, {})).status).toBe(409);

    const served = await fetchMedia(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const etag = served.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // fetch() adds "cache-control: no-cache" to a conditional request unless the request has a cache-control of its own.
    expect((await fetchMedia(url, { 'if-none-match': etag, 'cache-control': 'max-age=0' })).status).toBe(304);
    const part = await fetchMedia(url, { range: 'bytes=8-32' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 8-32/${png.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(png.subarray(8, 33))).toBe(true);
  });

  it('sends a creative back to review when its media is replaced; the old link then serves nothing', async () => {
    const first = await uploadApprovedCreative(bank, { advertiserId: teaId });
    const oldUrl = creativeMediaUrl(t.hub.app, first);
    expect((await fetchMedia(oldUrl)).status).toBe(200);

    const replacement = jpegImage(800, 600);
    const replaced = await putMedia(tea, first.id, replacement, 'image/jpeg');
    expect(replaced.body).toMatchObject({ state: 'pending_review', mediaType: 'image/jpeg', reviewedAt: null, sha256: sha256(replacement) });
    expect((await fetchMedia(oldUrl)).status).toBe(403);
    await bank.post(`/api/creatives/${first.id}/approve`, {});
    const gone = await fetchMedia(oldUrl);
    expect(gone.status).toBe(404);
    expect((await fetchMedia(creativeMediaUrl(t.hub.app, replaced.body))).status).toBe(200);
    // The replaced file is deleted.
    expect((await filesOnDisk()).filter((f) => f.includes(first.id))).toEqual([join(bankTenantId, `${first.id}-${replaced.body.sha256}.jpg`)]);
  });

  it('rejects with a note, only from pending review; a rejected creative stays off the screens', async () => {
    const awaiting = await newCreative(tea);
    const early = await bank.post(`/api/creatives/${awaiting.id}/approve`, {});
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/this one is awaiting_media/);

    const uploaded = (await putMedia(tea, awaiting.id, pngImage(50, 50), 'image/png')).body;
    expect((await bank.post(`/api/creatives/${awaiting.id}/reject`, {})).status).toBe(400);
    const rejected = await bank.post(`/api/creatives/${awaiting.id}/reject`, { note: 'the logo is too small' });
    expect(rejected.body).toMatchObject({ state: 'rejected', reviewNote: 'the logo is too small' });
    expect((await fetchMedia(creativeMediaUrl(t.hub.app, uploaded))).status).toBe(403);
    expect((await tea.get(`/api/creatives/${awaiting.id}`)).body.reviewNote).toBe('the logo is too small');
    expect((await bank.post(`/api/creatives/${awaiting.id}/approve`, {})).status).toBe(409);
  });

  it('tells the schedule compiler of every verdict, and of new media on an approved creative', async () => {
    const creative = await newCreative(bank, { category: 'bank' });
    const invalidations = recordInvalidations();
    try {
      await putMedia(bank, creative.id, pngImage(64, 64), 'image/png');
      expect(invalidations.creatives).toEqual([]);
      await bank.post(`/api/creatives/${creative.id}/approve`, {});
      expect(invalidations.creatives).toEqual([[creative.id]]);
      await putMedia(bank, creative.id, pngImage(65, 64), 'image/png');
      await bank.post(`/api/creatives/${creative.id}/reject`, { note: 'off-brand' });
      expect(invalidations.creatives).toEqual([[creative.id], [creative.id], [creative.id]]);
    } finally {
      invalidations.stop();
    }
  });

  it('previews any creative with media to the tenant\'s operators and its own advertiser', async () => {
    const png = pngImage(30, 20);
    const creative = await newCreative(tea);
    expect((await tea.get(`/api/creatives/${creative.id}/preview`)).status).toBe(404);
    await putMedia(tea, creative.id, png, 'image/png');
    for (const caller of [tea, bank]) {
      const response = await fetch(`${t.hub.httpUrl}/api/creatives/${creative.id}/preview`, { headers: { authorization: `Bearer ${caller.token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    }
    expect((await mobile.get(`/api/creatives/${creative.id}/preview`)).status).toBe(404);
    expect((await otherBank.get(`/api/creatives/${creative.id}/preview`)).status).toBe(404);
  });
});

describe('who sees what', () => {
  it('an advertiser lists, reads and changes only its own creatives; an operator the tenant\'s, filtered', async () => {
    const teaCreative = await newCreative(tea, { name: 'Tea only' });
    const mobileCreative = await newCreative(mobile, { name: 'Mobile only' });

    const mine = await mobile.get('/api/creatives?range=[0,99]');
    expect(mine.body.map((c: { advertiserId: string }) => c.advertiserId)).toEqual(mine.body.map(() => mobileId));
    expect(mine.body.map((c: { id: string }) => c.id)).toContain(mobileCreative.id);
    const peeking = await mobile.get(`/api/creatives?filter=${encodeURIComponent(JSON.stringify({ advertiserId: teaId }))}`);
    expect(peeking.body).toEqual([]);
    expect((await mobile.get(`/api/creatives/${teaCreative.id}`)).status).toBe(404);
    expect((await putMedia(mobile, teaCreative.id, pngImage(10, 10), 'image/png')).status).toBe(404);

    const teaPending = await bank.get(`/api/creatives?filter=${encodeURIComponent(JSON.stringify({ advertiserId: teaId, state: 'awaiting_media' }))}&range=[0,99]`);
    expect(teaPending.body.length).toBeGreaterThan(0);
    expect(teaPending.body.every((c: { advertiserId: string; state: string }) => c.advertiserId === teaId && c.state === 'awaiting_media')).toBe(true);
    expect(teaPending.headers.get('content-range')).toMatch(new RegExp(`^creatives 0-${teaPending.body.length - 1}/${teaPending.body.length}$`));
    expect((await bank.get(`/api/creatives?filter=${encodeURIComponent(JSON.stringify({ state: 'live' }))}`)).status).toBe(400);
  });

  it('a viewer reads creatives but neither creates, uploads nor reviews them', async () => {
    expect((await bank.post('/api/operators', { email: 'viewer@creative-bank.test', role: 'viewer', password: 'viewer password 1' })).status).toBe(201);
    const viewer = await bank.login('viewer@creative-bank.test', 'viewer password 1');
    const creative = (await putMedia(tea, (await newCreative(tea)).id, pngImage(10, 10), 'image/png')).body;
    expect((await viewer.get(`/api/creatives/${creative.id}`)).status).toBe(200);
    expect((await viewer.post('/api/creatives', { name: 'Nope', category: 'bank' })).status).toBe(403);
    expect((await putMedia(viewer, creative.id, pngImage(10, 10), 'image/png')).status).toBe(403);
    expect((await viewer.post(`/api/creatives/${creative.id}/approve`, {})).status).toBe(403);
    expect((await viewer.put(`/api/merchants/${(await bank.createMerchant()).id}/ad-blocks`, { categories: [] })).status).toBe(403);
  });

  it('another tenant\'s operator sees none of the creatives and can touch none of them, nor the merchants\' blocks', async () => {
    const creative = (await putMedia(tea, (await newCreative(tea)).id, pngImage(10, 10), 'image/png')).body;
    const merchant = await bank.createMerchant();
    const ids = (await otherBank.get('/api/creatives?range=[0,999]')).body.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(creative.id);
    for (const [method, path, body] of [
      ['GET', `/api/creatives/${creative.id}`, undefined],
      ['POST', `/api/creatives/${creative.id}/approve`, {}],
      ['POST', `/api/creatives/${creative.id}/reject`, { note: 'no' }],
      ['GET', `/api/creatives/${creative.id}/preview`, undefined],
      ['GET', `/api/merchants/${merchant.id}/ad-blocks`, undefined],
      ['PUT', `/api/merchants/${merchant.id}/ad-blocks`, { categories: ['beverage'] }],
    ] as const) {
      expect({ method, path, status: (await otherBank.request(method, path, body)).status }).toEqual({ method, path, status: 404 });
    }
    expect((await putMedia(otherBank, creative.id, pngImage(10, 10), 'image/png')).status).toBe(404);
    expect((await tea.get(`/api/creatives/${creative.id}`)).body).toMatchObject({ state: 'pending_review', sha256: creative.sha256 });
    expect((await bank.get(`/api/merchants/${merchant.id}/ad-blocks`)).body.categories).toEqual([]);
  });
});

describe('merchant ad blocks', () => {
  it('sets the categories a merchant blocks and tells the schedule compiler', async () => {
    const merchant = await bank.createMerchant({ name: 'Tea House' });
    const invalidations = recordInvalidations();
    try {
      const set = await bank.put(`/api/merchants/${merchant.id}/ad-blocks`, { categories: ['telecom', 'beverage', 'telecom'] });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ merchantId: merchant.id, categories: ['beverage', 'telecom'] });
      expect(invalidations.merchants).toEqual([[merchant.id]]);
    } finally {
      invalidations.stop();
    }
    expect((await bank.get(`/api/merchants/${merchant.id}/ad-blocks`)).body.categories).toEqual(['beverage', 'telecom']);

    expect((await bank.put(`/api/merchants/${merchant.id}/ad-blocks`, { categories: ['Beverage'] })).status).toBe(400);
    expect((await bank.put(`/api/merchants/${merchant.id}/ad-blocks`, { categories: [] })).body.categories).toEqual([]);
    expect((await tea.get(`/api/merchants/${merchant.id}/ad-blocks`)).status).toBe(401);
  });
});
