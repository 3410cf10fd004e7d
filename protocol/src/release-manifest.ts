// What a release signature covers. Ed25519 signs a short manifest (kind,
// version, size, SHA-256 of the package) rather than the package itself, so the
// hub and the screen can check a package of any size while streaming it, with
// nothing held in memory; the digest binds the manifest to the bytes.
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export interface ReleaseManifest {
  kind: 'app' | 'firmware';
  version: string;
  sizeBytes: number;
  /** Lowercase hex. */
  sha256Hex: string;
}

export function releaseManifestBytes(m: ReleaseManifest): Buffer {
  return Buffer.from(['screenhub-release.v1', m.kind, m.version, String(m.sizeBytes), m.sha256Hex.toLowerCase()].join('\n'));
}

/** Signs with the operator's release key (an Ed25519 private key); what release tooling runs. */
export function signRelease(m: ReleaseManifest, privateKey: KeyObject | string): Buffer {
  return sign(null, releaseManifestBytes(m), privateKey);
}

/** True when `signature` is a valid Ed25519 signature of the manifest by `publicKey`. */
export function releaseSignatureValid(m: ReleaseManifest, signature: Uint8Array, publicKey: KeyObject): boolean {
  if (signature.length !== 64) return false;
  return verify(null, releaseManifestBytes(m), publicKey, signature);
}

/** An Ed25519 public key from PEM (SPKI) or from its 32 raw bytes in base64; throws on anything else. */
export function parseReleasePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? createPublicKey(trimmed)
    : createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), rawKey(trimmed)]), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an Ed25519 key is needed, not ${key.asymmetricKeyType}`);
  return key;
}

function rawKey(base64: string): Buffer {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) throw new Error('a raw Ed25519 public key is 32 bytes (base64)');
  return raw;
}
