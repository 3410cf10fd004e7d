// Release tooling for tests: an operator's Ed25519 release key registered with
// the hub, and releases made the way a release pipeline makes them (hash the
// package, sign the manifest, create the release, PUT the package).
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { signRelease } from '@screenhub/protocol';
import type { ApiClient } from './api-client.js';

export interface ReleaseKey {
  id: string;
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export function newKeyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ed25519');
}

export async function registerReleaseKey(admin: ApiClient, name = 'release key'): Promise<ReleaseKey> {
  const pair = newKeyPair();
  const created = await admin.post('/api/ota/signing-keys', { name, publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  if (created.status !== 201) throw new Error(`register key: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id, ...pair };
}

export async function putPackage(admin: ApiClient, releaseId: string, content: Buffer): Promise<{ status: number; body: any }> {
  const response = await fetch(`${admin.baseUrl}/api/releases/${releaseId}/package`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/octet-stream' },
    body: content,
  });
  return { status: response.status, body: await response.json() };
}

export interface ReleaseSpec {
  kind?: 'app' | 'firmware';
  version: string;
  content?: Buffer;
  targetModels?: string[];
  minVersion?: string;
  /** A migration: screens below it install it before any newer release. */
  requiredStep?: boolean;
  /** Sign these bytes instead of `content` (a package swapped after signing). */
  signedContent?: Buffer;
}

/** Creates a release signed with `key` and uploads its package; returns the release and what was uploaded. */
export async function publishRelease(admin: ApiClient, key: ReleaseKey, spec: ReleaseSpec): Promise<{ release: any; upload: { status: number; body: any }; content: Buffer }> {
  const kind = spec.kind ?? 'app';
  const content = spec.content ?? randomBytes(256 * 1024);
  const signed = spec.signedContent ?? content;
  const signature = signRelease({ kind, version: spec.version, sizeBytes: signed.length, sha256Hex: createHash('sha256').update(signed).digest('hex') }, key.privateKey);
  const created = await admin.post('/api/releases', {
    kind,
    version: spec.version,
    signature: signature.toString('base64'),
    keyId: key.id,
    notes: `Release ${spec.version}`,
    ...(spec.targetModels ? { targetModels: spec.targetModels } : {}),
    ...(spec.minVersion ? { minVersion: spec.minVersion } : {}),
    ...(spec.requiredStep ? { requiredStep: true } : {}),
  });
  if (created.status !== 201) throw new Error(`create release: ${created.status} ${JSON.stringify(created.body)}`);
  return { release: created.body, upload: await putPackage(admin, created.body.id, content), content };
}
