// Releases over real HTTP: release keys, a package streamed to disk and kept
// only when its Ed25519 signature holds for its size and SHA-256; tampered,
// truncated, oversized and wrongly signed packages refused with a reason, and
// nothing of another tenant visible.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { newKeyPair, publishRelease, putPackage, registerReleaseKey, type ReleaseKey } from '../support/ota-fixture.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
let bank: ApiClient;
let otherBank: ApiClient;
let key: ReleaseKey;
let bankTenantId: string;

beforeAll(async () => {
  t = await TestHub.start({ HUB_OTA_MAX_PACKAGE_BYTES: String(2 * 1024 * 1024) });
  const root = await t.api.loginRoot();
  ({ admin: bank, tenantId: bankTenantId } = await root.createTenant('Release Bank'));
  otherBank = (await root.createTenant('Release Other Bank')).admin;
  key = await registerReleaseKey(bank);
});
afterAll(async () => t?.stop());

const packagesOnDisk = async () => readdir(join(t.config.dataDir, 'ota'), { recursive: true }).then((files) => files.filter((f) => String(f).endsWith('.pkg') || String(f).endsWith('.partial')));

describe('release keys', () => {
  it('takes an Ed25519 key as PEM or raw base64 and refuses anything else', async () => {
    const raw = newKeyPair().publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
    expect((await bank.post('/api/ota/signing-keys', { name: 'raw key', publicKey: raw })).status).toBe(201);
    const rsa = await bank.post('/api/ota/signing-keys', { name: 'not ed25519', publicKey: 'A'.repeat(60) });
    expect(rsa.status).toBe(400);
    expect(rsa.headers.get('content-type')).toContain('application/problem+json');
    expect(rsa.body.detail).toMatch(/publicKey/);
    expect((await bank.post('/api/ota/signing-keys', { name: 'raw key', publicKey: raw })).status).toBe(409);
    expect((await otherBank.get('/api/ota/signing-keys')).body).toEqual([]);
  });
});

describe('releases', () => {
  it('streams a signed package to disk and makes the release ready with its size and SHA-256', async () => {
    const { release, upload, content } = await publishRelease(bank, key, { version: '2.1.0', targetModels: ['SIM-P1'], minVersion: '1.0.0', content: randomBytes(1024 * 1024 + 17) });
    expect(release.state).toBe('awaiting_package');
    expect(upload.status).toBe(200);
    expect(upload.body).toMatchObject({ state: 'ready', sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), targetModels: ['SIM-P1'], minVersion: '1.0.0' });
    const stored = await readFile(join(t.config.dataDir, 'ota', bankTenantId, `${release.id}.pkg`));
    expect(stored.equals(content)).toBe(true);
    // A package is uploaded once.
    expect((await putPackage(bank, release.id, content)).status).toBe(409);
    const listed = await bank.get('/api/releases?filter={"kind":"app"}');
    expect(listed.body.map((r: { version: string }) => r.version)).toContain('2.1.0');
    expect(listed.headers.get('content-range')).toMatch(/^releases 0-\d+\/\d+$/);
  });

  it('refuses a tampered package at upload, and keeps nothing of it', async () => {
    const genuine = randomBytes(300_000);
    const tampered = Buffer.from(genuine);
    tampered.writeUInt8(tampered.readUInt8(150_000) ^ 0xff, 150_000);
    const before = await packagesOnDisk();
    const { release, upload } = await publishRelease(bank, key, { version: '2.2.0', content: tampered, signedContent: genuine });
    expect(upload.status).toBe(422);
    expect(upload.body.detail).toMatch(/signature does not match this package/);
    expect(upload.body.detail).toContain(createHash('sha256').update(tampered).digest('hex'));
    expect((await bank.get(`/api/releases/${release.id}`)).body.state).toBe('awaiting_package');
    expect(await packagesOnDisk()).toEqual(before);
    // The genuine bytes are then accepted for the same release.
    expect((await putPackage(bank, release.id, genuine)).status).toBe(200);
  });

  it('refuses a truncated package, one signed by another key, and one over the size limit', async () => {
    const content = randomBytes(100_000);
    const truncated = await publishRelease(bank, key, { version: '2.3.0', content: content.subarray(0, 99_000), signedContent: content });
    expect(truncated.upload.status).toBe(422);

    const stranger = { ...newKeyPair(), id: key.id };
    const forged = await publishRelease(bank, stranger, { version: '2.4.0', content });
    expect(forged.upload.status).toBe(422);

    const huge = Buffer.alloc(2 * 1024 * 1024 + 1);
    const tooLarge = await publishRelease(bank, key, { version: '2.5.0', content: huge });
    expect(tooLarge.upload.status).toBe(413);
    expect(tooLarge.upload.body.detail).toMatch(/at most/);
    expect((await packagesOnDisk()).filter((f) => String(f).endsWith('.partial'))).toEqual([]);
  });

  it('checks the release fields: signature length, versions, key, duplicates', async () => {
    const good = { kind: 'app', version: '3.0.0', signature: Buffer.alloc(64).toString('base64'), keyId: key.id };
    expect((await bank.post('/api/releases', { ...good, signature: 'c2hvcnQ=' })).status).toBe(400);
    expect((await bank.post('/api/releases', { ...good, version: 'latest' })).body.detail).toMatch(/x\.y\.z/);
    expect((await bank.post('/api/releases', { ...good, keyId: '00000000-0000-4000-8000-000000000000' })).status).toBe(400);
    expect((await bank.post('/api/releases', { ...good, kind: 'bootloader' })).status).toBe(400);
    expect((await bank.post('/api/releases', good)).status).toBe(201);
    expect((await bank.post('/api/releases', good)).status).toBe(409);
  });

  it('refuses packages signed by a revoked key', async () => {
    const retired = await registerReleaseKey(bank, 'retired key');
    const content = randomBytes(10_000);
    const { release } = await publishRelease(bank, retired, { version: '4.0.0', content: Buffer.alloc(0), signedContent: content }).catch(() => ({ release: undefined }));
    expect(release).toBeDefined();
    expect((await bank.request('DELETE', `/api/ota/signing-keys/${retired.id}`)).status).toBe(200);
    expect((await putPackage(bank, release!.id, content)).status).toBe(409);
    expect((await bank.post('/api/releases', { kind: 'app', version: '4.0.1', signature: Buffer.alloc(64).toString('base64'), keyId: retired.id })).body.detail).toMatch(/revoked/);
  });

  it('shows another tenant nothing', async () => {
    const { release } = await publishRelease(bank, key, { version: '5.0.0' });
    expect((await otherBank.get(`/api/releases/${release.id}`)).status).toBe(404);
    expect((await otherBank.get('/api/releases')).body).toEqual([]);
    expect((await putPackage(otherBank, release.id, randomBytes(10))).status).toBe(404);
    expect((await otherBank.request('DELETE', `/api/releases/${release.id}`)).status).toBe(404);
    expect((await otherBank.post('/api/releases', { kind: 'app', version: '9.9.9', signature: Buffer.alloc(64).toString('base64'), keyId: key.id })).status).toBe(400);
  });
});
